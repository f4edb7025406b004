package nl.kansenkaart.io.companies;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.kansenkaart.KansenkaartException;
import nl.kansenkaart.geo.Regions;
import nl.kansenkaart.io.ImportCancelledException;
import nl.kansenkaart.io.ImportOptions;
import nl.kansenkaart.io.ImportProgress;
import nl.kansenkaart.io.ImportResult;
import nl.kansenkaart.io.RejectReport;
import nl.kansenkaart.io.RejectedRow;
import nl.kansenkaart.model.Company;
import nl.kansenkaart.model.LocationPrecision;
import nl.kansenkaart.project.CompanyStore;
import nl.kansenkaart.project.GeocodePointStore;
import nl.kansenkaart.project.ImportLog;
import nl.kansenkaart.project.ProjectFile;
import nl.kansenkaart.project.RegionSetup;
import nl.kansenkaart.project.Tables;
import nl.kansenkaart.sample.SampleGenerator;
import nl.kansenkaart.testing.SharedData;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CompanyImporterTest {

    @TempDir Path tmp;

    private static Path fixture(String name) throws Exception {
        return Path.of(CompanyImporterTest.class.getResource("/companies/" + name).toURI());
    }

    private ProjectFile project() {
        return ProjectFile.create(tmp.resolve("p.kansenkaart"), "test");
    }

    private static ImportResult run(ProjectFile p, Path file, ImportOptions o, RejectReport r) {
        return new CompanyImporter().importFile(p, file, o, r, ImportProgress.NONE);
    }

    private static Map<String, Company> byName(ProjectFile p) {
        return new CompanyStore(p).readAll().stream().collect(Collectors.toMap(Company::name, Function.identity()));
    }

    @Test
    void aMessyDutchRegisterImportsWithExactAccountingAndReasons() throws Exception {
        try (ProjectFile p = project(); RejectReport report = new RejectReport(tmp.resolve("report.csv"))) {
            p.transaction(c -> {
                GeocodePointStore.upsert(c, List.of(new GeocodePointStore.Point("1424AB", "12", 112_345, 470_123)), "test", 0);
                return null;
            });
            ImportResult r = run(p, fixture("messy_register_cp1252.csv"), ImportOptions.DEFAULT, report);
            assertThat(r.summaryLine()).isEqualTo("read=13 accepted=6 rejected=7");
            assertThat(r.notLocated()).isEqualTo(1);
            assertThat(p.count(Tables.COMPANIES)).isEqualTo(6);

            Map<String, Company> c = byName(p);
            Company bakery = c.get("Bakkerij Één (fictief)");
            assertThat(bakery.sbi()).isEqualTo("1071");
            assertThat(bakery.jobs()).isEqualTo(12);
            assertThat(bakery.jobsClass()).isNull();
            assertThat(bakery.economicValueEur()).isEqualTo(1_250_000.0);
            assertThat(bakery.address()).isEqualTo(new nl.kansenkaart.model.Address("Dorpsstraat", "5", "1431AB", "Aalsmeer"));
            assertThat(bakery.location().precision()).isEqualTo(LocationPrecision.PC4);
            assertThat(bakery.municipalityCode()).isEqualTo("GM0358");
            assertThat(bakery.ref()).isEqualTo("KVK12345678-1431AB-5");

            Company grower = c.get("Kwekerij Twee (fictief)");
            assertThat(grower.sbi()).isEqualTo("01132"); // "1132": leading zero lost
            assertThat(grower.jobs()).isEqualTo(15);
            assertThat(grower.jobsClass()).isEqualTo("10 t/m 19");
            assertThat(grower.address().houseNumber()).isEqualTo("12A");
            assertThat(grower.location().precision()).isEqualTo(LocationPrecision.ADDRESS); // the project's own point wins
            assertThat(grower.location().x()).isEqualTo(112_345);
            assertThat(grower.attributes()).containsEntry("Opmerking", "kas 4,5 ha");

            Company builder = c.get("Bouwbedrijf Drie (fictief)");
            assertThat(builder.jobs()).isEqualTo(100);
            assertThat(builder.jobsClass()).isEqualTo(">= 100");
            assertThat(builder.location().precision()).isEqualTo(LocationPrecision.COORDINATES);
            assertThat(builder.location().x()).isEqualTo(115_000);
            assertThat(builder.municipalityCode()).isEqualTo("GM0479");

            Company metal = c.get("Metaal Vier (fictief)");
            assertThat(metal.location().x()).isEqualTo(101_000); // x and y swapped in the file
            assertThat(metal.location().y()).isEqualTo(499_000);
            assertThat(metal.municipalityCode()).isEqualTo("GM0453");

            assertThat(c.get("Transport Vijf (fictief)").location().isLocated()).isFalse();
            assertThat(c.get("Transport Vijf (fictief)").municipalityCode()).isNull();
            Company ignored = c.get("Zonder Coördinaten (fictief)");
            assertThat(ignored.location().precision()).isEqualTo(LocationPrecision.PC4);
            assertThat(ignored.attributes()).containsKey(CompanyRowReader.IGNORED_COORDINATES);

            assertThat(report.rows()).extracting(RejectedRow::line).containsExactly(8L, 9L, 10L, 11L, 12L, 13L, 14L);
            assertThat(report.rows()).extracting(RejectedRow::reason).containsExactly(
                    "no company name",
                    "'99.99' is not an SBI 2008 code",
                    "'C' is only an SBI section; a 4- or 5-digit code is needed",
                    "negative number of jobs -3",
                    "turnover 'veel' is not a number",
                    "same id KVK12345678-1431AB-5 as line 2",
                    "unterminated quoted field (opening quote without closing quote)");
            assertThat(report.rows().get(1).column()).isEqualTo("SBI-code");
            assertThat(r.notes()).anyMatch(n -> n.contains("kept as attributes: Opmerking"))
                    .anyMatch(n -> n.contains("coordinates outside the Netherlands"));
        }
        assertThat(Files.readAllLines(tmp.resolve("report.csv"))).hasSize(8);
    }

    @Test
    void englishHeadersAndWgs84CoordinatesIncludingASwappedPair() throws Exception {
        try (ProjectFile p = project()) {
            ImportResult r = run(p, fixture("register_wgs84.csv"), ImportOptions.DEFAULT, new RejectReport(null));
            assertThat(r.summaryLine()).isEqualTo("read=4 accepted=4 rejected=0");
            assertThat(r.notLocated()).isEqualTo(1);
            Map<String, Company> c = byName(p);
            Company one = c.get("Farm One (fictief)"), two = c.get("Farm Two (fictief)");
            assertThat(one.location().precision()).isEqualTo(LocationPrecision.COORDINATES);
            assertThat(one.economicValueEur()).isEqualTo(125_000.5);
            assertThat(one.municipalityCode()).isEqualTo("GM1911"); // Hollands Kroon
            assertThat(two.location().distanceTo(one.location())).isLessThan(1_000); // 5.0/52.8 swapped back
            assertThat(two.jobs()).isEqualTo(100);
            assertThat(c.get("Far Away (fictief)").location().precision()).isEqualTo(LocationPrecision.PC4);
            assertThat(c.get("Far Away (fictief)").municipalityCode()).isEqualTo("GM0363");
            assertThat(c.get("No Place (fictief)").location().isLocated()).isFalse();
        }
    }

    @Test
    void theSampleRegisterImportsCompletelyWithThePlantsAtTheirCoordinates() {
        Path sample = SharedData.repositoryRoot().resolve("data-samples/noord-holland/" + SampleGenerator.COMPANIES_FILE);
        try (ProjectFile p = project()) {
            RegionSetup.seed(p, Regions.find("Noord-Holland").orElseThrow());
            ImportResult r = run(p, sample, ImportOptions.DEFAULT, new RejectReport(null));
            assertThat(r.rejected()).isZero();
            assertThat(r.notLocated()).isZero();
            assertThat(r.accepted()).isEqualTo(r.rowsRead()).isGreaterThan(300);
            List<Company> all = new CompanyStore(p).readAll();
            assertThat(all).allMatch(co -> co.municipalityCode() != null && co.municipalityCode().startsWith("GM"));
            Company west = all.stream().filter(co -> co.ref().equals("NL11014")).findFirst().orElseThrow();
            assertThat(west.location().precision()).isEqualTo(LocationPrecision.COORDINATES);
            assertThat(west.sbi()).isEqualTo("3700");
            assertThat(west.attributes()).containsEntry("struviet_t_per_jaar", "1000").containsEntry("synthetisch", "N");
            assertThat(all).filteredOn(co -> co.jobsClass() != null).isNotEmpty().allMatch(co -> co.jobs() > 0);
            assertThat(all).filteredOn(co -> co.attributes().containsKey("kasoppervlak_ha")).hasSizeGreaterThan(40);
        }
    }

    @Test
    void aWorkbookImportsItsCompanySheetAndSaysWhichSheetItSkipped() throws Exception {
        Path xlsx = tmp.resolve("register.xlsx");
        try (OutputStream os = Files.newOutputStream(xlsx); Workbook wb = new Workbook(os, "test", "1.0")) {
            Worksheet notes = wb.newWorksheet("Toelichting");
            notes.value(0, 0, "Bron: eigen inventarisatie");
            Worksheet ws = wb.newWorksheet("Bedrijven");
            String[] h = {"Naam", "SBI", "Werkzame personen", "Omzet", "Straat", "Huisnummer", "Postcode", "Plaats"};
            for (int i = 0; i < h.length; i++) ws.value(0, i, h[i]);
            Object[][] rows = {{"Numeriek Een (fictief)", 1132, 12, 1250000.5, "Weg", 1, "1431AB", "Aalsmeer"},
                {"Numeriek Twee (fictief)", 4120, 3.0, null, "Weg", 2, "1503 AA", "Zaandam"},
                {"Tekst Drie (fictief)", "47.11", "20-49", "12.345,50", "Weg", "3a", "1811KL", "Alkmaar"}};
            for (int r = 0; r < rows.length; r++)
                for (int col = 0; col < h.length; col++) {
                    Object v = rows[r][col];
                    if (v instanceof Number n) ws.value(r + 1, col, n);
                    else if (v != null) ws.value(r + 1, col, (String) v);
                }
        }
        try (ProjectFile p = project()) {
            ImportResult r = run(p, xlsx, ImportOptions.DEFAULT, new RejectReport(null));
            assertThat(r.summaryLine()).isEqualTo("read=3 accepted=3 rejected=0");
            assertThat(r.notes()).contains("register.xlsx [Toelichting] skipped: not a company table");
            Map<String, Company> c = byName(p);
            assertThat(c.get("Numeriek Een (fictief)").sbi()).isEqualTo("01132");
            assertThat(c.get("Numeriek Een (fictief)").economicValueEur()).isEqualTo(1_250_000.5);
            assertThat(c.get("Numeriek Twee (fictief)").jobs()).isEqualTo(3);
            assertThat(c.get("Tekst Drie (fictief)").jobs()).isEqualTo(35);
            assertThat(c.get("Tekst Drie (fictief)").economicValueEur()).isEqualTo(12_345.5);
        }
    }

    @Test
    void aFileWithoutCompanyColumnsIsRefusedWithWhatIsMissing() throws Exception {
        Path f = tmp.resolve("lijst.csv");
        Files.writeString(f, "Naam;Plaats\nIets (fictief);Aalsmeer\n");
        try (ProjectFile p = project()) {
            assertThatThrownBy(() -> run(p, f, ImportOptions.DEFAULT, new RejectReport(null)))
                    .isInstanceOf(KansenkaartException.class)
                    .hasMessage("lijst.csv: missing required column(s): SBI code (sbi, sbi-code, sbi_2008, hoofdactiviteit, ...);"
                            + " postcode or coordinates (postcode; or x and y; or lat and lon); found: Naam, Plaats");
            assertThat(new ImportLog(p).all()).isEmpty();
        }
    }

    @Test
    void reImportIsRefusedUnlessReplacedOrAskedAgainAndCancelLeavesTheProjectUnchanged() throws Exception {
        Path f = fixture("register_wgs84.csv");
        try (ProjectFile p = project()) {
            run(p, f, ImportOptions.DEFAULT, new RejectReport(null));
            assertThatThrownBy(() -> run(p, f, ImportOptions.DEFAULT, new RejectReport(null)))
                    .isInstanceOf(KansenkaartException.class).hasMessageContaining("was imported before (import #1");
            run(p, f, new ImportOptions(true, false, null), new RejectReport(null));
            assertThat(new ImportLog(p).all()).extracting(ImportLog.Entry::id).containsExactly(2L);
            assertThat(p.count(Tables.COMPANIES)).isEqualTo(4);
            run(p, f, new ImportOptions(false, true, null), new RejectReport(null));
            assertThat(new ImportLog(p).all()).hasSize(2);
            assertThat(p.count(Tables.COMPANIES)).isEqualTo(4); // the same ids update, they do not double

            ImportProgress cancel = new ImportProgress() {
                @Override
                public void update(long done, long total, long rows) {}

                @Override
                public boolean isCancelled() {
                    return true;
                }
            };
            Path big = tmp.resolve("big.csv");
            StringBuilder sb = new StringBuilder("naam;sbi;postcode\n");
            for (int i = 0; i < 1200; i++) sb.append("Bedrijf ").append(i).append(" (fictief);41.20;1431AB\n");
            Files.writeString(big, sb);
            assertThatThrownBy(() -> new CompanyImporter().importFile(p, big, ImportOptions.DEFAULT, new RejectReport(null), cancel))
                    .isInstanceOf(ImportCancelledException.class);
            assertThat(p.count(Tables.COMPANIES)).isEqualTo(4);
            assertThat(new ImportLog(p).all()).hasSize(2);
        }
    }
}
