package nl.kansenkaart.export;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.kansenkaart.disclosure.Disclosed;
import nl.kansenkaart.disclosure.DisclosureControl;
import nl.kansenkaart.disclosure.SuppressionLog;
import nl.kansenkaart.render.MapText;
import nl.kansenkaart.render.SankeyLabels;
import nl.kansenkaart.render.SankeyPainter;
import nl.kansenkaart.sankey.SankeyAggregation;
import nl.kansenkaart.sankey.SankeyDiagram;
import nl.kansenkaart.sankey.SankeyLink;
import nl.kansenkaart.sankey.SankeyNode;
import nl.kansenkaart.sankey.SankeyParts;

/**
 * A flow diagram as it may leave the product. A band's value is a sum of company figures, so each
 * band passes disclosure control with each company's part, on every side it has (suppliers, and for
 * matched flows also takers). A withheld band is drawn with a neutral width (the median of the
 * shown bands, so it looks like an ordinary band) in grey and dashed, without a number: it stays
 * visible that the flow exists, which the workshop needs, but nothing of its size. Merging it into
 * "other (confidential)" was not chosen: alone in its column, the merged band would be the figure.
 * <p>Two rules keep a withheld value from being worked out from the shown ones:
 * <ul>
 *   <li>a node whose inflow equals its outflow (a material) shows all its bands or none: with one
 *       band withheld, the others and the balance would give it away;</li>
 *   <li>a node shows its amount only when all its bands are shown.</li>
 * </ul>
 * The real value of a withheld band never reaches the painter, so no format can leak it. Small
 * nodes are merged into "other" after the neutral widths are set, so which nodes are merged says
 * nothing about withheld sizes either.
 */
public final class SankeyDisclosure {

    /**
     * @param diagram           what to draw: at most {@link SankeyPainter#MAX_NODES_PER_COLUMN} nodes a column, withheld bands at the neutral value
     * @param withheldBands     {@link SankeyLink#key()} of the withheld bands
     * @param nodesWithoutValue nodes whose amount is not shown
     */
    public record Result(SankeyDiagram diagram, Set<String> withheldBands, Set<String> nodesWithoutValue) {

        /** A painter for this diagram with the confidential bands and nodes marked. */
        public SankeyPainter painter(MapText text) {
            SankeyPainter p = new SankeyPainter(diagram, text);
            p.setConfidential(withheldBands, nodesWithoutValue);
            return p;
        }
    }

    private SankeyDisclosure() {}

    /**
     * @param table name of the diagram in the suppression log (its file name)
     */
    public static Result apply(SankeyDiagram diagram, SankeyParts parts, DisclosureControl control, SuppressionLog log, String table,
                               MapText text) {
        Map<String, Disclosed> verdict = new LinkedHashMap<>();
        for (SankeyLink l : diagram.links()) verdict.put(l.key(), disclose(l, parts.of(l), control));
        balance(diagram, verdict, text);

        double neutral = neutralValue(diagram, verdict);
        List<SankeyLink> neutralised = new ArrayList<>();
        for (SankeyLink l : diagram.links())
            neutralised.add(verdict.get(l.key()).isSuppressed() ? withValue(l, neutral) : l);
        SankeyAggregation.Result merged = SankeyAggregation.limit(
                new SankeyDiagram(diagram.title(), diagram.unit(), diagram.nodes(), neutralised, diagram.headKey()),
                SankeyPainter.MAX_NODES_PER_COLUMN, n -> text.format("sankey.other", n));

        // A drawn band is withheld when any band it stands for is.
        Map<String, Disclosed> drawnVerdict = new LinkedHashMap<>();
        SankeyDiagram drawn = merged.diagram();
        for (SankeyLink l : drawn.links()) {
            Disclosed d = null;
            for (String s : merged.originalsOf(l.source()))
                for (String t : merged.originalsOf(l.target())) {
                    Disclosed o = verdict.get(new SankeyLink(s, t, 1, l.unit(), l.quality()).key());
                    if (o != null && o.isSuppressed() && d == null) d = o;
                }
            drawnVerdict.put(l.key(), d != null ? d : Disclosed.shown(l.value(), 0));
        }
        balance(drawn, drawnVerdict, text);

        List<SankeyLink> links = new ArrayList<>();
        Set<String> withheld = new LinkedHashSet<>();
        Set<String> hidden = new LinkedHashSet<>();
        Map<String, SankeyNode> byId = new HashMap<>();
        for (SankeyNode n : drawn.nodes()) byId.put(n.id(), n);
        for (SankeyLink l : drawn.links()) {
            Disclosed d = drawnVerdict.get(l.key());
            if (!d.isSuppressed()) {
                links.add(l);
                continue;
            }
            links.add(withValue(l, neutral));
            withheld.add(l.key());
            hidden.add(l.source());
            hidden.add(l.target());
            log.add(table, SankeyLabels.of(byId.get(l.source()), text) + " -> " + SankeyLabels.of(byId.get(l.target()), text)
                    + " (" + l.quality().name().toLowerCase(java.util.Locale.ROOT) + ")", "value", d);
        }
        return new Result(new SankeyDiagram(drawn.title(), drawn.unit(), drawn.nodes(), links, drawn.headKey()), withheld, hidden);
    }

