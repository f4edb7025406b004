package nl.kansenkaart.matching;

import nl.kansenkaart.KansenkaartException;

/** Collects row errors of an imported table and reports them as one line: how many, and the first. */
final class TableErrors {

    private final String source;
    private int count;
    private String first;

    TableErrors(String source) {
        this.source = source;
    }

    void add(long line, String column, String message) {
        if (count++ == 0) first = "line " + line + (column == null ? "" : ", column " + column) + ": " + message;
    }

    /** Throws when any row was bad; nothing of the table is used then. */
    void throwIfAny() {
        if (count == 0) return;
        throw new KansenkaartException(source + ": " + count + " bad row" + (count == 1 ? "" : "s")
                + ", nothing imported; first: " + first);
    }
}
