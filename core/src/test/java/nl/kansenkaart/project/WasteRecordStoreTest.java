package nl.kansenkaart.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import nl.kansenkaart.model.Address;
import nl.kansenkaart.model.Location;
import nl.kansenkaart.model.LocationBasis;
import nl.kansenkaart.model.LocationPrecision;
import nl.kansenkaart.model.NotificationKind;
import nl.kansenkaart.model.Party;
import nl.kansenkaart.model.WasteRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** LMA records are stored as streams plus amounts and read through the lma_records view, one row per notification. */
class WasteRecordStoreTest {

    @TempDir Path dir;

    /** The columns lma_records had as a table; every reader relies on them. */
    private static final List<String> RECORD_COLUMNS = List.of("fid", "geom", "kind", "stream_number", "eural", "hazardous",
            "waste_name", "method_code", "method_known", "route_collection", "collector_scheme", "year", "month", "weight_kg",
            "loads", "ontdoener_name", "ontdoener_postcode", "ontdoener_town", "origin_street", "origin_house_number",
            "origin_postcode", "origin_town", "origin_country", "processor_name", "processor_postcode", "processor_town",
            "location_precision", "location_basis", "source_file", "source_line", "extra", "import_id");

    private static WasteRecord record(String origin, int month, double kg, int loads, long line) {
        Party ontdoener = new Party("Kwekerij De Kas (fictief)", new Address(null, null, "1432AB", "Aalsmeer"), null);
        Party from = new Party(null, new Address("Kasweg", "12", origin, "Aalsmeer"), null);
        Party processor = new Party("Composteerbedrijf (fictief)", new Address(null, null, "1505HX", "Zaandam"), null);
        Location at = origin.equals("1432AB") ? Location.rd(112_345.5, 475_432.25, LocationPrecision.PC4)
                : Location.rd(113_000, 476_000, LocationPrecision.PC6);
        return new WasteRecord(NotificationKind.RECEIPT, "123451234567", "020103", false, "plantaardig afval", "C01", true,
                false, false, 2023, month, kg, loads, ontdoener, from, processor, at, "lma.csv", line,
                Map.of("Afzender", "Kwekerij De Kas (fictief)"), LocationBasis.ORIGIN);
    }

    private static List<WasteRecord> threeRecords() {
        return List.of(record("1432AB", 1, 1200.5, 2, 2), record("1432AB", 2, 980, -1, 3), record("1431CD", 1, 40, 1, 4));
    }

    private static void write(ProjectFile p, long importId, List<WasteRecord> records) {
        p.transaction(c -> {
            try (WasteRecordStore.Writer w = new WasteRecordStore.Writer(c, importId)) {
                for (WasteRecord r : records) w.add(r);
                w.finish(p.geoPackage());
            }
            return null;
        });
    }

    @Test
    void theViewHasTheColumnsOfTheRecordsTable() throws Exception {
        try (ProjectFile p = ProjectFile.create(dir.resolve("v.kansenkaart"), null);
             Statement st = p.connection().createStatement();
             ResultSet rs = st.executeQuery("PRAGMA table_info(" + Tables.LMA_RECORDS + ")")) {
            List<String> names = new ArrayList<>();
            Map<String, String> types = new java.util.HashMap<>();
            while (rs.next()) {
                names.add(rs.getString("name"));
                types.put(rs.getString("name"), rs.getString("type"));
            }
            assertThat(names).containsExactlyElementsOf(RECORD_COLUMNS);
            assertThat(types).containsEntry("fid", "INTEGER").containsEntry("geom", "POINT").containsEntry("weight_kg", "REAL")
                    .containsEntry("kind", "TEXT");
        }
    }

    @Test
    void rowsOfOneStreamShareItsRowAndReadBackUnchanged() {
        try (ProjectFile p = ProjectFile.create(dir.resolve("s.kansenkaart"), null)) {
            write(p, 1, threeRecords());
            assertThat(p.count(Tables.LMA_RECORD_STREAMS)).isEqualTo(2);
            assertThat(p.count(Tables.LMA_RECORD_AMOUNTS)).isEqualTo(3);
            assertThat(p.count(Tables.LMA_RECORDS)).isEqualTo(3);
            List<WasteRecord> back = new ArrayList<>();
            new WasteRecordStore(p).forEach(0, back::add);
            assertThat(back).containsExactlyElementsOf(threeRecords());
            assertThat(new WasteRecordStore(p).totalKg()).isEqualTo(2220.5);
        }
    }

