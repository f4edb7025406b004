package nl.kansenkaart.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import nl.kansenkaart.disclosure.DisclosurePolicy;
import nl.kansenkaart.disclosure.SuppressionLog;
import nl.kansenkaart.matching.KassenEnZadenFixture;
import nl.kansenkaart.matching.ScenarioStore;
import nl.kansenkaart.matching.Step3;
import nl.kansenkaart.project.ProjectFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Step 3 in the workshop package: the matched flows as diagrams under disclosure control, texts in the package's language. */
class WorkshopStep3ExportTest {

    @TempDir Path dir;

    @Test
    void theMatchedFlowsAreDrawnWithTheOneCompanyBandsWithheldAndTheTablesSpeakThePackagesLanguage() throws Exception {
        Path nl = dir.resolve("nl"), en = dir.resolve("en");
        WorkshopExport.Result r;
        try (ProjectFile p = KassenEnZadenFixture.create(dir.resolve("k.kansenkaart"))) {
            Step3.run(p, ScenarioStore.BASE);
            r = new WorkshopExport(p, DisclosurePolicy.DEFAULT).write(nl, EnumSet.of(WorkshopExport.Format.CSV, WorkshopExport.Format.SVG,
                    WorkshopExport.Format.PDF), 1000, 600, false);
            new WorkshopExport(p, DisclosurePolicy.DEFAULT).write(en, EnumSet.of(WorkshopExport.Format.CSV), 1000, 600, true);
        }
        for (String f : new String[] {"sankey-matches-basis.svg", "sankey-matches-basis.pdf", "sankey-matches-basis-gj.svg"})
            assertThat(nl.resolve(f)).as(f).isRegularFile();
        assertThat(Files.readString(nl.resolve("sankey-matches-basis.svg"))).startsWith("<!DOCTYPE svg");
        assertThat(new String(Files.readAllBytes(nl.resolve("sankey-matches-basis.pdf")), 0, 5)).isEqualTo("%PDF-");
        // The waste-to-energy plant is the only CO2 supplier: that band is one company's figure.
        assertThat(r.withheld()).filteredOn(e -> e.table().equals("sankey-matches-basis"))
                .extracting(SuppressionLog.Entry::row).contains("Afvalinzameling en -verwerking -> CO2 (estimated)");
        assertThat(Files.readString(nl.resolve("disclosure-log.csv"))).contains("sankey-matches-basis;");
        assertThat(Files.readString(nl.resolve("README.txt"))).contains("- sankey-matches-basis.svg");
        assertThat(r.files()).contains(nl.resolve("sankey-matches-basis-gj.pdf"));

        String dutch = Files.readString(nl.resolve("matches.csv")), english = Files.readString(en.resolve("matches.csv"));
        assertThat(dutch).contains("Regel struvite_fertiliser: Struviet naar Meststof", "Hoeveelheid vertrouwelijk").doesNotContain("Rule struvite");
        assertThat(english).contains("Rule struvite_fertiliser: Struvite to Fertiliser", ";Struvite;").doesNotContain("Regel ");
    }

    @Test
    void aConsentingSuppliersOwnFiguresAreWithheldWhereTheyWouldGiveAwayItsTakersFigures() throws Exception {
        Path out = dir.resolve("consent");
        java.util.Set<String> heatTakers = new java.util.HashSet<>();
        try (ProjectFile p = KassenEnZadenFixture.create(dir.resolve("c.kansenkaart"))) {
            Step3.run(p, ScenarioStore.BASE);
            for (var m : nl.kansenkaart.matching.StoredMatches.read(p, ScenarioStore.BASE))
                if (m.supplyRef().equals(KassenEnZadenFixture.AEB) && m.isEnergy()) heatTakers.add(m.demandRef());
            new WorkshopExport(p, new DisclosurePolicy(3, 0.5, java.util.Set.of(KassenEnZadenFixture.AEB), false))
                    .write(out, EnumSet.of(WorkshopExport.Format.CSV), 800, 600, false);
        }
        // The plant delivers its heat to fewer than three greenhouses: what it brings is what they take together.
        assertThat(heatTakers).isNotEmpty().hasSizeLessThan(3);
        String[] header = Files.readString(out.resolve("take_and_bring.csv")).lines().findFirst().orElseThrow().split(";");
        String[] plant = Files.readString(out.resolve("take_and_bring.csv")).lines().filter(l -> l.contains("Afval Energie Bedrijf"))
                .findFirst().orElseThrow().replaceAll("\"[^\"]*\"", "quoted").split(";", -1);
        java.util.List<String> columns = java.util.Arrays.asList(header);
        // The plant consented: its own figures are shown where they reveal no one else's (it takes nothing)...
        assertThat(plant[columns.indexOf("wanted_t")]).isEqualTo("0");
        assertThat(plant[columns.indexOf("takes_gj")]).isEqualTo("0");
        // ...but not what it brings in GJ, nor may its offer minus its unused heat give that away.
        assertThat(plant[columns.indexOf("brings_gj")]).isEmpty();
        String unusedHeat = Files.readString(out.resolve("unmatched.csv")).lines()
                .filter(l -> l.contains(";Afval Energie Bedrijf Amsterdam;supply;Restwarmte;")).findFirst().orElseThrow();
        assertThat(plant[columns.indexOf("offered_gj")].isEmpty() || unusedHeat.contains(";Restwarmte;;")).isTrue();
        assertThat(Files.readString(out.resolve("disclosure-log.csv")))
                .contains("take_and_bring;basis|AEB-AMSTERDAM;brings_gj;1;secondary: would reveal matches basis|M");
    }

    @Test
    void theCommandLineSetsTheThresholdAndDominanceRulesAsTheDialogDoes() throws Exception {
        Path file = dir.resolve("k.kansenkaart");
        try (ProjectFile p = KassenEnZadenFixture.create(file)) {
            Step3.run(p, ScenarioStore.BASE);
        }
        java.io.StringWriter out = new java.io.StringWriter(), err = new java.io.StringWriter();
        int code = nl.kansenkaart.cli.KansenkaartCli.run(new String[] {"export", file.toString(), "--out", dir.resolve("o").toString(),
                "--formats", "svg", "--min-companies", "1", "--max-share", "100"}, new java.io.PrintWriter(out), new java.io.PrintWriter(err));
        assertThat(code).as(err.toString()).isZero();
        try (ProjectFile p = ProjectFile.open(file)) {
            DisclosurePolicy stored = nl.kansenkaart.disclosure.DisclosureSettings.load(p);
            assertThat(stored.minContributors()).isEqualTo(1);
            assertThat(stored.maxDominantShare()).isEqualTo(1.0);
        }
        // With one company allowed per figure, the waste-to-energy plant's CO2 band is drawn to scale...
        String log = Files.readString(dir.resolve("o").resolve("disclosure-log.csv"));
        assertThat(log).doesNotContain("sankey-matches-basis;Afvalinzameling en -verwerking -> CO2");
        // ...but a band that is one match is that match's amount, both companies' own figure, which needs their consent.
        assertThat(log.lines().filter(l -> l.startsWith("sankey-matches-basis;"))).isNotEmpty()
                .allSatisfy(l -> assertThat(l).contains(";1;secondary: would reveal matches basis|M"));
        int bad = nl.kansenkaart.cli.KansenkaartCli.run(new String[] {"export", file.toString(), "--out", dir.resolve("o").toString(),
                "--max-share", "0"}, new java.io.PrintWriter(out), new java.io.PrintWriter(err));
        assertThat(bad).isEqualTo(2);
        assertThat(err.toString()).contains("--max-share between 1 and 100");
    }
}
