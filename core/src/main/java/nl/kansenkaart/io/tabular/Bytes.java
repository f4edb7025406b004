package nl.kansenkaart.io.tabular;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Searching bytes eight at a time ("SWAR": a byte equal to the one sought becomes a zero byte of
 * a 64-bit word, and zero bytes are found with two arithmetic operations), for scanning the lines
 * and separators of large CSV files without looking at each byte in turn.
 */
final class Bytes {

    private static final VarHandle LONG = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long ONES = 0x0101010101010101L;

    private Bytes() {}

    /** The little-endian word at {@code i}: bytes i..i+7 (the caller checks the bounds). */
    static long word(byte[] b, int i) {
        return (long) LONG.get(b, i);
    }

    /** {@code b} in every byte of a word. */
    static long broadcast(byte b) {
        return (b & 0xFFL) * ONES;
    }

    private static final long LOWS = 0x7F7F7F7F7F7F7F7FL;

    /** High bit set in exactly the bytes of the word that are zero (no carry crosses a byte). */
    static long zeroBytes(long x) {
        return ~(((x & LOWS) + LOWS) | x | LOWS);
    }

    /** Index of the first byte in [from, to) equal to {@code a} or {@code b}, or {@code to}. */
    static int indexOfEither(byte[] buf, int from, int to, byte a, byte b) {
        long pa = broadcast(a), pb = broadcast(b);
        int i = from;
        for (; i + 8 <= to; i += 8) {
            long w = word(buf, i);
            long hit = zeroBytes(w ^ pa) | zeroBytes(w ^ pb);
            if (hit != 0) return i + (Long.numberOfTrailingZeros(hit) >>> 3);
        }
        for (; i < to; i++) if (buf[i] == a || buf[i] == b) return i;
        return to;
    }
}
