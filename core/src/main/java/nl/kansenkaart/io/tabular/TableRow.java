package nl.kansenkaart.io.tabular;

import java.util.BitSet;

/**
 * One data row of a table: its first line, its cells as text, which cells were typed numbers,
 * and a structural problem if it has one.
 * <p>A CSV line without quotes keeps the line (its bytes, or its text for UTF-16 files) and where
 * its cells end instead of a String per cell: an importer that needs only a few cells of a wide
 * row (the rest only hashed, see {@link #bytes} and {@link #cellText}) then decodes only those
 * few. {@link #values()} makes all of them.
 */
public final class TableRow {

    private final long line;
    private final BitSet numeric;
    private final String problem;
    /** The cells, or null until asked for when the row is a line with {@link #ends}. */
    private String[] values;
    private final String text;
    private final byte[] bytes;
    private final ByteText decoder;
    private final byte separator;
    /** Cell k is text (or bytes) [k == 0 ? 0 : ends[k - 1] + 1, ends[k]). */
    private final int[] ends;
    /** Cell ends known (for bytes, found on demand: a reader of the first cells does not scan the rest). */
    private int known;
    private final int size;

    /**
     * @param line     first physical line of the row in a CSV file (the header is line 1), or the
     *                 1-based row number in a sheet
     * @param values   the cells as text (never null; missing cells are "")
     * @param numeric  cells that were typed numbers in a workbook (their text uses '.' as decimal
     *                 point, whatever the locale); null for CSV, where everything is text
     * @param problem  a structural defect (unterminated quote, oversized field); the row should be
     *                 rejected with this reason
     */
    public TableRow(long line, String[] values, BitSet numeric, String problem) {
        this.line = line;
        this.values = values;
        this.numeric = numeric;
        this.problem = problem;
        this.text = null;
        this.bytes = null;
        this.decoder = null;
        this.separator = 0;
        this.ends = null;
        this.size = values.length;
    }

    /** A line whose {@code size} cells end at {@code ends} (each followed by one separator). */
    TableRow(long line, String text, int[] ends, int size) {
        this.line = line;
        this.numeric = null;
        this.problem = null;
        this.text = text;
        this.bytes = null;
        this.decoder = null;
        this.separator = 0;
        this.ends = ends;
        this.known = size;
        this.size = size;
    }

    /**
     * The bytes of a line without quotes: {@code size} cells split by {@code separator}, decoded
     * by {@code decoder}; {@code ends} as far as known ({@code known} of them), the rest is found
     * when asked for.
     */
    TableRow(long line, byte[] bytes, byte separator, int[] ends, int known, int size, ByteText decoder) {
        this.line = line;
        this.numeric = null;
        this.problem = null;
        this.text = null;
        this.bytes = bytes;
        this.decoder = decoder;
        this.separator = separator;
        this.ends = ends;
        this.known = known;
        this.size = size;
    }

    public long line() {
        return line;
    }

    /** The cells as text; made on first call for a line read without quotes. */
    public String[] values() {
        String[] v = values;
        if (v == null) {
            v = new String[size];
            for (int i = 0; i < size; i++) v[i] = cell(i);
            values = v;
        }
        return v;
    }

    public BitSet numeric() {
        return numeric;
    }

    public String problem() {
        return problem;
    }

    /** Number of cells. */
    public int size() {
        return size;
    }

    public String get(int column) {
        if (column < 0 || column >= size) return "";
        if (values != null) return values[column];
        return cell(column);
    }

    private String cell(int i) {
        return bytes != null ? decoder.decode(bytes, cellStart(i), cellEnd(i)) : text.substring(cellStart(i), cellEnd(i));
    }

    /**
     * For a row kept as the bytes of its line: those bytes, cell {@code i} from {@link #cellStart}
     * to {@link #cellEnd}, for reading cells without decoding them; null for other rows.
     */
    public byte[] bytes() {
        return bytes;
    }

    /**
     * For a row not kept as bytes: the String holding cell {@code column}'s characters from
     * {@link #cellStart} to {@link #cellEnd} (the line itself, or the cell's value).
     */
    public String cellText(int column) {
        if (bytes != null) return null;
        return text != null ? text : values[column];
    }

    public int cellStart(int column) {
        if (ends == null) return 0;
        return column == 0 ? 0 : end(column - 1) + 1;
    }

    public int cellEnd(int column) {
        return ends == null ? values[column].length() : end(column);
    }

    private int end(int column) {
        if (column < known) return ends[column];
        if (column == size - 1) return bytes.length;
        // Eight bytes at a time: each separator byte becomes a set bit.
        int k = known, i = k == 0 ? 0 : ends[k - 1] + 1;
        long pattern = Bytes.broadcast(separator);
        for (; k <= column && i + 8 <= bytes.length; i += 8)
            for (long hit = Bytes.zeroBytes(Bytes.word(bytes, i) ^ pattern); hit != 0 && k <= column; hit &= hit - 1)
                ends[k++] = i + (Long.numberOfTrailingZeros(hit) >>> 3);
        for (; k <= column; i++) if (bytes[i] == separator) ends[k++] = i;
        known = k;
        return ends[column];
    }

    public boolean isNumericCell(int column) {
        return numeric != null && numeric.get(column);
    }

    public boolean isBlank() {
        if (bytes != null) {
            // Separators and ASCII whitespace only; a byte beyond ASCII needs decoding to tell.
            for (byte b : bytes) {
                if (b == separator) continue;
                if (b < 0) return allBlank();
                if (!Character.isWhitespace(b)) return false;
            }
            return true;
        }
        if (text != null) {
            // Blank cells and separators only (the separator is not whitespace, so skip the cell ends).
            int k = 0;
            for (int i = 0; i < text.length(); i++) {
                if (k < size - 1 && i == ends[k]) {
                    k++;
                    continue;
                }
                if (!Character.isWhitespace(text.charAt(i))) return false;
            }
            return true;
        }
        return allBlank();
    }

    private boolean allBlank() {
        for (String v : values()) if (v != null && !v.isBlank()) return false;
        return true;
    }
}
