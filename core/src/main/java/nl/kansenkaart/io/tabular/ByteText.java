package nl.kansenkaart.io.tabular;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * Text of an encoding in which the bytes of CR, LF, quote and the separators only ever stand for
 * those characters (UTF-8 and the single-byte encodings such as Windows-1252), so a CSV line can
 * be split on its bytes and only the cells wanted need decoding. Decodes exactly as the charset's
 * own decoder does for a whole file (a single-byte encoding maps each byte on its own; UTF-8
 * sequences never span a line end or a separator).
 */
final class ByteText {

    /** Decoded chars per byte value for a single-byte encoding; null for UTF-8. */
    private final char[] table;
    private final Charset charset;

    private ByteText(Charset charset, char[] table) {
        this.charset = charset;
        this.table = table;
    }

    /** The byte text of a charset, or null when lines of it cannot be split on bytes (UTF-16). */
    static ByteText of(Charset cs) {
        if (cs.equals(StandardCharsets.UTF_8)) return new ByteText(cs, null);
        if (!cs.canEncode() || cs.newEncoder().maxBytesPerChar() != 1f) return null;
        char[] table = new char[256];
        for (int i = 0; i < 256; i++) {
            String s = new String(new byte[] {(byte) i}, cs);
            if (s.length() != 1 || (i < 128 && s.charAt(0) != i)) return null;
            table[i] = s.charAt(0);
        }
        return new ByteText(cs, table);
    }

    /** Most bytes one character takes (UTF-8: 3 per UTF-16 char, 4 for a pair), for length limits in characters. */
    int maxBytesPerChar() {
        return table == null ? 3 : 1;
    }

    String decode(byte[] b, int from, int to) {
        if (from == to) return ""; // many cells of an export are empty
        if (table == null) return new String(b, from, to - from, StandardCharsets.UTF_8);
        int i = from;
        while (i < to && b[i] >= 0) i++;
        if (i == to) return new String(b, from, to - from, StandardCharsets.ISO_8859_1); // ASCII: the same in every such encoding
        char[] c = new char[to - from];
        for (int k = from; k < to; k++) c[k - from] = table[b[k] & 0xFF];
        return new String(c);
    }

    /** Characters of the decoded bytes. */
    int length(byte[] b, int from, int to) {
        return table == null ? decode(b, from, to).length() : to - from;
    }

    Charset charset() {
        return charset;
    }
}