    /**
     * A band passes when every side passes; a band whose parts do not add up to it (the data
     * changed since the run) cannot be checked, so it is withheld.
     */
    static Disclosed disclose(SankeyLink l, List<Map<String, Double>> sides, DisclosureControl control) {
        Disclosed shown = null;
        for (Map<String, Double> side : sides) {
            double sum = side.values().stream().mapToDouble(Double::doubleValue).sum();
            if (Math.abs(sum - l.value()) > 0.01 * l.value() + 1e-6)
                return Disclosed.suppressed(side.size(), "no per-company breakdown to check it against");
            Disclosed d = control.disclose(side);
            if (d.isSuppressed()) return d;
            if (shown == null) shown = d;
        }
        return shown == null ? Disclosed.suppressed(0, "no per-company breakdown to check it against") : Disclosed.shown(l.value(),
                shown.contributors());
    }

    /** At a node where what comes in goes out, one withheld band withholds all its bands. Repeated until nothing changes. */
    private static void balance(SankeyDiagram d, Map<String, Disclosed> verdict, MapText text) {
        boolean changed = true;
        while (changed) {
            changed = false;
            for (SankeyNode n : d.nodes()) {
                List<SankeyLink> touching = new ArrayList<>();
                boolean in = false, out = false, anyWithheld = false;
                for (SankeyLink l : d.links()) {
                    boolean target = l.target().equals(n.id()), source = l.source().equals(n.id());
                    if (!target && !source) continue;
                    touching.add(l);
                    in |= target;
                    out |= source;
                    anyWithheld |= verdict.get(l.key()).isSuppressed();
                }
                if (!in || !out || !anyWithheld) continue;
                for (SankeyLink l : touching)
                    if (!verdict.get(l.key()).isSuppressed()) {
                        verdict.put(l.key(), Disclosed.suppressed(verdict.get(l.key()).contributors(),
                                "withheld with another band of '" + SankeyLabels.of(n, text) + "', which passes on what it receives"));
                        changed = true;
                    }
            }
        }
    }

    /** The median of the shown bands: a withheld band then looks like any other. 1 when none is shown. */
    private static double neutralValue(SankeyDiagram d, Map<String, Disclosed> verdict) {
        List<Double> shown = new ArrayList<>();
        for (SankeyLink l : d.links()) if (!verdict.get(l.key()).isSuppressed()) shown.add(l.value());
        if (shown.isEmpty()) return 1;
        shown.sort(null);
        int n = shown.size();
        return n % 2 == 1 ? shown.get(n / 2) : (shown.get(n / 2 - 1) + shown.get(n / 2)) / 2;
    }

    private static SankeyLink withValue(SankeyLink l, double v) {
        return new SankeyLink(l.source(), l.target(), v, l.unit(), l.quality());
    }
}
