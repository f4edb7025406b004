package nl.kansenkaart.io.lma;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.security.SecureRandom;
import java.util.Arrays;
import nl.kansenkaart.io.tabular.TableRow;

/**
 * The identity of a notification row's stream: a 128-bit keyed hash (SipHash) of every cell of
 * the row except the row's own facts (period, weight, loads), as read, with which cells were
 * typed numbers. Rows with equal keys have equal descriptive cells, so everything the importer
 * derives from those (parties, location, codes, attributes) is computed once per stream.
 * <p>Why a keyed 128-bit hash and no exact comparison: keeping each distinct row's cells to
 * compare would cost hundreds of bytes per stream, and a file in which every row differs would
 * not fit the streaming import's memory; the key costs 16 bytes. With a random key per import an
 * accidental equal key has probability 2^-128 per pair (about 10^-25 for ten million streams, far
 * below the odds of an undetected disk or memory error), and the key is never stored, so a file
 * cannot be crafted to make two streams collide.
 */
final class StreamKey {

    private static final SecureRandom KEYS = new SecureRandom();
    private static final VarHandle LONG = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    /** Columns holding the row's own facts, by index. */
    private final boolean[] rowFact;
    private final SipHash128 hash;
    private long high, low;

    StreamKey(LmaHeader h) {
        rowFact = new boolean[h.names.length];
        for (LmaField f : new LmaField[] {LmaField.YEAR, LmaField.MONTH, LmaField.PERIOD, LmaField.WEIGHT, LmaField.LOADS})
            if (h.index(f) >= 0) rowFact[h.index(f)] = true;
        synchronized (KEYS) {
            hash = new SipHash128(KEYS.nextLong(), KEYS.nextLong());
        }
    }

    /**
     * Computes the key of a row. An unreadable number of loads is kept among the row's attributes,
     * so it is part of the stream's identity: pass it as {@code keptLoads} (else null).
     */
    void of(TableRow row, String keptLoads) {
        int n = row.size();
        byte[] bytes = row.bytes();
        // Cells as bytes (a CSV line) or as text: marked apart, so the two can never give the same words.
        hash.add(n | (bytes != null ? 1L << 32 : 0));
        if (bytes != null) {
            // A line without quotes: each run of descriptive cells as its bytes with their
            // separators (a separator cannot be inside such a cell, so the cells are determined).
            int i = 0;
            while (i < n) {
                if (i < rowFact.length && rowFact[i]) {
                    i++;
                    continue;
                }
                int first = i;
                while (i < n && !(i < rowFact.length && rowFact[i])) i++;
                add(bytes, row.cellStart(first), row.cellEnd(i - 1));
            }
        } else {
            for (int i = 0; i < n; i++)
                if (!(i < rowFact.length && rowFact[i]))
                    add(row.cellText(i), row.cellStart(i), row.cellEnd(i), row.isNumericCell(i) ? 1 : 0);
        }
        if (keptLoads != null) add(keptLoads, 0, keptLoads.length(), 2);
        high = hash.finish();
        low = hash.low();
    }

    /**
     * Whether two CSV lines kept as bytes have the same descriptive cells, byte for byte (an exact
     * comparison; an extract lists a stream's months one after another, so most rows are the
     * stream of the row before and need no hash).
     */
    boolean sameCells(TableRow a, TableRow b) {
        byte[] x = a.bytes(), y = b.bytes();
        int n = a.size();
        if (x == null || y == null || b.size() != n) return false;
        int i = 0;
        while (i < n) {
            if (i < rowFact.length && rowFact[i]) {
                i++;
                continue;
            }
            int first = i;
            while (i < n && !(i < rowFact.length && rowFact[i])) i++;
            if (!Arrays.equals(x, a.cellStart(first), a.cellEnd(i - 1), y, b.cellStart(first), b.cellEnd(i - 1))) return false;
        }
        return true;
    }

    long high() {
        return high;
    }

    long low() {
        return low;
    }

    /** Bytes as their length, then eight to a word. */
    private void add(byte[] b, int from, int to) {
        hash.add((long) (to - from) << 2);
        int i = from;
        for (; i + 8 <= to; i += 8) hash.add((long) LONG.get(b, i));
        if (i < to) {
            long w = 0;
            for (int shift = 0; i < to; i++, shift += 8) w |= (b[i] & 0xFFL) << shift;
            hash.add(w);
        }
    }

    /** A cell as its length and marks, then its characters four to a word: no two cell lists give the same words. */
    private void add(String s, int from, int to, int marks) {
        hash.add(((long) (to - from) << 2) | marks);
        int i = from;
        for (; i + 4 <= to; i += 4)
            hash.add(s.charAt(i) | (long) s.charAt(i + 1) << 16 | (long) s.charAt(i + 2) << 32 | (long) s.charAt(i + 3) << 48);
        if (i < to) {
            long w = 0;
            for (int shift = 0; i < to; i++, shift += 16) w |= (long) s.charAt(i) << shift;
            hash.add(w);
        }
    }
}
