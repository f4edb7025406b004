package nl.kansenkaart.io.tabular;

import java.io.IOException;

/** A stream of rows under a header. Blank rows are skipped: they are not rows of the table. */
public interface TableReader extends AutoCloseable {

    /** Name for reports: the file name, plus the sheet name for workbooks. */
    String sourceName();

    /** The header cells as written (trimmed, BOM removed). */
    String[] header();

    /** The next non-blank row, or null at the end. */
    TableRow next() throws IOException;

    /** Bytes consumed so far and in total, for progress bars; total is -1 when unknown. */
    default long position() {
        return -1;
    }

    default long size() {
        return -1;
    }

    @Override
    void close() throws IOException;
}
