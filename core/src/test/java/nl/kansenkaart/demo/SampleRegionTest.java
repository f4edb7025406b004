package nl.kansenkaart.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.TimeUnit;
import nl.kansenkaart.disclosure.DisclosurePolicy;
import nl.kansenkaart.export.WorkshopExport;
import nl.kansenkaart.project.ProjectFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sample region end to end, as {@code demo} builds it: what issues 2, 4 and 5 ask of the
 * sample (clusters present and explained, the three "Kassen en Zaden" flows found and explained,
 * a workshop export that reveals no company's figures, a project GDAL reads in EPSG:28992).
 */
class SampleRegionTest {

    @TempDir static Path dir;
    static Path project;
    static Path export;
    static SamplePipeline.Result built;

    @BeforeAll
    static void build() {
        project = dir.resolve("sample.kansenkaart");
        built = SamplePipeline.build(project, dir.resolve("work"), null);
        export = dir.resolve("workshop");
        try (ProjectFile p = ProjectFile.open(project)) {
            new WorkshopExport(p, DisclosurePolicy.DEFAULT).write(export, EnumSet.of(WorkshopExport.Format.GPKG,
                    WorkshopExport.Format.CSV), 800, 600, false);
        }
    }

    @Test
    void theImportAccountingIsExactlyWhatTheSampleReadmePromises() throws IOException {
        String readme = Files.readString(dir.resolve("work/sample-data/README.md"), StandardCharsets.UTF_8);
        try (ProjectFile p = ProjectFile.open(project)) {
            List<String> imports = rows(p, "SELECT kind, rows_read, accepted, rejected, kg FROM kk_imports ORDER BY id");
            assertThat(imports.get(0)).startsWith("companies|363|363|0");
            assertThat(imports.get(1)).isEqualTo("lma|7500|7431|69|1074037433.2");
            assertThat(readme).contains("read=7500 accepted=7431 rejected=69 kg=1074037433.2");
            assertThat(p.meta(SamplePipeline.COMPLETE)).isEqualTo("true");
        }
    }

    @Test
    void greenhouseWasteWastewaterAndFoodClustersAreSelectedAndExplained() {
        try (ProjectFile p = ProjectFile.open(project)) {
            List<String> sel = rows(p, "SELECT cluster_key, selected, selection_reason FROM step1_clusters WHERE level = 'SECTOR'"
                    + " AND cluster_key IN ('greenhouses', 'waste', 'rwzi', 'food') ORDER BY cluster_key");
            assertThat(sel).hasSize(4).allSatisfy(r -> assertThat(r).contains("|1|"));
            assertThat(sel).anySatisfy(r -> assertThat(r).startsWith("rwzi|1|low-hanging fruit"));
            // step 2 produced a material table and balance for each of them
            assertThat(rows(p, "SELECT DISTINCT cluster_id FROM step2_cluster_balances"))
                    .contains("greenhouses", "waste", "rwzi", "food");
        }
    }

    @Test
    void theThreeKassenEnZadenFlowsAreFoundAndExplained() {
        try (ProjectFile p = ProjectFile.open(project)) {
            // (1) struvite from the water board's sewage plants -> fertiliser for greenhouse horticulture
            assertThat(rows(p, "SELECT m.explanation FROM matches m JOIN companies s ON s.ref = m.supply_ref"
                    + " JOIN companies d ON d.ref = m.demand_ref WHERE m.supply_material = 'resource:struvite'"
                    + " AND m.demand_material = 'resource:fertiliser' AND s.sbi LIKE '37%' AND d.sbi LIKE '01%'"))
                    .isNotEmpty().allSatisfy(e -> assertThat(e).contains("Struvite").contains("Fertiliser").contains("km by road"));
            // (2) residual heat and CO2 of the Amsterdam waste-to-energy plant -> greenhouses
            for (String[] pair : new String[][] {{"resource:residual_heat", "resource:heat"}, {"resource:co2", "resource:co2"}})
                assertThat(rows(p, "SELECT s.town FROM matches m JOIN companies s ON s.ref = m.supply_ref JOIN companies d ON"
                        + " d.ref = m.demand_ref WHERE m.supply_material = '" + pair[0] + "' AND m.demand_material = '" + pair[1]
                        + "' AND s.sbi LIKE '3821%' AND d.sbi LIKE '01%'")).isNotEmpty().allSatisfy(t -> assertThat(t).isEqualTo("Amsterdam"));
            // (3) organic residues -> fibres for the paper or textile industry
            assertThat(rows(p, "SELECT d.sbi FROM matches m JOIN companies d ON d.ref = m.demand_ref WHERE m.supply_material"
                    + " = 'eural:020103' AND m.demand_material = 'resource:fibre'"))
                    .isNotEmpty().allSatisfy(sbi -> assertThat(sbi).matches("(13|17).*"));
        }
    }

    @Test
    void theRunReportShowsEveryKindOfMatchWithItsBestExplanationSoTheExampleFlowsAreVisible() {
        List<String> step3 = built.lines().subList(built.lines().indexOf("step 3: matchmaking (scenario basis)"), built.lines().size());
        List<String> byRule = step3.stream().filter(l -> l.matches("  \\[\\d+ match(es)?, .*\\] Rule .*")).toList();
        assertThat(byRule).anySatisfy(l -> assertThat(l).contains("t/yr] Rule struvite_fertiliser: Struvite to Fertiliser"))
                .anySatisfy(l -> assertThat(l).contains("GJ/yr] Rule residual_heat_greenhouse: Residual heat to Heat"))
                .anySatisfy(l -> assertThat(l).contains("t/yr] Rule co2_greenhouse: CO2 to CO2"))
                .anySatisfy(l -> assertThat(l).contains("Rule plant_residue_fibre: 02 01 03 Plant-tissue waste to Fibre"));
        // one line per rule, and together they account for every match of the run
        assertThat(byRule.stream().map(l -> l.replaceAll(".*\\] Rule ([a-z0-9_]+):.*", "$1")).distinct()).hasSameSizeAs(byRule);
        int matches = Integer.parseInt(step3.get(1).replaceAll(".* matches=(\\d+) .*", "$1"));
        assertThat(byRule.stream().mapToInt(l -> Integer.parseInt(l.replaceAll("  \\[(\\d+) .*", "$1"))).sum()).isEqualTo(matches);
    }

    @Test
    void theWorkshopExportRevealsNoSingleCompanysFigures() {
        Path gpkg = export.resolve("kansenkaart-workshop.gpkg");
        try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + gpkg); Statement st = c.createStatement()) {
            assertThat(one(st, "SELECT count(*) FROM companies WHERE jobs IS NOT NULL OR economic_value_eur IS NOT NULL")).isEqualTo(0);
            assertThat(one(st, "SELECT count(*) FROM matches WHERE amount IS NOT NULL")).isEqualTo(0);
            assertThat(one(st, "SELECT count(*) FROM matches")).isPositive();
            assertThat(one(st, "SELECT count(*) FROM matches WHERE explanation LIKE '%t/yr covers%'")).isEqualTo(0);
            // the waste-to-energy plant is the only supplier of heat: the energy total is withheld
            assertThat(one(st, "SELECT count(*) FROM scenario_indicators WHERE indicator = 'matched_gj' AND value IS NULL")).isEqualTo(1);
            // a cluster figure with fewer than three contributing establishments is withheld
            assertThat(one(st, "SELECT count(*) FROM clusters WHERE establishments < 3 AND jobs IS NOT NULL AND jobs > 0")).isEqualTo(0);
        } catch (SQLException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void gdalReadsTheProjectInRdNew() throws Exception {
        assumeTrue(onPath("ogrinfo"), "gdal-bin (ogrinfo) is not installed");
        Process p = new ProcessBuilder("ogrinfo", "-so", project.toString(), "matches").redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(out).contains("Geometry: Line String").contains("ID[\"EPSG\",28992]]");
        assertThat(out).containsPattern("Feature Count: [1-9]");
    }

    private static List<String> rows(ProjectFile p, String sql) {
        List<String> out = new ArrayList<>();
        try (Statement st = p.connection().createStatement(); ResultSet rs = st.executeQuery(sql)) {
            int n = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                StringBuilder b = new StringBuilder();
                for (int i = 1; i <= n; i++) b.append(i > 1 ? "|" : "").append(rs.getString(i));
                out.add(b.toString());
            }
        } catch (SQLException e) {
            throw new AssertionError(sql, e);
        }
        return out;
    }

    private static long one(Statement st, String sql) throws SQLException {
        try (ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static boolean onPath(String cmd) {
        for (String dirName : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator))
            if (Files.isExecutable(Path.of(dirName, cmd))) return true;
        return false;
    }
}
