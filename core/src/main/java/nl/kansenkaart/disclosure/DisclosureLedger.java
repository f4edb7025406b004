package nl.kansenkaart.disclosure;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every figure of one workshop export, with the companies behind it and the additive groups it is
 * in, settled together: first each cell by the primary rules (the caller's {@link DisclosureControl}
 * verdict), then {@link SecondarySuppression} across all groups, which may span tables (a scenario
 * total and the matches it sums). Tables declare their cells and groups while they are built and
 * read the final verdicts after {@link #resolve()}; the log then lists every withheld cell with its
 * reason, never a value.
 */
public final class DisclosureLedger {

    private final DisclosureControl control;
    private final SuppressionLog log;
    private final Map<CellRef, LedgerCell> cells = new LinkedHashMap<>();
    private final List<AdditiveGroup> groups = new ArrayList<>();
    private final List<SecondarySuppression.Together> together = new ArrayList<>();
    private boolean resolved;

    public DisclosureLedger(DisclosureControl control, SuppressionLog log) {
        this.control = control;
        this.log = log;
    }

    public DisclosureControl control() {
        return control;
    }

    public SuppressionLog log() {
        return log;
    }

    /**
     * A figure with the primary verdict the caller reached and its parts.
     *
     * @param sides company ref → part, one map per side (0 suppliers or the establishments, 1 takers);
     *              null when the parts are not known, so that no derived sum with it can be vouched for
     */
    public Disclosed add(CellRef ref, double value, List<Map<String, Double>> sides, Disclosed primary) {
        return add(ref, value, sides, primary, true);
    }

    /** @param logPrimary false when the table logs a primary withholding its own way (one line for a whole row) */
    public Disclosed add(CellRef ref, double value, List<Map<String, Double>> sides, Disclosed primary, boolean logPrimary) {
        put(new LedgerCell(ref, cells.size(), value, copy(sides), List.of(), true, logPrimary, primary));
        return primary;
    }

    /** A sum of company figures, shown when every side passes the primary rules (contributors: the larger side). */
    public Disclosed sum(CellRef ref, double value, List<Map<String, Double>> sides) {
        int contributors = 0;
        for (Map<String, Double> side : sides) {
            Disclosed s = control.disclose(side);
            if (s.isSuppressed()) return add(ref, value, sides, s);
            contributors = Math.max(contributors, s.contributors());
        }
        return add(ref, value, sides, Disclosed.shown(value, contributors));
    }

    /** One company's own figure, on the given side (0 supplier, 1 taker): shown only with consent. */
    public Disclosed own(CellRef ref, String companyRef, double value, int side, boolean logPrimary) {
        List<Map<String, Double>> sides = new ArrayList<>();
        for (int s = 0; s <= side; s++) sides.add(s == side ? Map.of(companyRef, value) : Map.of());
        return add(ref, value, sides, control.discloseOwn(companyRef, value), logPrimary);
    }

    /**
     * A figure computed from others (a ratio, the same figure at another scale): withheld whenever one
     * of its inputs is, and never picked to protect another cell (hiding a copy hides nothing).
     *
     * @param primary its own verdict, or null when only its inputs decide
     * @param logged  whether its withholding is logged (a table may mark such cells by a note instead)
     */
    public void computed(CellRef ref, double value, Disclosed primary, boolean logged, List<CellRef> inputs) {
        if (inputs.isEmpty()) throw new IllegalArgumentException("a computed figure needs its inputs: " + ref);
        put(new LedgerCell(ref, cells.size(), value, null, List.copyOf(inputs), true, logged,
                primary == null ? Disclosed.shown(value, 0) : primary));
    }

    /**
     * A figure that is not published but can be worked out, such as the part of a total outside its
     * listed parts (establishments in no municipality): it counts as withheld and is never logged,
     * but a group may only leave it derivable when it passes the primary rules.
     */
    public void unpublished(CellRef ref, double value, List<Map<String, Double>> sides) {
        int n = sides.stream().mapToInt(Map::size).max().orElse(0);
        put(new LedgerCell(ref, cells.size(), value, copy(sides), List.of(), false, false,
                Disclosed.suppressed(n, "not published")));
    }

    /** Cells that are withheld together (when one is, all are), with the reason the others get. */
    public void together(Collection<CellRef> refs, String reason) {
        if (refs.size() > 1) together.add(new SecondarySuppression.Together(List.copyOf(refs), reason));
    }

    /** Declares {@code total = sum of parts}. */
    public void group(CellRef total, List<CellRef> parts) {
        groups.add(new AdditiveGroup(total, parts));
    }

    /**
     * Declares {@code total = sum of weights[i] x parts[i]}, the weights being published figures (a
     * match's road km, its transport cost per tonne): a withheld part follows as well as from a plain sum.
     */
    public void group(CellRef total, List<CellRef> parts, List<Double> weights) {
        groups.add(new AdditiveGroup(total, parts, java.util.Objects.requireNonNull(weights, "weights")));
    }

    public boolean has(CellRef ref) {
        return cells.containsKey(ref);
    }

    /** Applies secondary suppression to all groups and logs every withheld cell. Once. */
    public void resolve() {
        if (resolved) throw new IllegalStateException("disclosure already resolved");
        for (AdditiveGroup g : groups) {
            require(g.total());
            g.parts().forEach(this::require);
        }
        for (SecondarySuppression.Together t : together) t.refs().forEach(this::require);
        for (LedgerCell c : cells.values()) c.inputs.forEach(this::require);
        new SecondarySuppression(control, cells, groups, together).run();
        resolved = true;
        for (LedgerCell c : cells.values())
            if (c.published && c.verdict.isSuppressed() && (c.logPrimary || c.secondary))
                log.add(c.ref.table(), c.ref.row(), c.ref.column(), c.verdict);
    }

    /** The final verdict of a cell (after {@link #resolve()}). */
    public Disclosed verdict(CellRef ref) {
        if (!resolved) throw new IllegalStateException("disclosure not resolved yet: " + ref);
        LedgerCell c = require(ref);
        return c.published ? c.verdict : Disclosed.suppressed(c.verdict.contributors(), "not published");
    }

    public boolean shown(CellRef ref) {
        return !verdict(ref).isSuppressed();
    }

    private void put(LedgerCell c) {
        if (resolved) throw new IllegalStateException("disclosure already resolved: " + c.ref);
        if (cells.putIfAbsent(c.ref, c) != null) throw new IllegalArgumentException("cell declared twice: " + c.ref);
    }

    private LedgerCell require(CellRef ref) {
        LedgerCell c = cells.get(ref);
        if (c == null) throw new IllegalStateException("a group or link names a cell no table declared: " + ref);
        return c;
    }

    private static List<Map<String, Double>> copy(List<Map<String, Double>> sides) {
        if (sides == null) return null;
        List<Map<String, Double>> out = new ArrayList<>(sides.size());
        for (Map<String, Double> s : sides) out.add(Map.copyOf(s));
        return List.copyOf(out);
    }
}
