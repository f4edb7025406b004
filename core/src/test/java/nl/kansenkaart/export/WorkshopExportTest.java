package nl.kansenkaart.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.kansenkaart.disclosure.DisclosurePolicy;
import nl.kansenkaart.geo.Regions;
import nl.kansenkaart.model.Address;
import nl.kansenkaart.model.Company;
import nl.kansenkaart.model.Location;
import nl.kansenkaart.model.LocationPrecision;
import nl.kansenkaart.model.NotificationKind;
import nl.kansenkaart.model.Party;
import nl.kansenkaart.model.WasteRecord;
import nl.kansenkaart.project.CompanyStore;
import nl.kansenkaart.project.ImportLog;
import nl.kansenkaart.project.ProjectFile;
import nl.kansenkaart.project.RegionSetup;
import nl.kansenkaart.project.WasteRecordStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Company figures never leave through an export without consent, whatever the format. */
class WorkshopExportTest {

    @TempDir Path dir;
    private Path projectFile;

    // Amsterdam: three producers of 17 (construction) -> publishable; Zaanstad: one producer of 02 -> withheld.
    private static final Location AMSTERDAM = Location.rd(121_000, 487_000, LocationPrecision.PC4);
    private static final Location ZAANDAM = Location.rd(115_500, 495_500, LocationPrecision.PC4);

    @BeforeEach
    void project() {
        projectFile = dir.resolve("p.kansenkaart");
        try (ProjectFile p = ProjectFile.create(projectFile, "export test")) {
            RegionSetup.seed(p, Regions.find("Noord-Holland").orElseThrow());
            p.transaction(c -> {
                CompanyStore.upsert(c, List.of(
                        company("A", "Bouw Alfa", "4120", 40, 5_000_000.0, AMSTERDAM),
                        company("B", "Bouw Beta", "4120", 25, null, AMSTERDAM),
                        company("Z", "Zaanse Zuivel", "1051", 120, 30_000_000.0, ZAANDAM)), null);
                long id = ImportLog.add(c, "lma", "t.csv", "x", 1, 4, 4, 0, 4000.0, 0, null);
                try (WasteRecordStore.Writer w = new WasteRecordStore.Writer(c, id)) {
                    w.add(record("Bouw Alfa", "1011AA", "170107", 400_000, AMSTERDAM));
                    w.add(record("Bouw Beta", "1012BB", "170107", 350_000, AMSTERDAM));
                    w.add(record("Bouw Gamma", "1013CC", "170504", 300_000, AMSTERDAM));
                    w.add(record("Zaanse Zuivel", "1506ZZ", "020201", 900_000, ZAANDAM));
                }
                return null;
            });
        }
    }

    @Test
    void figuresOfSingleCompaniesAreWithheldEverywhere() throws Exception {
        Path out = dir.resolve("out");
        WorkshopExport.Result r;
        try (ProjectFile p = ProjectFile.open(projectFile)) {
            r = new WorkshopExport(p, DisclosurePolicy.DEFAULT).write(out, EnumSet.of(WorkshopExport.Format.GPKG,
                    WorkshopExport.Format.CSV), 800, 600, false);
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + out.resolve("kansenkaart-workshop.gpkg"));
             Statement st = c.createStatement()) {
            try (ResultSet rs = st.executeQuery("SELECT count(*), count(jobs), count(economic_value_eur) FROM companies")) {
                rs.next();
                assertThat(rs.getInt(1)).isEqualTo(3);
                assertThat(rs.getInt(2)).isZero();
                assertThat(rs.getInt(3)).isZero();
            }
            try (ResultSet rs = st.executeQuery("SELECT municipality_code, eural_chapter, tonnes, producers, note FROM lma_by_municipality ORDER BY 1")) {
                List<String> rows = new ArrayList<>();
                while (rs.next()) rows.add(rs.getString(1) + " " + rs.getString(2) + " " + rs.getObject(3) + " " + rs.getInt(4));
                assertThat(rows).containsExactly("GM0363 17 1050.0 3", "GM0479 02 null 1");
            }
        }
        String csv = Files.readString(out.resolve("companies.csv"), StandardCharsets.UTF_8);
        assertThat(csv).doesNotContain(";120;").doesNotContain("30000000").contains(";;;vertrouwelijk;");
        assertThat(Files.readString(out.resolve("lma_by_municipality.csv"))).doesNotContain(";900").contains(";1050;3;");
        String log = Files.readString(out.resolve("disclosure-log.csv"));
        assertThat(log).contains("lma_by_municipality;GM0479|").contains("companies;Z;jobs");
        assertThat(r.suppressedCells()).isEqualTo(6); // 3 jobs + 2 values + 1 LMA cell
    }

    @Test
    void consentShowsThatCompanysOwnFigures() throws Exception {
        Path out = dir.resolve("out2");
        try (ProjectFile p = ProjectFile.open(projectFile)) {
            new WorkshopExport(p, new DisclosurePolicy(3, 0.5, Set.of("Z", "zaanse zuivel|1506ZZ"), false))
                    .write(out, EnumSet.of(WorkshopExport.Format.GPKG), 800, 600, false);
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + out.resolve("kansenkaart-workshop.gpkg"));
             Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT jobs FROM companies WHERE ref = 'Z'")) {
            rs.next();
            assertThat(rs.getInt(1)).isEqualTo(120);
        }
    }

    private static Company company(String ref, String name, String sbi, int jobs, Double value, Location loc) {
        return new Company(ref, name, sbi, jobs, null, value, new Address("Straat", "1", null, null), loc,
                loc == AMSTERDAM ? "GM0363" : "GM0479", "test", Map.of());
    }

    private static WasteRecord record(String ontdoener, String pc, String eural, double kg, Location loc) {
        return new WasteRecord(NotificationKind.RECEIPT, "123451234567", eural, false, "afval", "C01", true, false, false,
                2023, 5, kg, 3, new Party(ontdoener, new Address(null, null, pc, null), "NEDERLAND"),
                new Party(null, new Address(null, null, pc, null), "NEDERLAND"), Party.NONE, loc, "t.csv", 2, Map.of());
    }
}
