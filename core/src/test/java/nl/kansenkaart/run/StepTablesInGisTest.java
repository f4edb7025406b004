package nl.kansenkaart.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.TimeUnit;
import nl.kansenkaart.project.ProjectFile;
import nl.kansenkaart.project.StepTables;
import nl.kansenkaart.project.Tables;
import nl.kansenkaart.steps.AnalysisYears;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StepTablesInGisTest {

    @TempDir Path dir;

    @Test
    void anOlderProjectGetsTheStepTablesWhenOpened() throws Exception {
        Path f = dir.resolve("oud.kansenkaart");
        try (ProjectFile p = ProjectFile.create(f, "oud")) {
            // Undo the schema versions after 1 by hand, as a project made before the steps existed.
            java.util.Set<String> v1 = java.util.Set.of(Tables.MUNICIPALITIES, Tables.PROVINCES, Tables.STUDY_REGION,
                    Tables.BUSINESS_PARKS, Tables.OTHER_AREAS, Tables.COMPANIES, Tables.LMA_RECORD_STREAMS, Tables.LMA_RECORD_AMOUNTS,
                    Tables.LMA_RECORDS, Tables.MATERIAL_FLOWS,
                    Tables.META, Tables.SETTINGS, Tables.IMPORTS, Tables.GEOCODE_POINTS);
            try (Statement st = p.connection().createStatement()) {
                java.util.List<String> later = new java.util.ArrayList<>();
                try (java.sql.ResultSet rs = st.executeQuery("SELECT name FROM sqlite_master WHERE type = 'table'"
                        + " AND name NOT LIKE 'gpkg_%' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'rtree_%'")) {
                    while (rs.next()) if (!v1.contains(rs.getString(1))) later.add(rs.getString(1));
                }
                for (String t : later) {
                    st.execute("DROP TABLE IF EXISTS rtree_" + t + "_geom");
                    for (String meta : new String[] {"gpkg_extensions", "gpkg_geometry_columns", "gpkg_contents"})
                        st.execute("DELETE FROM " + meta + " WHERE table_name = '" + t + "'");
                    st.execute("DROP TABLE " + t);
                }
            }
            p.setMeta("schema_version", "1");
        }
        try (ProjectFile p = ProjectFile.open(f)) {
            assertThat(p.schemaVersion()).isGreaterThanOrEqualTo(2);
            assertThat(p.count(StepTables.SBI_CLUSTERS)).isEqualTo(63);
            assertThat(p.count(StepTables.KEY_FIGURES)).isEqualTo(47);
            assertThat(p.count(StepTables.NATIONAL_JOBS)).isEqualTo(23);
            assertThat(p.count(StepTables.SECTOR_CLUSTERS)).isEqualTo(23);
        }
    }

    @Test
    void gdalReadsTheStepLayers() throws Exception {
        assumeTrue(onPath("ogrinfo"), "gdal-bin (ogrinfo) is not installed");
        Path f = dir.resolve("regio.gpkg");
        try (ProjectFile p = StepsFixtures.create(f)) {
            AnalysisYears y = new AnalysisYears(List.of(2023));
            new Step1().run(p, y);
            new Step2().run(p, y);
        }
        String clusters = run("ogrinfo", "-ro", "-so", f.toString(), StepTables.CLUSTERS);
        assertThat(clusters).contains("Geometry: Multi Polygon").contains("ID[\"EPSG\",28992]").contains("Feature Count: 32")
                .contains("balassa: Real").contains("selection_reason: String");
        String materials = run("ogrinfo", "-ro", "-so", f.toString(), StepTables.CLUSTER_MATERIALS);
        assertThat(materials).contains("Geometry: None").contains("quality: String");
    }

    static boolean onPath(String exe) {
        for (String d : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator))
            if (Files.isExecutable(Path.of(d, exe))) return true;
        return false;
    }

    static String run(String... cmd) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(out).isZero();
        return out;
    }
}
