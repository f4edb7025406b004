package nl.kansenkaart.export;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.kansenkaart.disclosure.CellRef;
import nl.kansenkaart.disclosure.Disclosed;
import nl.kansenkaart.disclosure.DisclosureControl;
import nl.kansenkaart.disclosure.DisclosureLedger;
import nl.kansenkaart.disclosure.SuppressionLog;
import nl.kansenkaart.model.DataQuality;
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
 * <p>Three rules keep a withheld value from being worked out from the shown ones:
 * <ul>
 *   <li>a node whose inflow equals its outflow (a material) shows all its bands or none: with one
 *       band withheld, the others and the balance would give it away;</li>
 *   <li>a node shows its amount only when all its bands are shown;</li>
 *   <li>the bands are cells of the export's {@link DisclosureLedger}, where the caller declares what
 *       they sum (material rows, matches) and what sums them (a scenario's matched total), so
 *       secondary suppression covers the diagram and the tables together.</li>
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

    /** A diagram whose bands are declared in a ledger; {@link #finish()} once the ledger is resolved. */
    public static final class Declared {

        private final SankeyDiagram diagram;
        private final DisclosureLedger ledger;
        private final String table;
        private final MapText text;
        private final Map<String, CellRef> bands = new LinkedHashMap<>();

        private Declared(SankeyDiagram diagram, DisclosureLedger ledger, String table, MapText text) {
            this.diagram = diagram;
            this.ledger = ledger;
            this.table = table;
            this.text = text;
        }

        public SankeyDiagram diagram() {
            return diagram;
        }

        /** The cell of a band of the diagram, or null when there is no such band. */
        public CellRef band(String source, String target, DataQuality quality) {
            return bands.get(new SankeyLink(source, target, 1, diagram.unit(), quality).key());
        }

        /** The cell of a band of the diagram. */
        public CellRef band(SankeyLink l) {
            return bands.get(l.key());
        }

        /** The diagram to draw, with the final verdicts. */
        public Result finish() {
            Map<String, Disclosed> verdict = new LinkedHashMap<>();
            for (SankeyLink l : diagram.links()) verdict.put(l.key(), ledger.verdict(bands.get(l.key())));
            double neutral = neutralValue(diagram, verdict);
            List<SankeyLink> neutralised = new ArrayList<>();
            for (SankeyLink l : diagram.links())
                neutralised.add(verdict.get(l.key()).isSuppressed() ? withValue(l, neutral) : l);
            SankeyAggregation.Result merged = SankeyAggregation.limit(
                    new SankeyDiagram(diagram.title(), diagram.unit(), diagram.nodes(), neutralised, diagram.headKey()),
                    SankeyPainter.MAX_NODES_PER_COLUMN, n -> text.format("sankey.other", n));

            // A drawn band is withheld when any band it stands for is (and then logged with that band).
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
            Map<String, Disclosed> before = new HashMap<>(drawnVerdict);
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
                // Bands withheld only because "other" nodes merged them are logged here; the others the ledger logged.
                if (!before.get(l.key()).isSuppressed()) ledger.log().add(table, label(l, byId, text), "value", d);
            }
            return new Result(new SankeyDiagram(drawn.title(), drawn.unit(), drawn.nodes(), links, drawn.headKey()), withheld, hidden);
        }
    }

    private SankeyDisclosure() {}

    /**
     * Declares every band of a diagram in the ledger (primary verdict with each company's part) and
     * links the bands of each node that passes on what it receives.
     *
     * @param table name of the diagram in the suppression log (its file name)
     */
    public static Declared declare(SankeyDiagram diagram, SankeyParts parts, DisclosureLedger ledger, String table, MapText text) {
        Declared out = new Declared(diagram, ledger, table, text);
        Map<String, SankeyNode> byId = new HashMap<>();
        for (SankeyNode n : diagram.nodes()) byId.put(n.id(), n);
        for (SankeyLink l : diagram.links()) {
            String row = label(l, byId, text);
            CellRef ref = new CellRef(table, row, "value");
            for (int n = 2; ledger.has(ref); n++) ref = new CellRef(table, row + " #" + n, "value"); // two nodes of the same name
            List<Map<String, Double>> sides = parts.of(l);
            ledger.add(ref, l.value(), addsUp(l, sides) ? sides : null, disclose(l, sides, ledger.control()));
            out.bands.put(l.key(), ref);
        }
        for (SankeyNode n : diagram.nodes()) {
            List<CellRef> touching = new ArrayList<>();
            boolean in = false, outFlow = false;
            for (SankeyLink l : diagram.links()) {
                boolean target = l.target().equals(n.id()), source = l.source().equals(n.id());
                if (!target && !source) continue;
                touching.add(out.bands.get(l.key()));
                in |= target;
                outFlow |= source;
            }
            if (in && outFlow) ledger.together(touching,
                    "withheld with another band of '" + SankeyLabels.of(n, text) + "', which passes on what it receives");
        }
        return out;
    }

    /** A diagram on its own (no tables beside it): declared, resolved and finished in one go. */
    public static Result apply(SankeyDiagram diagram, SankeyParts parts, DisclosureControl control, SuppressionLog log, String table,
                               MapText text) {
        DisclosureLedger ledger = new DisclosureLedger(control, log);
        Declared d = declare(diagram, parts, ledger, table, text);
        ledger.resolve();
        return d.finish();
    }

    private static String label(SankeyLink l, Map<String, SankeyNode> byId, MapText text) {
        return SankeyLabels.of(byId.get(l.source()), text) + " -> " + SankeyLabels.of(byId.get(l.target()), text)
                + " (" + l.quality().name().toLowerCase(java.util.Locale.ROOT) + ")";
    }

    /**
     * A band passes when every side passes; a band whose parts do not add up to it (the data
     * changed since the run) cannot be checked, so it is withheld.
     */
    static Disclosed disclose(SankeyLink l, List<Map<String, Double>> sides, DisclosureControl control) {
        if (!addsUp(l, sides))
            return Disclosed.suppressed(sides.stream().mapToInt(Map::size).max().orElse(0), "no per-company breakdown to check it against");
        Disclosed shown = null;
        for (Map<String, Double> side : sides) {
            Disclosed d = control.disclose(side);
            if (d.isSuppressed()) return d;
            if (shown == null) shown = d;
        }
        return Disclosed.shown(l.value(), shown.contributors());
    }

    /** Whether each side's parts add up to the band (within 1 %). */
    private static boolean addsUp(SankeyLink l, List<Map<String, Double>> sides) {
        if (sides.isEmpty()) return false;
        for (Map<String, Double> side : sides) {
            double sum = side.values().stream().mapToDouble(Double::doubleValue).sum();
            if (Math.abs(sum - l.value()) > 0.01 * l.value() + 1e-6) return false;
        }
        return true;
    }

    /** At a drawn node where what comes in goes out, one withheld band withholds all its bands. Repeated until nothing changes. */
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
