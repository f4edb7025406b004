package nl.kansenkaart.disclosure;

import java.util.Objects;

/**
 * One figure of a workshop output: the table (or diagram) it is in, its row and its column. It
 * names a cell in additive groups and in the disclosure log, never its value.
 */
public record CellRef(String table, String row, String column) {

    public CellRef {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(row, "row");
        Objects.requireNonNull(column, "column");
    }

    /** A short name for explanations: the column, or for a "value" column the last part of the row key ("basis|matched_t" → "matched_t"). */
    public String name() {
        return "value".equals(column) ? row.substring(row.lastIndexOf('|') + 1) : column;
    }

    /** The cell as an explanation names it, the table left out when the reader is already in it. */
    public String describe(String fromTable) {
        String cell = row + ("value".equals(column) ? "" : " " + column);
        return table.equals(fromTable) ? cell : table + " " + cell;
    }
}
