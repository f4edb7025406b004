package nl.kansenkaart.io.lma;

/**
 * A row refused by the import policy: which column and why. Thrown on the hot path of row
 * parsing, so it carries no stack trace.
 */
final class RowRejection extends Exception {

    final String column;

    RowRejection(String column, String reason) {
        super(reason, null, false, false);
        this.column = column == null ? "" : column;
    }

    String reason() {
        return getMessage();
    }
}
