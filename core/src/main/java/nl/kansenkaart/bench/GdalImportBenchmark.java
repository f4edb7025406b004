package nl.kansenkaart.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import nl.kansenkaart.KansenkaartException;
import nl.kansenkaart.geo.Pc4Table;

/**
 * GDAL doing the equivalent job, the fastest way found with ogr2ogr: the PC4 centroid table
 * (already in RD New, so GDAL does not transform a million points) and the extract each loaded
 * into a GeoPackage, then one SQL join writing point features in EPSG:28992 to the output. (A
 * single ogr2ogr joining the CSV files directly is over a hundred times slower: a join on
 * virtual tables has no index.) GDAL gets its fast settings: one transaction per layer
 * ({@code -gt unlimited}, as the importer's single transaction) and a 512 MB SQLite cache; that
 * takes about a sixth off its time with the defaults on this kind of machine.
 */
final class GdalImportBenchmark {

    /** The outcome: wall seconds, or why GDAL could not be run. */
    record Outcome(double seconds, String version, String skipped) {}

    private GdalImportBenchmark() {}

    static Outcome run(Path input, String herkomstPostcode, String ontdoenerPostcode, Path work) {
        String version;
        try {
            version = output(List.of("ogr2ogr", "--version"), work).trim();
        } catch (IOException e) {
            return new Outcome(Double.NaN, null, "ogr2ogr not installed (Debian: apt-get install gdal-bin)");
        }
        try {
            work = work.toAbsolutePath();
            Path pc4 = work.resolve("pc4_rd.csv");
            writePc4(pc4);
            Path staging = work.resolve("gdal-staging.gpkg");
            Path out = work.resolve("gdal-out.gpkg");
            String layer = "lma_raw";
            // The postcode of origin, else the ontdoener's, to its four digits: the importer's rule.
            String pc = "substr(replace(coalesce(nullif(trim(l.\"" + herkomstPostcode + "\"), ''), l.\"" + ontdoenerPostcode
                    + "\"), ' ', ''), 1, 4)";
            long t0 = System.nanoTime();
            run(List.of("ogr2ogr", "-f", "GPKG", staging.toString(), pc4.toString(), "-nln", "pc4"), work);
            run(List.of("ogr2ogr", "--config", "OGR_SQLITE_CACHE", "512", "-gt", "unlimited", "-update", staging.toString(),
                    input.toAbsolutePath().toString(), "-nln", layer), work);
            run(List.of("ogr2ogr", "--config", "OGR_SQLITE_CACHE", "512", "-gt", "unlimited", "-f", "GPKG", out.toString(),
                    staging.toString(), "-nln", "lma", "-nlt", "POINT",
                    "-a_srs", "EPSG:28992", "-sql", "SELECT l.*, MakePoint(CAST(p.x AS REAL), CAST(p.y AS REAL), 28992) AS geom"
                            + " FROM " + layer + " l LEFT JOIN pc4 p ON p.postcode = " + pc), work);
            return new Outcome((System.nanoTime() - t0) / 1e9, version, null);
        } catch (IOException e) {
            throw new KansenkaartException("GDAL benchmark failed: " + e.getMessage(), e);
        }
    }

    private static void writePc4(Path file) throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("postcode,x,y\n");
            for (Pc4Table.Pc4 p : Pc4Table.get().all().values())
                w.write(String.format(Locale.ROOT, "%s,%.3f,%.3f%n", p.postcode(), p.x(), p.y()));
        }
    }

    private static void run(List<String> command, Path work) throws IOException {
        String out = output(command, work);
        if (out.contains("ERROR")) throw new IOException(String.join(" ", command.subList(0, 2)) + ": " + firstLines(out));
    }

    /** GDAL's first two lines of output on one line (a failure lists every driver it tried after them). */
    private static String firstLines(String out) {
        return String.join(" ", out.strip().lines().limit(2).toList());
    }

    /** Runs a command, returns its output; fails on a non-zero exit. */
    private static String output(List<String> command, Path work) throws IOException {
        Process p = new ProcessBuilder(new ArrayList<>(command)).directory(work.toFile()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        try {
            if (!p.waitFor(1, TimeUnit.HOURS)) {
                p.destroyForcibly();
                throw new IOException(command.get(0) + " did not finish within an hour");
            }
        } catch (InterruptedException e) {
            p.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
        if (p.exitValue() != 0)
            throw new IOException(command.get(0) + " exited with " + p.exitValue() + ": " + firstLines(out));
        return out;
    }
}
