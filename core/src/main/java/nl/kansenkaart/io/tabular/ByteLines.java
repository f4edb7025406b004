package nl.kansenkaart.io.tabular;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Lines of a file in an encoding that can be split on bytes ({@link ByteText}): a line is found
 * and handed out as bytes ({@link #nextRaw}), and decoded only when a caller wants its text. This
 * is the hot path of million-row imports: most cells of a row are never decoded at all.
 */
final class ByteLines extends Lines {

    private final InputStream in;
    private final ByteText text;
    /** Bytes of one line kept at most: enough for {@link CsvTableReader#MAX_LINE_CHARS} characters. */
    private final int maxLineBytes;
    private byte[] buf = new byte[1 << 16];
    private int pos, len;
    private long read;
    private boolean eof;
    /** The last line ended with a CR at the end of the buffer: a LF first thing next belongs to it. */
    private boolean skipLf;
    /** The current line: {@code buf[start, end)}, valid until the next call. */
    int start, end;
    /** The kept characters of the current line when it was cut. */
    private String cutText;
    /** The CSV separator, counted in each line; 0 before it is known. */
    private byte separator;
    /** Separators in the current line, and whether it has a quote (from {@link #nextRaw}). */
    int separators;
    boolean quote;
    /** Where the first {@link #FIRST} separators of the current line are, from its start: the cells most readers want. */
    static final int FIRST = 24;
    final int[] first = new int[FIRST];

    ByteLines(InputStream in, ByteText text) {
        this.in = in;
        this.text = text;
        this.maxLineBytes = CsvTableReader.MAX_LINE_CHARS * text.maxBytesPerChar();
    }

    /** Counts this separator in the lines from now on. */
    void separator(char c) {
        separator = (byte) c;
    }

    ByteText text() {
        return text;
    }

    byte[] buf() {
        return buf;
    }

    @Override
    String nextLine() throws IOException {
        if (!nextRaw()) return null;
        return lastLineCut ? cutText : text.decode(buf, start, end);
    }

    /**
     * Reads the next physical line of the file (lines given back with {@link #pushBack} are not
     * seen here: take those with {@link #readLine}); false at the end of the file. A line longer
     * than {@link CsvTableReader#MAX_LINE_CHARS} characters is read past and flagged
     * ({@link #lastLineCut}), its bytes not kept.
     */
    boolean nextRaw() throws IOException {
        lastLineCut = false;
        cutText = null;
        if (skipLf) {
            skipLf = false;
            if (pos == len) refill();
            if (pos < len && buf[pos] == '\n') pos++;
        }
        int scan = pos;
        separators = 0;
        quote = false;
        while (true) {
            int i = scanLine(scan);
            if (i < len) {
                start = pos;
                end = i;
                pos = lineEnd(i);
                lineNumber++;
                checkLength();
                return true;
            }
            if (eof) {
                if (pos == len) return false;
                start = pos;
                end = len;
                pos = len;
                lineNumber++;
                checkLength();
                return true;
            }
            if (len - pos > maxLineBytes) {
                cut();
                return true;
            }
            scan = len - pos;
            refill();
            scan += pos;
        }
    }

    /**
     * The first line end at or after {@code from}, or {@code len}; counts the separators and
     * notes a quote on the way, eight bytes at a time: one pass over the bytes finds the line and
     * tells the CSV reader how many cells it has and whether it can be split on bytes.
     */
    private int scanLine(int from) {
        byte[] b = buf;
        long pSep = Bytes.broadcast(separator), pQuote = Bytes.broadcast((byte) '"');
        long pLf = Bytes.broadcast((byte) '\n'), pCr = Bytes.broadcast((byte) '\r');
        int i = from, n = separators;
        boolean q = quote;
        for (; i + 8 <= len; i += 8) {
            long w = Bytes.word(b, i);
            long eol = Bytes.zeroBytes(w ^ pLf) | Bytes.zeroBytes(w ^ pCr);
            long sep = Bytes.zeroBytes(w ^ pSep), quo = Bytes.zeroBytes(w ^ pQuote);
            if (eol != 0) {
                long before = (eol & -eol) - 1;
                sep &= before;
                if (n < FIRST) keepFirst(sep, i, n);
                separators = n + Long.bitCount(sep);
                quote = q || (quo & before) != 0;
                return i + (Long.numberOfTrailingZeros(eol) >>> 3);
            }
            if (n < FIRST && sep != 0) keepFirst(sep, i, n);
            n += Long.bitCount(sep);
            q |= quo != 0;
        }
        for (; i < len; i++) {
            byte c = b[i];
            if (c == '\n' || c == '\r') break;
            if (c == separator) {
                if (n < FIRST) first[n] = i - pos;
                n++;
            } else if (c == '"') q = true;
        }
        separators = n;
        quote = q;
        return i;
    }

    /** Notes where the separators marked in {@code hits} (of the word at {@code i}) are, while fewer than FIRST are known. */
    private void keepFirst(long hits, int i, int n) {
        for (; hits != 0 && n < FIRST; hits &= hits - 1) first[n++] = i + (Long.numberOfTrailingZeros(hits) >>> 3) - pos;
    }

    /** Past the line end at {@code i} (CR, LF or CRLF). */
    private int lineEnd(int i) {
        if (buf[i] == '\n') return i + 1;
        if (i + 1 < len) return buf[i + 1] == '\n' ? i + 2 : i + 1;
        skipLf = true;
        return i + 1;
    }

    /** Moves the unread bytes to the front, grows the buffer if a line fills it, and reads more. */
    private void refill() throws IOException {
        if (pos > 0) {
            System.arraycopy(buf, pos, buf, 0, len - pos);
            len -= pos;
            pos = 0;
        }
        if (len == buf.length) buf = Arrays.copyOf(buf, (int) Math.min(2L * buf.length, maxLineBytes + 1L));
        int n = in.read(buf, len, buf.length - len);
        if (n < 0) eof = true;
        else {
            len += n;
            read += n;
        }
    }

    /** A line of more than {@link #maxLineBytes} bytes: keep its first characters, read past the rest. */
    private void cut() throws IOException {
        String kept = text.decode(buf, pos, pos + maxLineBytes);
        cutText = kept.length() > CsvTableReader.MAX_LINE_CHARS ? kept.substring(0, CsvTableReader.MAX_LINE_CHARS) : kept;
        pos = len;
        while (true) {
            int i = Bytes.indexOfEither(buf, pos, len, (byte) '\n', (byte) '\r');
            if (i < len) {
                pos = lineEnd(i);
                break;
            }
            pos = len;
            if (eof) break;
            refill();
        }
        start = end = 0;
        lineNumber++;
        lastLineCut = true;
    }

    /** A line within {@link #maxLineBytes} may still hold more characters than allowed (UTF-8 only). */
    private void checkLength() {
        if (end - start <= CsvTableReader.MAX_LINE_CHARS) return;
        String s = text.decode(buf, start, end);
        if (s.length() > CsvTableReader.MAX_LINE_CHARS) {
            cutText = s.substring(0, CsvTableReader.MAX_LINE_CHARS);
            lastLineCut = true;
        }
    }

    @Override
    long position() {
        return read;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
