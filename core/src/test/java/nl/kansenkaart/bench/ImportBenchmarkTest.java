package nl.kansenkaart.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.kansenkaart.KansenkaartException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The benchmark's plumbing on a tiny file (the figures themselves are measured by hand, not asserted). */
class ImportBenchmarkTest {

    @TempDir Path dir;

    private Path extract() throws Exception {
        Path f = dir.resolve("om_messy.csv");
        try (InputStream in = getClass().getResourceAsStream("/lma/om_messy.csv")) {
            Files.copy(in, f);
        }
        return f;
    }

    private static boolean gdalInstalled() {
        try {
            return new ProcessBuilder("ogr2ogr", "--version").start().waitFor() == 0;
        } catch (Exception e) {
            return false;
        }
    }

    @Test
    void importsInAChildJvmWithTheHeapBoundAndComparesWithGdal() throws Exception {
        StringWriter out = new StringWriter();
        boolean gdal = gdalInstalled();
        ImportBenchmark.Figures f = ImportBenchmark.run(extract(), 0, 128, gdal, new PrintWriter(out));
        assertThat(f.summary()).isEqualTo("read=17 accepted=8 rejected=9 kg=1014090.75");
        assertThat(f.rows()).isEqualTo(17);
        assertThat(f.maxHeapBytes()).isLessThanOrEqualTo(128L << 20);
        assertThat(f.peakHeapBytes()).isPositive().isLessThanOrEqualTo(f.maxHeapBytes());
        assertThat(out.toString()).contains("rows/s").contains("peak heap").contains("-Xmx128m");
        if (gdal) {
            assertThat(f.gdal().skipped()).isNull();
            assertThat(f.ratio()).isPositive();
            assertThat(out.toString()).contains("ratio");
        }
    }

    @Test
    void rowsCutsTheInputAndWorkbooksAreRefused() throws Exception {
        ImportBenchmark.Figures f = ImportBenchmark.run(extract(), 4, 128, false, new PrintWriter(new StringWriter()));
        // Lines 2-5: 1234.5 + 500 + 12345 + 0.5 kg.
        assertThat(f.summary()).isEqualTo("read=4 accepted=4 rejected=0 kg=14080");
        Path xlsx = dir.resolve("x.xlsx");
        Files.write(xlsx, new byte[] {1});
        assertThatThrownBy(() -> ImportBenchmark.run(xlsx, 0, 128, false, new PrintWriter(new StringWriter())))
                .isInstanceOf(KansenkaartException.class).hasMessageContaining("needs a CSV");
    }
}
