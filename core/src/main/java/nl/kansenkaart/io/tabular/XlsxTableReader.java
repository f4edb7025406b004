package nl.kansenkaart.io.tabular;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;

/**
 * One sheet of an XLSX workbook as a table, streamed (fastexcel-reader parses the sheet XML
 * lazily, so a million-row sheet does not sit in memory). Numbers keep Excel's raw text with a
 * '.' decimal point and are flagged as numeric so value parsers do not mistake "12.345" for a
 * Dutch thousands separator.
 */
public final class XlsxTableReader implements TableReader {

    private final ReadableWorkbook workbook;
    private final Stream<Row> rows;
    private final Iterator<Row> it;
    private final String sourceName;
    private final String[] header;

    private XlsxTableReader(ReadableWorkbook workbook, Stream<Row> rows, Iterator<Row> it, String sourceName, String[] header) {
        this.workbook = workbook;
        this.rows = rows;
        this.it = it;
        this.sourceName = sourceName;
        this.header = header;
    }

    /** Names of the sheets of a workbook, in order. */
    public static List<String> sheetNames(Path file) throws IOException {
        if (!Files.isRegularFile(file)) throw new IOException(file + " does not exist");
        try (ReadableWorkbook wb = new ReadableWorkbook(file.toFile())) {
            List<String> names = new ArrayList<>();
            wb.getSheets().forEach(s -> names.add(s.getName()));
            return names;
        } catch (IOException | RuntimeException e) {
            throw notAWorkbook(file, e);
        }
    }

    /** Opens one sheet; its first non-blank row is the header. An empty sheet has an empty header. */
    public static XlsxTableReader open(Path file, String sheetName) throws IOException {
        if (!Files.isRegularFile(file)) throw new IOException(file + " does not exist");
        ReadableWorkbook wb;
        try {
            wb = new ReadableWorkbook(file.toFile());
        } catch (IOException | RuntimeException e) {
            throw notAWorkbook(file, e);
        }
        try {
            Sheet sheet = wb.findSheet(sheetName).orElseThrow(() -> new IOException("no sheet '" + sheetName + "' in " + file.getFileName()));
            Stream<Row> rows = sheet.openStream();
            Iterator<Row> it = rows.iterator();
            String[] header = new String[0];
            while (it.hasNext()) {
                TableRow r = convert(it.next());
                if (!r.isBlank()) {
                    header = java.util.Arrays.stream(r.values()).map(v -> v.trim().replace("\uFEFF", "")).toArray(String[]::new);
                    break;
                }
            }
            return new XlsxTableReader(wb, rows, it, file.getFileName() + " [" + sheetName + "]", header);
        } catch (IOException | RuntimeException e) {
            wb.close();
            throw e instanceof IOException io ? io : new IOException(file.getFileName() + ": " + e.getMessage(), e);
        }
    }

    /** One line without the absolute path (fastexcel's messages carry it): the file name says enough. */
    private static IOException notAWorkbook(Path file, Exception e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        m = m.replace(file.toAbsolutePath().toString(), file.getFileName().toString()).replace('\n', ' ');
        if (m.contains("Zip")) m = "not a zip archive, or a damaged one";
        return new IOException(file.getFileName() + " is not a readable XLSX workbook (" + m + ")", e);
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
    public TableRow next() throws IOException {
        try {
            while (it.hasNext()) {
                TableRow r = convert(it.next());
                if (!r.isBlank()) return r;
            }
            return null;
        } catch (RuntimeException e) {
            throw new IOException(sourceName + ": broken sheet XML: " + e.getMessage(), e);
        }
    }

    private static TableRow convert(Row row) {
        int n = 0;
        for (Cell c : row) if (c != null) n = Math.max(n, c.getColumnIndex() + 1);
        String[] values = new String[n];
        java.util.Arrays.fill(values, "");
        BitSet numeric = new BitSet(n);
        for (Cell c : row) {
            if (c == null) continue;
            int i = c.getColumnIndex();
            CellType t = c.getType();
            if (t == CellType.NUMBER) {
                values[i] = c.getRawValue();
                numeric.set(i);
            } else if (t == CellType.EMPTY) {
                values[i] = "";
            } else {
                String text = c.getText();
                values[i] = text == null ? "" : text;
            }
        }
        return new TableRow(row.getRowNum(), values, numeric, null);
    }

    @Override
    public void close() throws IOException {
        try {
            rows.close();
        } finally {
            workbook.close();
        }
    }
}
