package nl.kansenkaart.disclosure;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Which cells an export withheld and why, so the analyst can see what the workshop will not see
 * (and ask companies for consent). It names cells, never their values.
 */
public final class SuppressionLog {

    public record Entry(String table, String row, String column, int contributors, String reason) {}

    private final List<Entry> entries = new ArrayList<>();

    public void add(String table, String row, String column, Disclosed d) {
        if (d.isSuppressed()) entries.add(new Entry(table, row, column, d.contributors(), d.suppressionReason()));
    }

    public List<Entry> entries() {
        return Collections.unmodifiableList(entries);
    }

    public int size() {
        return entries.size();
    }
}
