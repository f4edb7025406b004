package nl.kansenkaart.io;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Collects rejected rows: every one is written to the report CSV (when a path is given), and the
 * first {@link #KEPT_IN_MEMORY} are kept for the app's report table. The CSV is UTF-8 with BOM and
 * ';' separators so Excel with Dutch settings opens it directly.
 */
public final class RejectReport implements AutoCloseable {

    public static final int KEPT_IN_MEMORY = 10_000;
    public static final String HEADER = "file;line;column;reason;original";

    private final BufferedWriter out;
    private final List<RejectedRow> kept = new ArrayList<>();
    private long count;

    /** @param reportCsv where to write, or null to keep rows in memory only */
    public RejectReport(Path reportCsv) {
        try {
            if (reportCsv == null) {
                out = null;
            } else {
                Path parent = reportCsv.toAbsolutePath().getParent();
                if (parent != null) Files.createDirectories(parent);
                out = Files.newBufferedWriter(reportCsv, StandardCharsets.UTF_8);
                out.write('\uFEFF');
                out.write(HEADER);
                out.write("\r\n");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write report " + reportCsv + ": " + e.getMessage(), e);
        }
    }

    public void reject(RejectedRow row) {
        count++;
        if (kept.size() < KEPT_IN_MEMORY) kept.add(row);
        if (out == null) return;
        try {
            out.write(csv(row.source()));
            out.write(';');
            out.write(Long.toString(row.line()));
            out.write(';');
            out.write(csv(row.column()));
            out.write(';');
            out.write(csv(row.reason()));
            out.write(';');
            out.write(csv(row.original()));
            out.write("\r\n");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write report: " + e.getMessage(), e);
        }
    }

    public long count() {
        return count;
    }

    /** The first rejected rows (all of them when fewer than {@link #KEPT_IN_MEMORY}). */
    public List<RejectedRow> rows() {
        return Collections.unmodifiableList(kept);
    }

    static String csv(String s) {
        if (s == null) return "";
        if (s.indexOf(';') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) return s;
        return '"' + s.replace("\"", "\"\"") + '"';
    }

    @Override
    public void close() {
        if (out == null) return;
        try {
            out.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write report: " + e.getMessage(), e);
        }
    }
}
