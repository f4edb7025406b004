package nl.kansenkaart.disclosure;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;

/**
 * Cells of which one is the sum of the others: {@code total = sum of parts}, declared where a
 * table (or two tables together) shows a total and its parts. Secondary suppression keeps a
 * withheld part from being worked out as the total minus the shown parts.
 */
public record AdditiveGroup(CellRef total, List<CellRef> parts) {

    public AdditiveGroup {
        Objects.requireNonNull(total, "total");
        parts = List.copyOf(parts);
        if (parts.isEmpty()) throw new IllegalArgumentException("a group needs at least one part: " + total);
        if (new HashSet<>(parts).size() != parts.size()) throw new IllegalArgumentException("a part listed twice in the group of " + total);
        if (parts.contains(total)) throw new IllegalArgumentException("a total cannot be its own part: " + total);
    }
}
