package nl.kansenkaart.io.tabular;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Opens the tables in a file: one for a CSV, one per sheet for an XLSX workbook. */
public final class Tables {

    private Tables() {}

    /** A table inside a file: a CSV file, or a named sheet of a workbook. */
    public record TableRef(Path file, String sheet) {
        public TableReader open() throws IOException {
            return sheet == null ? CsvTableReader.open(file) : XlsxTableReader.open(file, sheet);
        }

        public String displayName() {
            return sheet == null ? file.getFileName().toString() : file.getFileName() + " [" + sheet + "]";
        }
    }

    public static boolean isWorkbook(Path file) {
        String n = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return n.endsWith(".xlsx") || n.endsWith(".xlsm");
    }

    public static List<TableRef> list(Path file) throws IOException {
        List<TableRef> out = new ArrayList<>();
        if (isWorkbook(file)) {
            for (String s : XlsxTableReader.sheetNames(file)) out.add(new TableRef(file, s));
        } else {
            out.add(new TableRef(file, null));
        }
        return out;
    }

    /** Header cell normalised for matching: lower case, no spaces, underscores or punctuation. */
    public static String headerKey(String cell) {
        StringBuilder sb = new StringBuilder(cell.length());
        for (char c : cell.toLowerCase(Locale.ROOT).toCharArray())
            if (Character.isLetterOrDigit(c)) sb.append(c);
        return sb.toString();
    }
}
