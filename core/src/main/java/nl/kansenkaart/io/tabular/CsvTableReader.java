package nl.kansenkaart.io.tabular;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * An RFC 4180 reader with the recovery exported spreadsheets need, and exact line numbers.
 * <p>Hand-written rather than OpenCSV: OpenCSV cannot report the first line of a record or resume
 * after an unterminated quote, and both are required (every rejected row is reported with its
 * line; one broken row must not swallow the rest of the file).
 * <ul>
 *   <li>The separator is detected from the header: the most frequent of ; , TAB outside quotes.</li>
 *   <li>A quote opens a quoted field only at the start of a field; elsewhere it is literal.</li>
 *   <li>A quoted field still open after {@link #MAX_RECORD_LINES} lines or {@value #MAX_FIELD_CHARS}
 *       characters, or at end of file, makes its first line a broken row; reading resumes on the
 *       next physical line. So does a quoted field spanning lines whose record then does not fit
 *       the header (more cells, or fewer than its named columns): that is a stray quote swallowing
 *       the next rows, not a multi-line value.</li>
 *   <li>A physical line longer than {@value #MAX_LINE_CHARS} characters is a broken row; only that
 *       much of it is held in memory.</li>
 * </ul>
 * Lines without a quote, nearly all of an export, are the hot path of million-row imports: in
 * UTF-8 and single-byte encodings they are found and split on their bytes, and a cell is decoded
 * only when asked for ({@link ByteLines}, {@link TableRow}); in UTF-16 files they are split with
 * {@code indexOf}. Lines with a quote, and lines given back after a broken record, are parsed as
 * text.
 */
public final class CsvTableReader implements TableReader {

    static final int MAX_RECORD_LINES = 50;
    static final int MAX_FIELD_CHARS = 100_000;
    static final int MAX_COLUMNS = 5_000;
    static final int MAX_LINE_CHARS = 4_000_000;

    private final String sourceName;
    private final Lines in;
    /** The same source when lines can be split on bytes, else null. */
    private final ByteLines bytes;
    private final char separator;
    private final String[] header;
    private final long size;
    private int[] ends = new int[64];
    /** Cells up to the last named header cell: a multi-line record must have at least these. */
    private final int headerWidth;

    private CsvTableReader(String sourceName, Lines in, char separator, String[] header, long size) {
        this.sourceName = sourceName;
        this.in = in;
        this.bytes = in instanceof ByteLines b ? b : null;
        if (bytes != null) bytes.separator(separator);
        this.separator = separator;
        this.header = header;
        this.size = size;
        int w = 0;
        for (int i = 0; i < header.length; i++) if (!header[i].isEmpty()) w = i + 1;
        this.headerWidth = w;
    }

    public static CsvTableReader open(Path file) throws IOException {
        return open(file, true);
    }

    /** {@code splitBytes} false: every line decoded as text first (to check the byte path against). */
    static CsvTableReader open(Path file, boolean splitBytes) throws IOException {
        TextEncoding.Detected enc = TextEncoding.detect(file);
        InputStream raw = Files.newInputStream(file);
        try {
            raw.skipNBytes(enc.bomLength());
            ByteText byteText = splitBytes ? ByteText.of(enc.charset()) : null;
            Lines src;
            if (byteText != null) {
                src = new ByteLines(raw, byteText);
            } else {
                CharLines.CountingInputStream counted = new CharLines.CountingInputStream(raw);
                src = new CharLines(new InputStreamReader(counted, enc.charset()), counted);
            }
            String first = src.readLine();
            while (first != null && first.isBlank()) first = src.readLine();
            if (first == null) throw new IOException(file.getFileName() + " is empty");
            if (first.startsWith("\uFEFF")) first = first.substring(1);
            char sep = hasCandidate(first) ? detectSeparator(first) : separatorOfNextLines(src);
            List<String> cells = split(first, sep);
            String[] header = cells.stream().map(String::trim).toArray(String[]::new);
            return new CsvTableReader(file.getFileName().toString(), src, sep, header, Files.size(file));
        } catch (IOException | RuntimeException e) {
            raw.close();
            throw e;
        }
    }

    private static boolean hasCandidate(String line) {
        return line.indexOf(';') >= 0 || line.indexOf(',') >= 0 || line.indexOf('\t') >= 0;
    }

    /** For a first line without any separator (a title): the separator of the next lines that have one. */
    private static char separatorOfNextLines(Lines src) throws IOException {
        List<String> peeked = new ArrayList<>();
        char sep = ';';
        for (int i = 0; i < 20; i++) {
            String l = src.readLine();
            if (l == null) break;
            peeked.add(l);
            if (hasCandidate(l)) {
                sep = detectSeparator(l);
                break;
            }
        }
        src.pushBack(peeked);
        return sep;
    }

    /** The most frequent candidate separator outside quotes in the header line. */
    static char detectSeparator(String headerLine) {
        int semi = 0, comma = 0, tab = 0;
        boolean quoted = false;
        for (int i = 0; i < headerLine.length(); i++) {
            char c = headerLine.charAt(i);
            if (c == '"') quoted = !quoted;
            else if (!quoted) {
                if (c == ';') semi++;
                else if (c == ',') comma++;
                else if (c == '\t') tab++;
            }
        }
        if (tab > semi && tab > comma) return '\t';
        if (comma > semi) return ',';
        return ';';
    }

    public char separator() {
        return separator;
    }

    @Override
    public String sourceName() {
        return sourceName;
    }

    @Override
    public String[] header() {
        return header.clone();
    }

    @Override
    public long position() {
        return in.position();
    }

    @Override
    public long size() {
        return size;
    }

    @Override
    public TableRow next() throws IOException {
        while (true) {
            TableRow row = bytes != null && !in.hasPushedBack() ? nextFromBytes() : nextFromText();
            if (row != SKIP) return row;
        }
    }

    /** A blank line or row, read past. */
    private static final TableRow SKIP = new TableRow(0, new String[0], null, null);

    private TableRow nextFromText() throws IOException {
        String line = in.readLine();
        if (line == null) return null;
        long startLine = in.lineNumber;
        if (in.lastLineCut) return tooLong(startLine);
        if (line.isBlank()) return SKIP;
        if (line.indexOf('"') < 0) return unlessBlank(splitPlain(line, startLine));
        return parsed(line, startLine);
    }

    private TableRow nextFromBytes() throws IOException {
        if (!bytes.nextRaw()) return null;
        long startLine = bytes.lineNumber;
        if (bytes.lastLineCut) return tooLong(startLine);
        byte[] b = bytes.buf();
        int from = bytes.start, to = bytes.end;
        Boolean blank = blankBytes(b, from, to);
        if (blank == null) blank = bytes.text().decode(b, from, to).isBlank();
        if (blank) return SKIP;
        if (bytes.quote) return parsed(bytes.text().decode(b, from, to), startLine);
        int cells = bytes.separators + 1;
        if (to - from > MAX_FIELD_CHARS) return unlessBlank(splitBytes(b, from, to, startLine));
        if (cells > MAX_COLUMNS) return new TableRow(startLine, new String[] {""}, null, "more than " + MAX_COLUMNS + " columns");
        // The usual line: its first cells were found while reading it, the rest are found when
        // asked for (most of them never are).
        int[] cellEnds = new int[cells];
        int known = Math.min(cells - 1, ByteLines.FIRST);
        System.arraycopy(bytes.first, 0, cellEnds, 0, known);
        return unlessBlank(new TableRow(startLine, java.util.Arrays.copyOfRange(b, from, to), (byte) separator,
                cellEnds, known, cells, bytes.text()));
    }

    private static TableRow tooLong(long line) {
        return new TableRow(line, new String[] {""}, null, "line longer than " + MAX_LINE_CHARS + " characters");
    }

    private static TableRow unlessBlank(TableRow row) {
        return row.problem() == null && row.isBlank() ? SKIP : row;
    }

    /** A line with quotes, with the continuation lines of quoted line breaks. */
    private TableRow parsed(String line, long startLine) throws IOException {
        Parsed p = parse(line, startLine);
        if (p.values == null) return SKIP;
        String[] values = p.values.toArray(new String[0]);
        TableRow row = new TableRow(startLine, values, null, p.problem);
        return p.problem == null ? unlessBlank(row) : row;
    }

    /** Whether bytes are blank as text: true or false when ASCII tells, null when a byte beyond ASCII needs decoding. */
    private static Boolean blankBytes(byte[] b, int from, int to) {
        boolean beyondAscii = false;
        for (int i = from; i < to; i++) {
            int c = b[i];
            if (c < 0) beyondAscii = true;
            else if (!Character.isWhitespace(c)) return false;
        }
        return beyondAscii ? null : true;
    }

    /**
     * Splits a long line's bytes (it may have a field over the limit) on the separator; null when
     * the line has a quote (it is then parsed as text). Limits as {@link #splitPlain}, in
     * characters and checked in the same order.
     */
    private TableRow splitBytes(byte[] b, int from, int to, long lineNo) {
        int found = separators(b, from, to, (byte) separator);
        if (found < 0) return null;
        ByteText text = bytes.text();
        int n = 0, start = from;
        while (true) {
            // Every check below ends the line before the separators beyond those found are needed.
            int end = n < found ? from + seps[n] : to;
            if (end - start > MAX_FIELD_CHARS && text.length(b, start, end) > MAX_FIELD_CHARS)
                return new TableRow(lineNo, new String[] {""}, null, "field longer than " + MAX_FIELD_CHARS + " characters");
            if (n == ends.length) {
                if (n > MAX_COLUMNS) return new TableRow(lineNo, new String[] {""}, null, "more than " + MAX_COLUMNS + " columns");
                ends = java.util.Arrays.copyOf(ends, n * 2);
            }
            ends[n++] = end - from;
            if (end == to) break;
            start = end + 1;
        }
        if (n > MAX_COLUMNS) return new TableRow(lineNo, new String[] {""}, null, "more than " + MAX_COLUMNS + " columns");
        return new TableRow(lineNo, java.util.Arrays.copyOfRange(b, from, to), (byte) separator, java.util.Arrays.copyOf(ends, n),
                n, n, text);
    }

    /** Separator positions of the current line, relative to its start. */
    private int[] seps = new int[256];
    /** More separators than the checks above can ever read (they stop a line at 2 * MAX_COLUMNS cells). */
    private static final int SEPARATORS_KEPT = 4 * MAX_COLUMNS;

    /**
     * The separators of a line, found eight bytes at a time, into {@link #seps} (at most
     * {@link #SEPARATORS_KEPT}); their number, or -1 when the line has a quote anywhere.
     */
    private int separators(byte[] b, int from, int to, byte sep) {
        long ps = Bytes.broadcast(sep), pq = Bytes.broadcast((byte) '"');
        int n = 0, i = from;
        for (; i + 8 <= to; i += 8) {
            long w = Bytes.word(b, i);
            if (Bytes.zeroBytes(w ^ pq) != 0) return -1;
            for (long hit = Bytes.zeroBytes(w ^ ps); hit != 0; hit &= hit - 1) n = keep(n, i + (Long.numberOfTrailingZeros(hit) >>> 3) - from);
        }
        for (; i < to; i++) {
            if (b[i] == '"') return -1;
            if (b[i] == sep) n = keep(n, i - from);
        }
        return Math.min(n, SEPARATORS_KEPT);
    }

    private int keep(int n, int position) {
        if (n >= SEPARATORS_KEPT) return n + 1;
        if (n == seps.length) seps = java.util.Arrays.copyOf(seps, 2 * n);
        seps[n] = position;
        return n + 1;
    }

    /** A line without quotes: fields are the stretches between separators, kept as the line and their ends. */
    private TableRow splitPlain(String line, long lineNo) {
        int n = 0, start = 0, len = line.length();
        while (true) {
            int end = line.indexOf(separator, start);
            if (end < 0) end = len;
            if (end - start > MAX_FIELD_CHARS)
                return new TableRow(lineNo, new String[] {""}, null, "field longer than " + MAX_FIELD_CHARS + " characters");
            if (n == ends.length) {
                if (n > MAX_COLUMNS) return new TableRow(lineNo, new String[] {""}, null, "more than " + MAX_COLUMNS + " columns");
                ends = java.util.Arrays.copyOf(ends, n * 2);
            }
            ends[n++] = end;
            if (end == len) break;
            start = end + 1;
        }
        if (n > MAX_COLUMNS) return new TableRow(lineNo, new String[] {""}, null, "more than " + MAX_COLUMNS + " columns");
        return new TableRow(lineNo, line, java.util.Arrays.copyOf(ends, n), n);
    }

    private record Parsed(List<String> values, String problem) {}

    /** Parses one record starting at {@code line}, reading continuation lines for quoted newlines. */
    private Parsed parse(String line, long startLine) throws IOException {
        List<String> values = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        String current = line;
        int i = 0;
        int extraLines = 0;
        List<String> continuation = null;
        boolean atFieldStart = true;
        boolean quoted = false;
        while (true) {
            if (i >= current.length()) {
                if (quoted) {
                    String nextLine = extraLines < MAX_RECORD_LINES ? in.readLine() : null;
                    if (nextLine == null || field.length() > MAX_FIELD_CHARS) {
                        // Unterminated quote: give back the continuation lines, report only the first.
                        if (continuation != null) in.pushBack(continuation);
                        return new Parsed(List.of(line), "unterminated quoted field (opening quote without closing quote)");
                    }
                    if (continuation == null) continuation = new ArrayList<>();
                    continuation.add(nextLine);
                    extraLines++;
                    field.append('\n');
                    current = nextLine;
                    i = 0;
                    continue;
                }
                values.add(field.toString());
                if (continuation != null && (values.size() > header.length || values.size() < headerWidth)) {
                    // A stray quote swallowed the following lines: break only this line, resume after it.
                    in.pushBack(continuation);
                    return new Parsed(List.of(line), "unterminated quoted field (opening quote without closing quote)");
                }
                break;
            }
            char c = current.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < current.length() && current.charAt(i + 1) == '"') {
                        field.append('"');
                        i += 2;
                        continue;
                    }
                    quoted = false;
                    i++;
                    if (continuation != null && i < current.length() && current.charAt(i) != separator) {
                        // A value spanning lines ends at a separator or line end; text after the
                        // quote means it was a stray quote that swallowed the following lines.
                        in.pushBack(continuation);
                        return new Parsed(List.of(line), "unterminated quoted field (opening quote without closing quote)");
                    }
                    continue;
                }
                field.append(c);
                i++;
            } else if (c == separator) {
                values.add(field.toString());
                if (values.size() > MAX_COLUMNS)
                    return new Parsed(List.of(""), "more than " + MAX_COLUMNS + " columns");
                field.setLength(0);
                atFieldStart = true;
                i++;
                continue;
            } else if (c == '"' && atFieldStart && field.toString().isBlank()) {
                field.setLength(0);
                quoted = true;
                i++;
            } else {
                field.append(c);
                i++;
            }
            atFieldStart = false;
            if (field.length() > MAX_FIELD_CHARS) {
                if (continuation != null) in.pushBack(continuation);
                return new Parsed(List.of(""), "field longer than " + MAX_FIELD_CHARS + " characters");
            }
        }
        return new Parsed(values, null);
    }

    /** Splits a single line (the header) without continuation handling. */
    static List<String> split(String line, char sep) {
        List<String> out = new ArrayList<>();
        StringBuilder f = new StringBuilder();
        boolean quoted = false;
        boolean start = true;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < line.length() && line.charAt(i + 1) == '"') {
                        f.append('"');
                        i++;
                    } else quoted = false;
                } else f.append(c);
            } else if (c == sep) {
                out.add(f.toString());
                f.setLength(0);
                start = true;
                continue;
            } else if (c == '"' && start) {
                quoted = true;
            } else f.append(c);
            start = false;
        }
        out.add(f.toString());
        return out;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
