package nl.kansenkaart.disclosure;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Secondary (complementary) suppression, as statistical offices do it (tau-argus, sdcTable): after
 * the primary rules, no withheld figure may be worked out by subtraction from a total and its
 * shown parts. For every {@link AdditiveGroup} ({@code total = sum of w_i x part_i}, the weights
 * published, 1 in a plain sum), repeated until nothing changes (a cell can be in several groups):
 * <ul>
 *   <li>total shown, one part withheld: that part is (the total minus the others) / its weight, so
 *       one more part is withheld: the smallest whose addition makes the derivable sum pass, or
 *       else the total;</li>
 *   <li>total shown, several parts withheld: their weighted sum is derivable and must pass the
 *       primary rules with their contributors, each weighted as its cell; if it does not, the
 *       smallest part that makes it pass is withheld too, or else the total;</li>
 *   <li>total withheld, every part shown: the total is their sum, so the smallest part is withheld.</li>
 * </ul>
 * Picked are only cells that hide something: never a copy of or ratio from another figure, never
 * an empty cell (its zero is known) nor a part of weight 0 (it adds nothing to that total), and
 * the smallest contribution to the total ({@code |w x value|}), so the least is lost. Figures computed from
 * a withheld one follow it, linked cells (a Sankey material's bands) go together. Deterministic:
 * ties go to the cell declared first.
 */
final class SecondarySuppression {

    /** Cells that are withheld together: when one is, all are. */
    record Together(List<CellRef> refs, String reason) {}

    private final DisclosureControl control;
    private final Map<CellRef, LedgerCell> cells;
    private final List<AdditiveGroup> groups;
    private final List<Together> together;

    SecondarySuppression(DisclosureControl control, Map<CellRef, LedgerCell> cells, List<AdditiveGroup> groups, List<Together> together) {
        this.control = control;
        this.cells = cells;
        this.groups = groups;
        this.together = together;
    }

    void run() {
        boolean changed = true;
        while (changed) {
            changed = follow();
            for (AdditiveGroup g : groups) changed |= protect(g);
        }
    }

    /** Computed figures follow their inputs and linked cells go together, until stable. */
    private boolean follow() {
        boolean any = false, changed = true;
        while (changed) {
            changed = false;
            for (LedgerCell c : cells.values()) {
                if (!c.shown()) continue;
                for (CellRef in : c.inputs)
                    if (!cells.get(in).shown()) {
                        c.follow("computed from a withheld figure (" + in.name() + ")", cells.get(in).verdict.contributors());
                        changed = true;
                        break;
                    }
            }
            for (Together t : together) {
                if (t.refs().stream().allMatch(r -> cells.get(r).shown())) continue;
                for (CellRef r : t.refs())
                    if (cells.get(r).shown()) {
                        cells.get(r).withhold(t.reason());
                        changed = true;
                    }
            }
            any |= changed;
        }
        return any;
    }

    /** A part of a group with its weight: what it adds to the group's total. */
    private record Term(LedgerCell cell, double weight) {

        double amount() {
            return weight * cell.value;
        }

        /** Whether withholding it hides something in this group: a weight of 0 or an empty cell adds nothing unknown. */
        boolean hides() {
            return weight != 0 && !cell.empty();
        }
    }

    /** One step towards a group from which nothing withheld can be worked out; whether a cell was withheld. */
    private boolean protect(AdditiveGroup g) {
        Term total = new Term(cells.get(g.total()), 1);
        List<Term> parts = new ArrayList<>();
        for (int i = 0; i < g.parts().size(); i++) parts.add(new Term(cells.get(g.parts().get(i)), g.weight(i)));
        // An empty withheld part hides nothing: its zero is known from the other tables (who brings what).
        List<Term> hidden = parts.stream().filter(p -> !p.cell.shown() && p.hides()).toList();
        if (total.cell.shown()) {
            if (hidden.isEmpty()) return false;
            // A single withheld figure is exactly (the total minus the others) / its weight; an unpublished rest may be, if it passes.
            boolean exact = hidden.size() == 1 && hidden.get(0).cell.published;
            if (!exact && passes(hidden)) return false;
            for (Term c : candidates(parts)) {
                List<Term> with = new ArrayList<>(hidden);
                with.add(c);
                if (passes(with)) {
                    c.cell.withhold(reason(hidden, c.cell));
                    return true;
                }
            }
            total.cell.withhold(reason(hidden, total.cell));
            return true;
        }
        if (!hidden.isEmpty()) return false;
        // The total is withheld but every part is shown: the total is their (weighted) sum.
        if (!total.cell.published && passes(List.of(total))) return false;
        List<Term> c = candidates(parts);
        if (c.isEmpty()) c = parts.stream().filter(p -> p.cell.shown() && p.weight != 0).sorted(SMALLEST).toList();
        if (c.isEmpty()) return false;
        c.get(0).cell.withhold(reason(List.of(total), c.get(0).cell));
        return true;
    }

    /** Least lost first: the smallest contribution to the total, then the cell declared first. */
    private static final Comparator<Term> SMALLEST = Comparator.comparingDouble((Term t) -> Math.abs(t.amount()))
            .thenComparingInt(t -> t.cell.order);

    /** Shown parts whose withholding hides something, smallest first. */
    private static List<Term> candidates(List<Term> parts) {
        return parts.stream().filter(p -> p.cell.shown() && p.cell.inputs.isEmpty() && p.hides()).sorted(SMALLEST).toList();
    }

    /**
     * Whether the (weighted) sum of these cells passes the primary rules on every side, with all
     * their contributors, each company's part weighted as its cell is. A side that only some of
     * the cells have (suppliers in matched + unmet demand) covers part of the sum: there its
     * companies must not dominate the whole sum, while the threshold is the business of the side
     * that covers all of it.
     */
    private boolean passes(List<Term> sum) {
        List<Map<String, Double>> merged = new ArrayList<>();
        List<Boolean> partial = new ArrayList<>();
        double total = 0;
        int sides = 0;
        for (Term t : sum) {
            if (t.cell.sides == null) return false; // a figure whose parts are not known cannot be vouched for
            sides = Math.max(sides, t.cell.sides.size());
            total += t.amount();
        }
        for (int s = 0; s < sides; s++) {
            Map<String, Double> side = new HashMap<>();
            boolean part = false;
            for (Term t : sum) {
                Map<String, Double> own = s < t.cell.sides.size() ? t.cell.sides.get(s) : Map.of();
                if (own.isEmpty() && t.amount() != 0) part = true;
                own.forEach((ref, v) -> {
                    double x = t.weight * v;
                    if (x != 0) side.merge(ref, x, Double::sum);
                });
            }
            merged.add(side);
            partial.add(part);
        }
        for (int s = 0; s < sides; s++) {
            if (!partial.get(s)) {
                if (control.disclose(merged.get(s)).isSuppressed()) return false;
            } else if (dominated(merged.get(s), Math.abs(total))) return false;
        }
        return true;
    }

    /** Whether one company without consent makes up more than the allowed share of {@code total}. */
    private boolean dominated(Map<String, Double> side, double total) {
        DisclosurePolicy p = control.policy();
        for (Map.Entry<String, Double> e : side.entrySet())
            if (!p.consented(e.getKey()) && total > 0 && Math.abs(e.getValue()) / total > p.maxDominantShare()) return true;
        return false;
    }

    private static String reason(List<Term> revealed, LedgerCell withheld) {
        StringBuilder names = new StringBuilder();
        for (int i = 0; i < revealed.size(); i++) {
            if (i == 3) {
                names.append(" and ").append(revealed.size() - 3).append(" more");
                break;
            }
            names.append(i > 0 ? " + " : "").append(revealed.get(i).cell.ref.describe(withheld.ref.table()));
        }
        return "secondary: would reveal " + names + " by subtraction";
    }
}
