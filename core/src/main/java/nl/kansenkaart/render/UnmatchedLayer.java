package nl.kansenkaart.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Path2D;
import java.util.ArrayList;
import java.util.List;
import nl.kansenkaart.matching.ScenarioStore;
import nl.kansenkaart.matching.StoredResults;
import nl.kansenkaart.matching.StoredUnmatched;
import nl.kansenkaart.model.FlowDirection;
import nl.kansenkaart.project.ProjectFile;
import nl.kansenkaart.project.Tables;
import org.locationtech.jts.geom.Envelope;

/**
 * Step 3's loose ends on the map: supply nobody takes (a triangle pointing up, in the colour of
 * energy recovery: it is what ends up burnt or dumped) and demand nobody meets (pointing down, in
 * blue). All symbols have one size: the amounts are company figures, and the table has them.
 */
public final class UnmatchedLayer extends BaseMapLayer {

    public static final String ID = Tables.MATCH_UNMATCHED;
    static final Color SUPPLY = new Color(0xB8560F);
    static final Color DEMAND = new Color(0x1F6FB4);
    private static final double SIZE = 7;

    private final List<StoredUnmatched> flows;

    public UnmatchedLayer(List<StoredUnmatched> flows) {
        super(ID, "layer.match_unmatched");
        List<StoredUnmatched> located = new ArrayList<>();
        for (StoredUnmatched u : flows)
            if (u.isLocated()) {
                located.add(u);
                extent.expandToInclude(u.x(), u.y());
            }
        this.flows = List.copyOf(located);
    }

    /** The scenario's unmatched flows that are on the map, or null when there are none. */
    public static UnmatchedLayer load(ProjectFile project, String scenario) {
        UnmatchedLayer l = new UnmatchedLayer(StoredResults.unmatched(project, scenario));
        return l.flows.isEmpty() ? null : l;
    }

    public static UnmatchedLayer load(ProjectFile project) {
        return load(project, ScenarioStore.BASE);
    }

    public List<StoredUnmatched> flows() {
        return flows;
    }

    @Override
    public int featureCount() {
        return flows.size();
    }

    @Override
    public void draw(Graphics2D g, MapViewport vp, LabelPlacer labels) {
        Envelope view = vp.extent();
        view.expandBy(SIZE * vp.metresPerPixel());
        for (StoredUnmatched u : flows) {
            if (!view.contains(u.x(), u.y())) continue;
            paint(g, vp.toScreenX(u.x()), vp.toScreenY(u.y()), SIZE, u.direction() == FlowDirection.SUPPLY);
        }
    }

    private static void paint(Graphics2D g, double x, double y, double size, boolean supply) {
        double h = size * 0.87, half = size / 2;
        Path2D t = new Path2D.Double();
        if (supply) {
            t.moveTo(x, y - h / 2);
            t.lineTo(x + half, y + h / 2);
            t.lineTo(x - half, y + h / 2);
        } else {
            t.moveTo(x, y + h / 2);
            t.lineTo(x + half, y - h / 2);
            t.lineTo(x - half, y - h / 2);
        }
        t.closePath();
        Color c = supply ? SUPPLY : DEMAND;
        g.setColor(SankeyColours.withAlpha(c, 0.75));
        g.fill(t);
        g.setColor(Color.WHITE);
        g.setStroke(new BasicStroke(0.8f));
        g.draw(t);
    }

    @Override
    public List<LegendEntry> legend(MapText text) {
        List<LegendEntry> out = new ArrayList<>();
        boolean supply = flows.stream().anyMatch(u -> u.direction() == FlowDirection.SUPPLY);
        boolean demand = flows.stream().anyMatch(u -> u.direction() == FlowDirection.DEMAND);
        if (supply) out.add(new LegendEntry(text.get("legend.unmatched.supply"), (g, cx, cy, s) -> paint(g, cx, cy, Math.min(SIZE + 2, s), true)));
        if (demand) out.add(new LegendEntry(text.get("legend.unmatched.demand"), (g, cx, cy, s) -> paint(g, cx, cy, Math.min(SIZE + 2, s), false)));
        return out;
    }

}
