package nl.kansenkaart.matching;

import com.opencsv.CSVReader;
import com.opencsv.CSVReaderBuilder;
import com.opencsv.CSVWriter;
import com.opencsv.ICSVWriter;
import com.opencsv.RFC4180ParserBuilder;
import com.opencsv.exceptions.CsvValidationException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.kansenkaart.KansenkaartException;
import nl.kansenkaart.io.tabular.TextEncoding;

/**
 * A small editable table (rules, transport classes) as CSV with exact line numbers for errors.
 * Reads what analysts produce: ',' or ';' (Dutch Excel) or TAB, UTF-8 or Windows-1252, a BOM, '#'
 * comment lines before the header. Writes ',' separated UTF-8, which QGIS and the shipped defaults use.
 */
final class CsvTable {

    /** One data row with its first physical line in the file. */
    record Row(long line, String[] values) {}

    private final String sourceName;
    private final Map<String, Integer> columns;
    private final List<Row> rows;

    private CsvTable(String sourceName, Map<String, Integer> columns, List<Row> rows) {
        this.sourceName = sourceName;
        this.columns = columns;
        this.rows = rows;
    }

    static CsvTable read(Path file) {
        try {
            TextEncoding.Detected enc = TextEncoding.detect(file);
            byte[] bytes = Files.readAllBytes(file);
            String text = new String(bytes, enc.bomLength(), bytes.length - enc.bomLength(), enc.charset());
            return parse(text, file.getFileName().toString());
        } catch (IOException e) {
            throw new KansenkaartException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /** A table shipped in the jar; a defect there is a broken build, not a user error. */
    static CsvTable resource(String path) {
        try (InputStream in = CsvTable.class.getResourceAsStream(path)) {
            if (in == null) throw new IllegalStateException("missing resource " + path + " (broken build?)");
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), path.substring(path.lastIndexOf('/') + 1));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read resource " + path, e);
        }
    }

    static CsvTable parse(String text, String sourceName) {
        if (text.startsWith("\uFEFF")) text = text.substring(1);
        BufferedReader lines = new BufferedReader(new StringReader(text));
        int skipped = 0;
        String header;
        try {
            while ((header = lines.readLine()) != null && (header.isBlank() || header.startsWith("#"))) skipped++;
            if (header == null) throw new KansenkaartException(sourceName + " is empty: no header line");
            char sep = separator(header);
            List<Row> rows = new ArrayList<>();
            Map<String, Integer> cols = new HashMap<>();
            BufferedReader rest = new BufferedReader(new StringReader(text));
            for (int i = 0; i < skipped; i++) rest.readLine();
            try (CSVReader csv = reader(rest, sep)) {
                String[] head = csv.readNext();
                for (int i = 0; i < head.length; i++) cols.putIfAbsent(head[i].trim().toLowerCase(Locale.ROOT), i);
                long before = csv.getLinesRead();
                String[] values;
                while ((values = csv.readNext()) != null) {
                    long first = before + 1;
                    before = csv.getLinesRead();
                    if (values.length == 1 && values[0].isBlank()) continue;
                    rows.add(new Row(skipped + first, values));
                }
            }
            return new CsvTable(sourceName, cols, Collections.unmodifiableList(rows));
        } catch (IOException | CsvValidationException e) {
            throw new KansenkaartException(sourceName + ": not a readable CSV table: " + e.getMessage(), e);
        }
    }

    private static CSVReader reader(Reader r, char sep) {
        return new CSVReaderBuilder(r)
                .withCSVParser(new RFC4180ParserBuilder().withSeparator(sep).build()).build();
    }

    private static char separator(String header) {
        int semi = 0, comma = 0, tab = 0;
        for (char c : header.toCharArray()) {
            if (c == ';') semi++;
            else if (c == ',') comma++;
            else if (c == '\t') tab++;
        }
        if (tab > semi && tab > comma) return '\t';
        return semi > comma ? ';' : ',';
    }

    String sourceName() {
        return sourceName;
    }

    List<Row> rows() {
        return rows;
    }

    /** Fails with a one-line message naming the missing columns. */
    void require(List<String> names) {
        List<String> missing = names.stream().filter(n -> !columns.containsKey(n)).toList();
        if (!missing.isEmpty())
            throw new KansenkaartException(sourceName + ": missing column(s) " + String.join(", ", missing)
                    + "; expected " + String.join(",", names));
    }

    /** The trimmed cell, "" when the row is short. */
    String get(Row row, String column) {
        Integer i = columns.get(column);
        return i == null || i >= row.values().length ? "" : row.values()[i].trim();
    }

    /** A number cell; accepts a decimal comma as Dutch Excel writes it. Null when blank. */
    static Double number(String cell) {
        if (cell.isBlank()) return null;
        return Double.parseDouble(cell.replace(',', '.'));
    }

    static boolean bool(String cell) {
        return switch (cell.toLowerCase(Locale.ROOT)) {
            case "true", "yes", "ja", "1", "y", "j" -> true;
            case "false", "no", "nee", "0", "n", "" -> false;
            default -> throw new IllegalArgumentException("'" + cell + "' is not true/false (or ja/nee)");
        };
    }

    /** Writes a header and rows as ',' separated CSV with RFC 4180 quoting. */
    static void write(Writer out, List<String> header, List<String[]> rows) throws IOException {
        try (ICSVWriter w = new CSVWriter(out, ',', CSVWriter.DEFAULT_QUOTE_CHARACTER, '"', "\n")) {
            w.writeNext(header.toArray(String[]::new), false);
            for (String[] r : rows) w.writeNext(r, false);
        }
    }
}
