package nl.kansenkaart.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GenerateSampleCommandTest {

    @TempDir Path tmp;

    private final StringWriter out = new StringWriter(), err = new StringWriter();

    private int run(String... args) {
        return KansenkaartCli.run(args, new PrintWriter(out), new PrintWriter(err));
    }

    @Test
    void writesTheThreeFilesAndPrintsTheExpectedImport() {
        assertThat(run("generate-sample", "--size", "120", "--seed", "3", "--out", tmp.resolve("s").toString())).isEqualTo(0);
        assertThat(tmp.resolve("s/companies_synthetic.csv")).exists();
        assertThat(tmp.resolve("s/README.md")).exists();
        assertThat(out.toString()).contains("lma_extract_synthetic.csv (120 rows)").containsPattern("read=120 accepted=\\d+ rejected=\\d+ kg=");
    }

    @Test
    void badSizeIsADataErrorAndAMissingOutIsAUsageError() throws Exception {
        assertThat(run("generate-sample", "--size", "0", "--out", tmp.toString())).isEqualTo(1);
        assertThat(err.toString()).contains("at least 1 row");
        assertThat(run("generate-sample", "--size", "10")).isEqualTo(2);
        assertThat(Files.list(tmp)).isEmpty();
    }
}
