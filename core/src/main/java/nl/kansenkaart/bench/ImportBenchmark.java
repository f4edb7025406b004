package nl.kansenkaart.bench;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import nl.kansenkaart.KansenkaartException;
import nl.kansenkaart.io.tabular.CsvTableReader;
import nl.kansenkaart.io.tabular.Tables;
import nl.kansenkaart.io.tabular.TextEncoding;

/**
 * {@code bench import}: imports a regional LMA extract into a new project in a child JVM with a
 * fixed maximum heap (the streaming bound is then proven, not assumed), then lets GDAL do the
 * equivalent job on the same file, and prints rows/s, peak heap and the ratio.
 */
public final class ImportBenchmark {

    /** The figures of one run. */
    public record Figures(long rows, double seconds, double cpuSeconds, long peakHeapBytes, long maxHeapBytes,
                          String summary, GdalImportBenchmark.Outcome gdal) {
        public double rowsPerSecond() {
            return rows / seconds;
        }

        /** How many times faster than GDAL, or NaN without a GDAL run. */
        public double ratio() {
            return gdal == null || gdal.skipped() != null ? Double.NaN : gdal.seconds() / seconds;
        }
    }

    private static final Set<String> ORIGIN_POSTCODE = Set.of("herkomstpostcode", "locatieherkomstpostcode");
    private static final Set<String> ONTDOENER_POSTCODE = Set.of("ontdoenerpostcode");

    private ImportBenchmark() {}

    /**
     * @param input  a regional extract (CSV, ontvangstmeldingen layout)
     * @param rows   import only the first rows of the input (0 = all)
     * @param heapMb the child JVM's -Xmx
     */
    public static Figures run(Path input, long rows, int heapMb, boolean withGdal, PrintWriter out) {
        if (!Files.isRegularFile(input)) throw new KansenkaartException("benchmark input " + input + " does not exist");
        if (Tables.isWorkbook(input)) throw new KansenkaartException("bench import needs a CSV extract (GDAL reads CSV), not " + input.getFileName());
        Path work;
        try {
            work = Files.createTempDirectory("kansenkaart-bench");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            Path file = rows > 0 ? firstRows(input, rows, work) : input;
            String[] header = header(file);
            String origin = column(header, ORIGIN_POSTCODE, file);
            String ontdoener = column(header, ONTDOENER_POSTCODE, file);
            out.printf(Locale.ROOT, "input        %s (%,.1f MB)%n", file, Files.size(file) / 1e6);
            printLoad(out, "load before ");
            out.flush();
            String result = child(file, work, heapMb);
            Figures f = parse(result, null);
            out.printf(Locale.ROOT, "kansenkaart  %s%n", f.summary());
            out.printf(Locale.ROOT, "kansenkaart  %.2f s  %,.0f rows/s  peak heap %,.0f MB (child JVM -Xmx%dm)  CPU %.2f s%n",
                    f.seconds(), f.rowsPerSecond(), f.peakHeapBytes() / 1048576.0, heapMb, f.cpuSeconds());
            out.flush();
            GdalImportBenchmark.Outcome gdal = null;
            if (withGdal) {
                gdal = GdalImportBenchmark.run(file, origin, ontdoener, work);
                if (gdal.skipped() != null) {
                    out.println("gdal         skipped: " + gdal.skipped());
                } else {
                    out.printf(Locale.ROOT, "gdal         %.2f s  %,.0f rows/s  (%s: CSV -> GeoPackage, join to PC4 centroids,"
                            + " points EPSG:28992)%n", gdal.seconds(), f.rows() / gdal.seconds(), gdal.version());
                }
            }
            f = parse(result, gdal);
            if (!Double.isNaN(f.ratio()))
                out.printf(Locale.ROOT, "ratio        %.1fx faster than GDAL (target 8x)%n", f.ratio());
            printLoad(out, "load after  ");
            out.flush();
            return f;
        } catch (IOException e) {
            throw new KansenkaartException("benchmark failed: " + e.getMessage(), e);
        } finally {
            deleteQuietly(work);
        }
    }

