package nl.kansenkaart.io.tabular;

import java.util.BitSet;

/**
 * One data row of a table.
 *
 * @param line     first physical line of the row in a CSV file (the header is line 1), or the
 *                 1-based row number in a sheet
 * @param values   the cells as text (never null; missing cells are "")
 * @param numeric  cells that were typed numbers in a workbook (their text uses '.' as decimal
 *                 point, whatever the locale); null for CSV, where everything is text
 * @param problem  a structural defect (unterminated quote, oversized field); the row should be
 *                 rejected with this reason
 */
public record TableRow(long line, String[] values, BitSet numeric, String problem) {

    public String get(int column) {
        return column >= 0 && column < values.length ? values[column] : "";
    }

    public boolean isNumericCell(int column) {
        return numeric != null && numeric.get(column);
    }

    public boolean isBlank() {
        for (String v : values) if (v != null && !v.isBlank()) return false;
        return true;
    }
}