    @Test
    void theViewIsAPointLayerWithTheExtentOfItsStreams() throws Exception {
        try (ProjectFile p = ProjectFile.create(dir.resolve("e.kansenkaart"), null)) {
            write(p, 1, threeRecords());
            assertThat(p.layers()).contains(new GeoPackage.Layer(Tables.LMA_RECORDS, "features", "LMA meldingen", "POINT", 28992));
            try (Statement st = p.connection().createStatement();
                 ResultSet rs = st.executeQuery("SELECT min_x, max_x, min_y, max_y FROM gpkg_contents WHERE table_name = '"
                         + Tables.LMA_RECORDS + "'")) {
                rs.next();
                assertThat(new double[] {rs.getDouble(1), rs.getDouble(2), rs.getDouble(3), rs.getDouble(4)})
                        .containsExactly(112_345.5, 113_000, 475_432.25, 476_000);
            }
        }
    }

    @Test
    void deletingAnImportRemovesItsStreamsAndAmountsOnlyAndStreamIdsAreNotReused() throws Exception {
        try (ProjectFile p = ProjectFile.create(dir.resolve("d.kansenkaart"), null)) {
            write(p, 1, threeRecords());
            write(p, 2, threeRecords().subList(0, 1));
            long lastOfFirst = maxStreamId(p);
            p.transaction(c -> {
                assertThat(WasteRecordStore.deleteImport(c, 2)).isEqualTo(1);
                WasteRecordStore.touch(p.geoPackage());
                return null;
            });
            assertThat(p.count(Tables.LMA_RECORD_STREAMS)).isEqualTo(2);
            assertThat(p.count(Tables.LMA_RECORDS)).isEqualTo(3);
            write(p, 3, threeRecords().subList(0, 1));
            assertThat(maxStreamId(p)).isGreaterThan(lastOfFirst);
            List<Long> lines = new ArrayList<>();
            new WasteRecordStore(p).forEach(0, r -> lines.add(r.sourceLine()));
            assertThat(lines).containsExactly(2L, 3L, 4L, 2L);
        }
    }

    private static long maxStreamId(ProjectFile p) throws Exception {
        try (Statement st = p.connection().createStatement();
             ResultSet rs = st.executeQuery("SELECT max(fid) FROM " + Tables.LMA_RECORD_STREAMS)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @Test
    void gdalReadsTheViewAsAPointLayerAndValidatesTheGeoPackage() throws Exception {
        assumeTrue(onPath("ogrinfo"), "gdal-bin (ogrinfo) is not installed");
        Path f = dir.resolve("lma.gpkg");
        try (ProjectFile p = ProjectFile.create(f, null)) {
            write(p, 1, threeRecords());
        }
        String info = run("ogrinfo", "-ro", "-so", f.toString(), Tables.LMA_RECORDS);
        assertThat(info).contains("Geometry: Point").contains("Feature Count: 3").contains("FID Column = fid")
                .contains("ID[\"EPSG\",28992]").contains("weight_kg: Real").contains("ontdoener_name: String");
        String feature = run("ogrinfo", "-ro", "-q", f.toString(), Tables.LMA_RECORDS, "-where", "month = 2");
        assertThat(feature).contains("weight_kg (Real) = 980").contains("origin_postcode (String) = 1432AB")
                .contains("POINT (112345.5 475432.25)");
        Path validator = Path.of("/usr/lib/python3/dist-packages/osgeo_utils/samples/validate_gpkg.py");
        if (Files.isRegularFile(validator) && onPath("python3")) {
            String out = run("python3", validator.toString(), f.toString());
            assertThat(out).isEmpty(); // the validator prints only problems
        }
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
        return out.strip();
    }
}
