package nl.kansenkaart.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import nl.kansenkaart.codes.RLevel;
import nl.kansenkaart.matching.Approach;
import nl.kansenkaart.matching.ScenarioStore;
import nl.kansenkaart.matching.StoredMatch;
import nl.kansenkaart.matching.StoredMatches;
import nl.kansenkaart.project.ProjectFile;
import nl.kansenkaart.project.Tables;
import org.locationtech.jts.geom.Envelope;

/**
 * The matches of step 3 (the base scenario, or the one the analyst is looking at) as lines from supplier to taker: coloured by the R-ladder
 * level the use achieves (as in the Sankey), wider for larger amounts, dashed when the chain leaves
 * the region. One match can be highlighted (the one chosen in the matches table).
 * <p>A line's width shows its amount only where the amount may be shown: on the analyst's screen
 * always, in a workshop map only when both companies consented (see {@code disclosure}); other lines
 * get the base width, and the scale is set by the shown amounts alone.
 */
public final class MatchLayer extends BaseMapLayer {

    public static final String ID = Tables.MATCHES;
    private static final double MIN_WIDTH = 1.2, MAX_EXTRA_WIDTH = 4.5;

    private final List<StoredMatch> matches;
    private final double largest;
    private final Predicate<StoredMatch> amountShown;
    private volatile String highlighted;
    private volatile Predicate<StoredMatch> shown = m -> true;

    public MatchLayer(List<StoredMatch> matches) {
        this(matches, m -> true);
    }

    /** @param amountShown whether a match's amount may show in its width */
    public MatchLayer(List<StoredMatch> matches, Predicate<StoredMatch> amountShown) {
        super(ID, "layer.matches");
        this.matches = List.copyOf(matches);
        this.amountShown = amountShown;
        double max = 0;
        for (StoredMatch m : this.matches) {
            extent.expandToInclude(m.supplyX(), m.supplyY());
            extent.expandToInclude(m.demandX(), m.demandY());
            if (m.unit().equals("t") && amountShown.test(m)) max = Math.max(max, m.amount());
        }
        this.largest = max;
    }

    /** The base scenario's matches, or null when step 3 has not run (or found none). */
    public static MatchLayer load(ProjectFile project) {
        return load(project, m -> true);
    }

    public static MatchLayer load(ProjectFile project, Predicate<StoredMatch> amountShown) {
        return load(project, ScenarioStore.BASE, amountShown);
    }

    /** A scenario's matches, or null when it has not run (or found none). */
    public static MatchLayer load(ProjectFile project, String scenario, Predicate<StoredMatch> amountShown) {
        List<StoredMatch> m = StoredMatches.read(project, scenario);
        return m.isEmpty() ? null : new MatchLayer(m, amountShown);
    }

    public List<StoredMatch> matches() {
        return matches;
    }

    public void setHighlighted(String matchId) {
        this.highlighted = matchId;
    }

    public String highlighted() {
        return highlighted;
    }

    /** Draws only the matches the analyst filtered for (the highlighted one always). */
    public void setShown(Predicate<StoredMatch> shown) {
        this.shown = shown == null ? m -> true : shown;
    }

    /** Where a match lies, for zooming to it. */
    public Optional<Envelope> extentOf(String matchId) {
        return matches.stream().filter(m -> m.matchId().equals(matchId)).findFirst()
                .map(m -> new Envelope(m.supplyX(), m.demandX(), m.supplyY(), m.demandY()));
    }

    @Override
    public int featureCount() {
        return matches.size();
    }

    /** Width in pixels: by the square root of the tonnes, so small flows stay visible; energy flows (GJ) get the base width. */
    double width(StoredMatch m) {
        if (!m.unit().equals("t") || largest <= 0 || !amountShown.test(m)) return MIN_WIDTH;
        return MIN_WIDTH + MAX_EXTRA_WIDTH * Math.sqrt(m.amount() / largest);
    }

    @Override
    public void draw(Graphics2D g, MapViewport vp, LabelPlacer labels) {
        Envelope view = vp.extent();
        String lit = highlighted;
        Predicate<StoredMatch> filter = shown;
        List<StoredMatch> order = new ArrayList<>();
        for (StoredMatch m : matches) if (filter.test(m) || m.matchId().equals(lit)) order.add(m);
        // Large flows under small ones, the highlighted one on top.
        order.sort(Comparator.comparing((StoredMatch m) -> m.matchId().equals(lit)).thenComparing(m -> -width(m)));
        for (StoredMatch m : order) {
            Envelope e = new Envelope(m.supplyX(), m.demandX(), m.supplyY(), m.demandY());
            if (!e.intersects(view)) continue;
            Line2D line = new Line2D.Double(vp.toScreenX(m.supplyX()), vp.toScreenY(m.supplyY()), vp.toScreenX(m.demandX()),
                    vp.toScreenY(m.demandY()));
            boolean strong = m.matchId().equals(lit);
            float w = (float) (width(m) + (strong ? 2 : 0));
            boolean chain = m.approach() == Approach.CHAIN;
            if (strong) {
                g.setColor(new Color(0x1D2B3A));
                g.setStroke(new BasicStroke(w + 3, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
                g.draw(line);
            }
            g.setColor(SankeyColours.withAlpha(SankeyColours.ofLevel(m.rLevel()), strong || lit == null ? 0.85 : 0.45));
            g.setStroke(chain ? new BasicStroke(w, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, new float[] {3 * w, 2 * w}, 0f)
                    : new BasicStroke(w, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            g.draw(line);
        }
    }

    @Override
    public List<LegendEntry> legend(MapText text) {
        Set<RLevel> levels = EnumSet.noneOf(RLevel.class);
        for (StoredMatch m : matches) levels.add(m.rLevel());
        List<LegendEntry> out = new ArrayList<>();
        for (RLevel l : levels) {
            String name = text.isEnglish() ? l.en() : l.nl();
            out.add(new LegendEntry(l.isOnLadder() ? l.name() + " " + name : name,
                    new PolygonStyle(SankeyColours.ofLevel(l), SankeyColours.ofLevel(l), 1f, null)));
        }
        return out;
    }
}
