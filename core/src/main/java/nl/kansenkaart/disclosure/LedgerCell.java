package nl.kansenkaart.disclosure;

import java.util.List;
import java.util.Map;

/** A cell as the {@link DisclosureLedger} keeps it while secondary suppression settles. */
final class LedgerCell {

    final CellRef ref;
    final int order;
    final double value;
    /** Company → part, one map per side (suppliers, takers); null when the parts are not known (it cannot be checked). */
    final List<Map<String, Double>> sides;
    /** Figures it is computed from (a ratio, a copy at another scale): withheld with any of them, never picked to protect another. */
    final List<CellRef> inputs;
    /** False for a figure that is never shown but can be worked out (the rest of a total outside its listed parts). */
    final boolean published;
    /** Whether a withholding of the primary rules is logged here (else the table logs it its own way); secondary ones always are. */
    final boolean logPrimary;
    Disclosed verdict;
    boolean secondary;

    LedgerCell(CellRef ref, int order, double value, List<Map<String, Double>> sides, List<CellRef> inputs, boolean published,
               boolean logPrimary, Disclosed primary) {
        this.ref = ref;
        this.order = order;
        this.value = value;
        this.sides = sides;
        this.inputs = inputs;
        this.published = published;
        this.logPrimary = logPrimary;
        this.verdict = primary;
    }

    boolean shown() {
        return published && !verdict.isSuppressed();
    }

    /** No company's figure in it: hiding it would protect nothing (its zero is known from the other tables). */
    boolean empty() {
        if (value != 0) return false;
        if (sides == null) return false;
        for (Map<String, Double> s : sides) for (double v : s.values()) if (v != 0) return false;
        return true;
    }

    /** Withheld to protect another cell (logged whatever the table's choice). */
    void withhold(String reason) {
        verdict = Disclosed.suppressed(verdict.contributors(), reason);
        secondary = true;
    }

    /** Withheld because an input is (with the input's contributors): logged as the table chose for this cell. */
    void follow(String reason, int contributors) {
        verdict = Disclosed.suppressed(contributors, reason);
    }
}
