package nl.kansenkaart.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.locationtech.jts.geom.Envelope;

/**
 * Rings around chosen companies (the members of a cluster, the companies behind a Sankey node), drawn
 * over the map so they stand out among thousands of points. A dark ring with a white halo reads on
 * every background and leaves the company's own SBI colour visible inside.
 */
public final class HighlightLayer extends BaseMapLayer {

    public static final String ID = "highlight";
    public static final double DIAMETER = 15;
    private static final Color RING = new Color(0x111111);
    private static final Color HALO = new Color(255, 255, 255, 230);

    private final List<CompanyPoint> points;

    public HighlightLayer(Collection<CompanyPoint> points) {
        super(ID, "layer.highlight");
        this.points = List.copyOf(points);
        for (CompanyPoint p : this.points) extent.expandToInclude(p.x(), p.y());
    }

    /** The located companies among {@code refs}. */
    public static HighlightLayer of(CompanyLayer companies, Set<String> refs) {
        List<CompanyPoint> out = new ArrayList<>();
        for (CompanyPoint p : companies.points()) if (refs.contains(p.ref())) out.add(p);
        return new HighlightLayer(out);
    }

    public List<CompanyPoint> points() {
        return points;
    }

    @Override
    public int featureCount() {
        return points.size();
    }

    @Override
    public void draw(Graphics2D g, MapViewport vp, LabelPlacer labels) {
        Envelope view = vp.extent();
        view.expandBy(DIAMETER * vp.metresPerPixel());
        BasicStroke halo = new BasicStroke(4.5f), ring = new BasicStroke(2f);
        for (CompanyPoint p : points) {
            if (!view.contains(p.x(), p.y())) continue;
            double sx = vp.toScreenX(p.x()), sy = vp.toScreenY(p.y());
            Ellipse2D e = new Ellipse2D.Double(sx - DIAMETER / 2, sy - DIAMETER / 2, DIAMETER, DIAMETER);
            g.setStroke(halo);
            g.setColor(HALO);
            g.draw(e);
            g.setStroke(ring);
            g.setColor(RING);
            g.draw(e);
        }
    }

    @Override
    public List<LegendEntry> legend(MapText text) {
        return List.of();
    }

}
