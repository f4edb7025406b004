package nl.kansenkaart.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.kansenkaart.cli.KansenkaartCli;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The step 3 commands end to end on the Kassen en Zaden fixture. */
class MatchCliTest {

    @TempDir static Path dir;
    static Path file;

    record Result(int code, String out, String err) {}

    static Result cli(String... args) {
        StringWriter out = new StringWriter(), err = new StringWriter();
        int code = KansenkaartCli.run(args, new PrintWriter(out), new PrintWriter(err));
        return new Result(code, out.toString(), err.toString());
    }

    @BeforeAll
    static void project() {
        file = dir.resolve("kassen.kansenkaart");
        KassenEnZadenFixture.create(file).close();
    }

    @Test
    void matchPrintsAreaAndChainMatchesWithExplanationsAndDecideRejectsOne() {
        Result r = cli("match", file.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("scenario basis: supplies=", "Area-based matches (both ends in Noord-Holland)",
                "Chain-based matches (leaving the region)", "Rule struvite_fertiliser: Struvite to Fertiliser at R8 Recycle",
                "Rule co2_greenhouse", "Rule residual_heat_greenhouse", "Rule plant_residue_fibre", "Unmatched supply", "Unmet demand",
                "Take and bring", "Indicators (scenario basis)", "transport CO2");
        Matcher m = Pattern.compile("(M[0-9a-f]{10})  score +\\d+  NL11014 Rwzi Amsterdam-West -> KAS-AALSMEER").matcher(r.out());
        assertThat(m.find()).isTrue();
        String id = m.group(1);

        Result d = cli("decide", file.toString(), id.toUpperCase(), "reject", "--note", "teelt op substraat");
        assertThat(d.code()).as(d.err()).isZero();
        assertThat(d.out()).startsWith("rejected " + id + " (NL11014|resource:struvite -> KAS-AALSMEER|resource:fertiliser)");
        assertThat(cli("decide", file.toString()).out()).contains(id + "  reject", "(teelt op substraat)");
        assertThat(cli("match", file.toString(), "--view", "area").out()).doesNotContain(id);
        assertThat(cli("decide", file.toString(), id, "clear").out()).startsWith("cleared");

        Result bad = cli("decide", file.toString(), "M0000000000", "pin");
        assertThat(bad.code()).isEqualTo(KansenkaartCli.EXIT_DATA_ERROR);
        assertThat(bad.err()).startsWith("kansenkaart: error: no match with id 'M0000000000'").doesNotContain("\n\tat ");
        assertThat(cli("decide", file.toString(), id, "maybe").err()).contains("'maybe' is not a decision");
    }

    @Test
    void scenariosAreSavedAndComparedFromTheCommandLine() {
        Result s = cli("scenario", file.toString(), "save", "lange ritten", "--set", "haul_factor=2", "--set", "detour_factor=1.4",
                "--description", "twice the haul distance");
        assertThat(s.code()).as(s.err()).isZero();
        assertThat(s.out()).isEqualTo("saved scenario lange ritten: detour_factor=1.4, haul_factor=2\n");
        assertThat(cli("scenario", file.toString(), "list").out()).contains("basis", "lange ritten  - twice the haul distance");
        Result c = cli("scenario", file.toString(), "compare", "basis", "lange ritten", "--run");
        assertThat(c.code()).as(c.err()).isZero();
        assertThat(c.out()).contains("basis", "lange ritten", "matched (t/yr)", "transport CO2 (t/yr)");
        Result unknown = cli("scenario", file.toString(), "save", "x", "--set", "speed=3");
        assertThat(unknown.code()).isEqualTo(1);
        assertThat(unknown.err()).contains("unknown setting 'speed'; known: detour_factor");
        Result range = cli("scenario", file.toString(), "save", "x", "--set", "detour_factor=0.5");
        assertThat(range.err()).contains("setting detour_factor = 0.5 is out of range");
        assertThat(cli("match", file.toString(), "--scenario", "nope").err()).contains("no scenario 'nope'; known: basis");
    }

    @Test
    void rulesAreExportedEditedAndImported() throws Exception {
        Path csv = dir.resolve("rules.csv");
        Result e = cli("rules", file.toString(), "export", csv.toString());
        assertThat(e.code()).as(e.err()).isZero();
        String text = Files.readString(csv);
        assertThat(text).startsWith("rule_id,supply,demand,r_level,hazardous_allowed,lma_method,substitution,quality_note,rationale\n");
        // The analyst drops energy recovery of wood and adds a rule; a bad edit is refused as a whole.
        Files.writeString(csv, text.replaceAll("(?m)^wood_fuel,.*\\n", "")
                + "gft_compost,eural:200108,resource:compost,R8,false,E03,0.4,Keurcompost,GFT wordt compost\n");
        Result i = cli("rules", file.toString(), "import", csv.toString());
        assertThat(i.code()).as(i.err()).isZero();
        assertThat(cli("rules", file.toString(), "list").out()).contains("gft_compost").doesNotContain("wood_fuel");
        Path bad = dir.resolve("bad.csv");
        Files.writeString(bad, text + "oops,eural:17*,resource:aggregate,R12,false,,1,,\n");
        Result b = cli("rules", file.toString(), "import", bad.toString());
        assertThat(b.code()).isEqualTo(1);
        assertThat(b.err()).contains("bad.csv: 1 bad row, nothing imported; first: line", "column r_level");
        assertThat(cli("rules", file.toString(), "list").out()).contains("gft_compost");
        assertThat(cli("rules", file.toString(), "reset").out()).startsWith("reset to the ");
        assertThat(cli("rules", file.toString(), "list").out()).contains("wood_fuel").doesNotContain("gft_compost");

        Path classes = dir.resolve("classes.csv");
        assertThat(cli("rules", file.toString(), "export", classes.toString(), "--transport").code()).isZero();
        assertThat(Files.readString(classes)).contains("residual_heat,resource:residual_heat,GJ,LOCAL,30,10,0.3,DISPOSAL,");
        assertThat(cli("rules", file.toString(), "export", classes.toString(), "--transport").err()).contains("already exists");
        assertThat(cli("rules", file.toString(), "list", "--transport").out()).contains("struvite", "national");
    }
}
