package nl.kansenkaart.disclosure;

import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;

/**
 * Cells of which one is a weighted sum of the others: {@code total = sum of weight_i x part_i},
 * declared where a table (or two tables together) shows a total and its parts. The weights are
 * published figures (a match's road km times its tonnes gives the tonne-km), so a withheld part
 * follows from the total and the shown parts just as well as in a plain sum, where every weight
 * is 1. Secondary suppression keeps a withheld part from being worked out that way.
 */
public record AdditiveGroup(CellRef total, List<CellRef> parts, List<Double> weights) {

    public AdditiveGroup {
        Objects.requireNonNull(total, "total");
        parts = List.copyOf(parts);
        weights = weights == null ? Collections.nCopies(parts.size(), 1.0) : List.copyOf(weights);
        if (parts.isEmpty()) throw new IllegalArgumentException("a group needs at least one part: " + total);
        if (new HashSet<>(parts).size() != parts.size()) throw new IllegalArgumentException("a part listed twice in the group of " + total);
        if (parts.contains(total)) throw new IllegalArgumentException("a total cannot be its own part: " + total);
        if (weights.size() != parts.size())
            throw new IllegalArgumentException(weights.size() + " weights for " + parts.size() + " parts in the group of " + total);
        for (double w : weights)
            if (!Double.isFinite(w)) throw new IllegalArgumentException("weight " + w + " in the group of " + total + " is not a number");
    }

    /** {@code total = sum of parts}: every weight 1. */
    public AdditiveGroup(CellRef total, List<CellRef> parts) {
        this(total, parts, null);
    }

    /** The weight of the part at {@code index}. */
    public double weight(int index) {
        return weights.get(index);
    }
}
