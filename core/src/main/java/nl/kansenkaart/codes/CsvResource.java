package nl.kansenkaart.codes;

import com.opencsv.CSVReader;
import com.opencsv.CSVReaderBuilder;
import com.opencsv.RFC4180ParserBuilder;
import com.opencsv.exceptions.CsvValidationException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a comma-separated table shipped as a class-path resource into rows keyed by header.
 * Lines starting with '#' before the header are comments (attribution, rationale).
 */
public final class CsvResource {

    private CsvResource() {}

    public static List<Map<String, String>> read(String resource) {
        InputStream in = CsvResource.class.getResourceAsStream(resource);
        if (in == null) throw new IllegalStateException("missing resource " + resource + " (broken build?)");
        try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            return read(r, ',');
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read resource " + resource, e);
        }
    }

    /** Reads a table from any reader; used for shipped resources and for analyst-edited copies. */
    public static List<Map<String, String>> read(Reader reader, char separator) throws IOException {
        try (CSVReader csv = new CSVReaderBuilder(reader)
                .withCSVParser(new RFC4180ParserBuilder().withSeparator(separator).build())
                .build()) {
            String[] header = null;
            List<Map<String, String>> rows = new ArrayList<>();
            String[] line;
            while ((line = csv.readNext()) != null) {
                if (header == null) {
                    if (line.length == 0 || line[0].startsWith("#") || (line.length == 1 && line[0].isBlank())) continue;
                    header = line;
                    if (header[0].startsWith("\uFEFF")) header[0] = header[0].substring(1);
                    continue;
                }
                if (line.length == 1 && line[0].isBlank()) continue;
                Map<String, String> row = new HashMap<>();
                for (int i = 0; i < header.length; i++) row.put(header[i].trim(), i < line.length ? line[i] : "");
                rows.add(row);
            }
            return rows;
        } catch (CsvValidationException e) {
            throw new IOException(e.getMessage(), e);
        }
    }
}
