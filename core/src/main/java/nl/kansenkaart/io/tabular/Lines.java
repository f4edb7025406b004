package nl.kansenkaart.io.tabular;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.List;

/**
 * The physical lines of a text file (split on CR, LF or CRLF) with their numbers, push-back for
 * recovering from a broken record, and a cap on how much of one line is kept.
 */
abstract class Lines implements AutoCloseable {

    /** Number of the line last returned (the first line is 1). */
    long lineNumber;
    /** Whether the line last returned was longer than {@link CsvTableReader#MAX_LINE_CHARS} (and cut there). */
    boolean lastLineCut;
    private final ArrayDeque<String> pushedBack = new ArrayDeque<>();

    /** Gives back lines read ahead: they are returned again, in order, by the next calls. */
    void pushBack(List<String> lines) {
        for (int k = lines.size() - 1; k >= 0; k--) pushedBack.push(lines.get(k));
        lineNumber -= lines.size();
    }

    boolean hasPushedBack() {
        return !pushedBack.isEmpty();
    }

    /** The next line, or null at the end of the file. */
    final String readLine() throws IOException {
        lastLineCut = false;
        if (!pushedBack.isEmpty()) {
            lineNumber++;
            return pushedBack.pop();
        }
        return nextLine();
    }

    /** The next line from the file itself; counts it and sets {@link #lastLineCut}. */
    abstract String nextLine() throws IOException;

    /** Bytes of the file read so far, for progress. */
    abstract long position();

    @Override
    public abstract void close() throws IOException;
}
