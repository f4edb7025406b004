package nl.kansenkaart.io.tabular;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds columns by header synonyms, whatever the case, spacing or punctuation of the header
 * ({@link Tables#headerKey}): "Werkzame personen", "werkzame_personen" and "WERKZAME-PERSONEN"
 * all match {@code werkzamepersonen}. Synonyms are tried in order, so the most specific comes first.
 */
public final class ColumnMatcher {

    private final String[] header;
    private final String[] keys;
    private final boolean[] used;

    public ColumnMatcher(String[] header) {
        this.header = header.clone();
        this.keys = new String[header.length];
        this.used = new boolean[header.length];
        for (int i = 0; i < header.length; i++) keys[i] = Tables.headerKey(header[i]);
    }

    /** Index of the first column matching one of the synonyms (normalised keys), or -1; marks it used. */
    public int find(String... synonyms) {
        for (String s : synonyms)
            for (int i = 0; i < keys.length; i++)
                if (!used[i] && keys[i].equals(s)) {
                    used[i] = true;
                    return i;
                }
        return -1;
    }

    /** Headers of the columns no {@link #find} has claimed, with their indexes: kept as attributes. */
    public List<Integer> unused() {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < keys.length; i++) if (!used[i] && !header[i].isBlank()) out.add(i);
        return out;
    }

    public String header(int i) {
        return header[i];
    }

    public String[] headers() {
        return header.clone();
    }
}