    /** Runs {@link ImportBenchWorker} in a JVM of its own and returns its result line. */
    private static String child(Path input, Path work, int heapMb) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> cmd = List.of(java, "-Xmx" + heapMb + "m", "-cp", System.getProperty("java.class.path"),
                ImportBenchWorker.class.getName(), input.toAbsolutePath().toString(),
                work.resolve("bench.kansenkaart").toString(), work.resolve("bench.report.csv").toString());
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        List<String> lines = new ArrayList<>();
        try (BufferedReader r = p.inputReader(StandardCharsets.UTF_8)) {
            for (String l; (l = r.readLine()) != null; ) lines.add(l);
        }
        try {
            if (!p.waitFor(1, TimeUnit.HOURS)) p.destroyForcibly();
        } catch (InterruptedException e) {
            p.destroyForcibly();
            Thread.currentThread().interrupt();
        }
        String result = lines.stream().filter(l -> l.startsWith(ImportBenchWorker.PREFIX)).findFirst().orElse(null);
        if (p.exitValue() != 0 || result == null) {
            boolean oom = lines.stream().anyMatch(l -> l.contains("OutOfMemoryError"));
            throw new KansenkaartException(oom ? "the import did not fit in a " + heapMb + " MB heap"
                    : "the benchmark import failed: " + String.join(" / ", lines.subList(Math.max(0, lines.size() - 3), lines.size())));
        }
        return result.substring(ImportBenchWorker.PREFIX.length());
    }

    private static Figures parse(String result, GdalImportBenchmark.Outcome gdal) {
        String summary = result.substring(result.indexOf("summary=") + "summary=".length());
        return new Figures(Long.parseLong(value(result, "rows")), Double.parseDouble(value(result, "seconds")),
                Double.parseDouble(value(result, "cpu")), Long.parseLong(value(result, "peakHeap")),
                Long.parseLong(value(result, "maxHeap")), summary, gdal);
    }

    private static String value(String line, String key) {
        int a = line.indexOf(key + "=") + key.length() + 1;
        int b = line.indexOf(' ', a);
        return line.substring(a, b < 0 ? line.length() : b);
    }

    /** The header and the first {@code rows} lines of a CSV, bytes as they are. */
    private static Path firstRows(Path input, long rows, Path work) throws IOException {
        Path cut = work.resolve("first-" + rows + "-" + input.getFileName());
        var enc = TextEncoding.detect(input);
        try (BufferedReader r = Files.newBufferedReader(input, enc.charset());
             BufferedWriter w = Files.newBufferedWriter(cut, enc.charset())) {
            String line;
            for (long n = 0; n <= rows && (line = r.readLine()) != null; n++) {
                w.write(line);
                w.write("\r\n");
            }
        }
        return cut;
    }

    private static String[] header(Path csv) throws IOException {
        try (CsvTableReader r = CsvTableReader.open(csv)) {
            return r.header();
        }
    }

    private static String column(String[] header, Set<String> keys, Path file) {
        for (String h : header) if (keys.contains(Tables.headerKey(h))) return h;
        throw new KansenkaartException(file.getFileName() + " is not a regional extract: no column " + keys.iterator().next());
    }

    private static void printLoad(PrintWriter out, String label) {
        Path loadavg = Path.of("/proc/loadavg");
        try {
            if (Files.isReadable(loadavg)) {
                String[] f = Files.readString(loadavg).split(" ");
                out.printf(Locale.ROOT, "%s %s %s %s (1/5/15-min load average; %d cores)%n", label, f[0], f[1], f[2],
                        Runtime.getRuntime().availableProcessors());
            }
        } catch (IOException e) {
            // the load average is context only
        }
    }

    private static void deleteQuietly(Path dir) {
        try (Stream<Path> s = Files.walk(dir)) {
            s.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    // leftovers in the temp folder do no harm
                }
            });
        } catch (IOException e) {
            // as above
        }
    }
}
