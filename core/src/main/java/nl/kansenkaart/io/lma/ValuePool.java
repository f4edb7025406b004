package nl.kansenkaart.io.lma;

import java.util.HashMap;
import java.util.Map;

/**
 * One String instance per distinct value of the columns that repeat (parties, towns, postcodes,
 * waste names): the writer thread then reads the same few objects again and again from its own
 * cache instead of a fresh copy of each value, made on the other core, per row. Bounded, so a
 * column of unique values costs only the first entries.
 */
final class ValuePool {

    private static final int LIMIT = 50_000;
    private final Map<String, String> pool = new HashMap<>(4096);

    String canonical(String s) {
        if (s == null || s.isEmpty()) return s;
        String p = pool.get(s);
        if (p != null) return p;
        if (pool.size() < LIMIT) pool.put(s, s);
        return s;
    }
}
