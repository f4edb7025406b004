package nl.kansenkaart.io.lma;

import nl.kansenkaart.io.tabular.TableRow;

/**
 * Finds rows that repeat an earlier accepted row of the same layout in one import, and where it
 * was first seen: a regional extract's two OM sheets (receivers in the region, ontdoeners in the
 * region) both list a notification whose receiver and ontdoener are in the region. Rows are compared by their non-empty cells under their header keys,
 * so column order and extra empty columns do not matter. Each row is kept as two differently
 * computed 64-bit hashes in primitive arrays (at most 48 bytes per row), so a million rows fit in
 * the streaming import's memory and an accidental match is practically impossible.
 */
final class DuplicateIndex {

    private long[] keys = new long[2 * 1024];
    private long[] where = new long[1024];
    private int size;

    /** Where a row was first seen: the table's number in the import and its line. */
    record Seen(int table, long line) {}

    /**
     * Records the row if it is new and returns null; otherwise returns where it was first seen.
     */
    Seen addOrFind(LmaHeader h, TableRow row, int table) {
        long h1 = 0x9E3779B97F4A7C15L ^ h.layout.ordinal(), h2 = 0xC2B2AE3D27D4EB4FL + h.layout.ordinal();
        String[] values = row.values();
        for (int k = 0; k < h.canonicalOrder.length; k++) {
            int i = h.canonicalOrder[k];
            if (i >= values.length) continue;
            String v = values[i];
            int a = 0, b = v.length();
            while (a < b && v.charAt(a) <= ' ') a++;
            while (b > a && v.charAt(b - 1) <= ' ') b--;
            if (a == b) continue;
            long key = h.canonicalKeyHashes[k];
            h1 = (h1 ^ key) * 0x100000001B3L;
            h2 = Long.rotateLeft(h2 ^ key, 29) * 0x9E3779B97F4A7C15L;
            for (int c = a; c < b; c++) {
                char ch = v.charAt(c);
                h1 = (h1 ^ ch) * 0x100000001B3L;
                h2 = (h2 + ch) * 0xC6A4A7935BD1E995L;
            }
            h1 = (h1 ^ 0x1E) * 0x100000001B3L;
            h2 = Long.rotateLeft(h2, 31) * 0x9E3779B97F4A7C15L;
        }
        h1 = mix(h1);
        h2 = mix(h2 ^ h1 >>> 7);
        if (h1 == 0 && h2 == 0) h1 = 1; // (0, 0) marks an empty slot
        return addOrFind(h1, h2, ((long) table << 48) | row.line());
    }

    private Seen addOrFind(long h1, long h2, long at) {
        if (2 * (size + 1) > where.length) grow();
        int mask = where.length - 1;
        int slot = (int) (h1 ^ (h1 >>> 32)) & mask;
        while (true) {
            long k1 = keys[2 * slot], k2 = keys[2 * slot + 1];
            if (k1 == 0 && k2 == 0) {
                keys[2 * slot] = h1;
                keys[2 * slot + 1] = h2;
                where[slot] = at;
                size++;
                return null;
            }
            if (k1 == h1 && k2 == h2) return new Seen((int) (where[slot] >>> 48), where[slot] & 0xFFFF_FFFF_FFFFL);
            slot = (slot + 1) & mask;
        }
    }

    private void grow() {
        long[] oldKeys = keys, oldWhere = where;
        keys = new long[oldKeys.length * 2];
        where = new long[oldWhere.length * 2];
        size = 0;
        for (int s = 0; s < oldWhere.length; s++)
            if (oldKeys[2 * s] != 0 || oldKeys[2 * s + 1] != 0) addOrFind(oldKeys[2 * s], oldKeys[2 * s + 1], oldWhere[s]);
    }

    int size() {
        return size;
    }

    /** MurmurHash3's 64-bit finaliser. */
    private static long mix(long k) {
        k ^= k >>> 33;
        k *= 0xFF51AFD7ED558CCDL;
        k ^= k >>> 33;
        k *= 0xC4CEB9FE1A85EC53L;
        k ^= k >>> 33;
        return k;
    }
}
