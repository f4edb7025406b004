package nl.kansenkaart.io.tabular;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;

/** Lines decoded by a {@link Reader}: for encodings whose lines cannot be split on bytes (UTF-16). */
final class CharLines extends Lines {

    private final Reader reader;
    private final CountingInputStream counted;
    private final char[] buf = new char[1 << 16];
    private int pos, len;
    private final StringBuilder sb = new StringBuilder(256);

    CharLines(Reader reader, CountingInputStream counted) {
        this.reader = reader;
        this.counted = counted;
    }

    @Override
    String nextLine() throws IOException {
        sb.setLength(0);
        long length = 0;
        while (true) {
            if (pos >= len) {
                len = reader.read(buf, 0, buf.length);
                pos = 0;
                if (len <= 0) {
                    len = 0;
                    if (length == 0) return null;
                    lineNumber++;
                    return sb.toString();
                }
            }
            int start = pos;
            while (pos < len) {
                char c = buf[pos];
                if (c == '\n' || c == '\r') {
                    String line;
                    if (length == 0) {
                        line = new String(buf, start, pos - start); // the usual case: one copy
                    } else {
                        append(start, pos - start, length);
                        line = sb.toString();
                    }
                    pos++;
                    if (c == '\r') {
                        if (pos >= len) {
                            len = reader.read(buf, 0, buf.length);
                            pos = 0;
                            if (len < 0) len = 0;
                        }
                        if (pos < len && buf[pos] == '\n') pos++;
                    }
                    lineNumber++;
                    return line;
                }
                pos++;
            }
            append(start, pos - start, length);
            length += pos - start;
        }
    }

    /** Keeps at most {@link CsvTableReader#MAX_LINE_CHARS} of a line; the rest is read past, not stored. */
    private void append(int start, int count, long lengthSoFar) {
        long room = CsvTableReader.MAX_LINE_CHARS - lengthSoFar;
        if (room <= 0) {
            lastLineCut = true;
            return;
        }
        if (count > room) {
            lastLineCut = true;
            count = (int) room;
        }
        sb.append(buf, start, count);
    }

    @Override
    long position() {
        return counted.count;
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }

    /** Counts bytes read, for progress. */
    static final class CountingInputStream extends FilterInputStream {
        long count;

        CountingInputStream(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) count++;
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) count += n;
            return n;
        }
    }
}
