package nl.kansenkaart.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.kansenkaart.project.ProjectFile;
import nl.kansenkaart.project.Tables;
import nl.kansenkaart.testing.SharedData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportCommandTest {

    @TempDir Path dir;
    Path project;
    Path extract;

    record Run(int code, String out, String err) {}

    private static Run cli(String... args) {
        StringWriter out = new StringWriter(), err = new StringWriter();
        int code = KansenkaartCli.run(args, new PrintWriter(out), new PrintWriter(err));
        return new Run(code, out.toString(), err.toString());
    }

    @BeforeEach
    void setUp() throws Exception {
        project = dir.resolve("regio.kansenkaart");
        assertThat(cli("new", project.toString()).code()).isZero();
        Path in = Files.createDirectories(dir.resolve("ontvangen"));
        extract = in.resolve("om_messy.csv");
        try (InputStream s = getClass().getResourceAsStream("/lma/om_messy.csv")) {
            Files.copy(s, extract);
        }
    }

    @Test
    void printsExactlyOneSummaryLineAndWritesTheReportNextToTheProject() throws Exception {
        Run r = cli("import", project.toString(), "--lma", extract.toString());
        assertThat(r.code()).isZero();
        assertThat(r.out()).isEqualTo("read=17 accepted=8 rejected=9 kg=1014090.75" + System.lineSeparator());
        Path report = dir.resolve("om_messy.csv.report.csv");
        assertThat(r.err()).contains("report: " + report.toAbsolutePath()).contains("note: ");
        List<String> lines = Files.readAllLines(report, StandardCharsets.UTF_8);
        assertThat(lines.get(0)).isEqualTo("\uFEFFfile;line;column;reason;original");
        assertThat(lines).hasSize(1 + 9);
        assertThat(lines.get(1)).startsWith("om_messy.csv;6;Gewicht_KG;weight missing;");
        assertThat(Files.exists(extract.resolveSibling("om_messy.csv.report.csv"))).isFalse();
    }

    @Test
    void reimportNeedsReplaceOrAgain() {
        assertThat(cli("import", project.toString(), "--lma", extract.toString()).code()).isZero();
        Run refused = cli("import", project.toString(), "--lma", extract.toString());
        assertThat(refused.code()).isEqualTo(1);
        assertThat(refused.out()).isEmpty();
        assertThat(refused.err().strip()).startsWith("kansenkaart: error: om_messy.csv was imported before").doesNotContain("\n");

        assertThat(cli("import", project.toString(), "--lma", extract.toString(), "--again").out()).startsWith("read=17");
        try (ProjectFile p = ProjectFile.open(project)) {
            assertThat(p.count(Tables.LMA_RECORDS)).isEqualTo(16);
        }
        assertThat(cli("import", project.toString(), "--lma", extract.toString(), "--replace").code()).isZero();
        try (ProjectFile p = ProjectFile.open(project)) {
            assertThat(p.count(Tables.LMA_RECORDS)).isEqualTo(8);
        }
        assertThat(cli("import", project.toString(), "--lma", extract.toString(), "--replace", "--again").code()).isEqualTo(2);
    }

    @Test
    void notAnLmaFileIsOneLineAndLeavesNoReport() throws Exception {
        Path other = dir.resolve("adressen.csv");
        Files.writeString(other, "postcode;huisnummer;x;y\n1013AB;1;120000;489000\n");
        Path report = dir.resolve("r.csv");
        Run r = cli("import", project.toString(), "--lma", other.toString(), "--report", report.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).startsWith("kansenkaart: error: no recognisable LMA header in adressen.csv")
                .contains("expected the regional extract's ontvangstmeldingen");
        assertThat(r.err().strip().lines()).hasSize(1);
        assertThat(Files.exists(report)).isFalse();
    }

    @Test
    void companiesAndBoundariesGoThroughTheSameCommand() throws Exception {
        Path register = dir.resolve("bedrijven.csv");
        Files.writeString(register, "naam;sbi;werkzame personen;straat;huisnummer;postcode;plaats\n"
                + "Kwekerij De Kas;01.13;12;Dorpsstraat;4;1431 AB;Aalsmeer\n"
                + ";47.11;3;Dam;1;1012JS;Amsterdam\n"
                + "Bakkerij Brood;10.71;10-19;Kerkstraat;8;1017GB;Amsterdam\n");
        Run companies = cli("import", project.toString(), "--companies", register.toString());
        assertThat(companies.code()).as(companies.err()).isZero();
        assertThat(companies.out().strip()).isEqualTo("read=3 accepted=2 rejected=1");
        Run parks = cli("import", project.toString(), "--boundaries",
                SharedData.file("ibis_rijssen_holten_2017/IBIS_BEDRIJVENTERREINEN_rijssen_holten.geojson").toString());
        assertThat(parks.code()).as(parks.err()).isZero();
        assertThat(parks.out().strip()).isEqualTo("read=22 accepted=22 rejected=0");
        try (ProjectFile p = ProjectFile.open(project)) {
            assertThat(p.count(Tables.COMPANIES)).isEqualTo(2);
            assertThat(p.count(Tables.BUSINESS_PARKS)).isEqualTo(22);
        }
        assertThat(cli("import", project.toString()).code()).isEqualTo(2);
        assertThat(cli("import", project.toString(), "--lma", "a.csv", "--companies", "b.csv").code()).isEqualTo(2);
    }

    @Test
    void aMissingFileIsADataError() {
        Run r = cli("import", project.toString(), "--lma", dir.resolve("nope.csv").toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("does not exist");
    }
}
