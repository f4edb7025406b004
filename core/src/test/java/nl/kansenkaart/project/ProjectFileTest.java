package nl.kansenkaart.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import nl.kansenkaart.KansenkaartException;
import nl.kansenkaart.model.Address;
import nl.kansenkaart.model.Company;
import nl.kansenkaart.model.Location;
import nl.kansenkaart.model.LocationPrecision;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProjectFileTest {

    @TempDir Path dir;

    @Test
    void newProjectIsAGeoPackageWithTheSchema() throws Exception {
        Path f = dir.resolve("p.kansenkaart");
        try (ProjectFile p = ProjectFile.create(f, "Test")) {
            assertThat(p.schemaVersion()).isEqualTo(Schema.currentVersion());
            assertThat(p.name()).isEqualTo("Test");
            assertThat(p.layers()).extracting(GeoPackage.Layer::table)
                    .contains(Tables.MUNICIPALITIES, Tables.COMPANIES, Tables.LMA_RECORDS, Tables.MATERIAL_FLOWS);
            assertThat(p.layers()).filteredOn(GeoPackage.Layer::isFeatures).allSatisfy(l -> assertThat(l.srsId()).isEqualTo(28992));
        }
        byte[] head = Files.readAllBytes(f);
        assertThat(new String(head, 0, 15, "US-ASCII")).isEqualTo("SQLite format 3");
        assertThat(java.nio.ByteBuffer.wrap(head, 68, 4).getInt()).isEqualTo(GeoPackage.APPLICATION_ID);
        assertThat(java.nio.ByteBuffer.wrap(head, 60, 4).getInt()).isEqualTo(GeoPackage.USER_VERSION);
        assertThat(java.nio.ByteBuffer.wrap(head, 16, 2).getShort() & 0xFFFF).isEqualTo(ProjectFile.PAGE_SIZE);
        assertThat(Files.list(dir)).containsExactly(f); // no temporary file left behind
    }

    @Test
    void createRefusesAnExistingFile() throws Exception {
        Path f = dir.resolve("x.kansenkaart");
        Files.writeString(f, "keep me");
        assertThatThrownBy(() -> ProjectFile.create(f, null)).isInstanceOf(KansenkaartException.class).hasMessageContaining("already exists");
        assertThat(Files.readString(f)).isEqualTo("keep me");
    }

    @Test
    void openingSomethingElseIsRefusedAndChangesNothing() throws Exception {
        Path txt = dir.resolve("notes.kansenkaart");
        Files.writeString(txt, "this is not a database, but it is long enough to have a header of a hundred bytes...........");
        byte[] before = Files.readAllBytes(txt);
        assertThatThrownBy(() -> ProjectFile.open(txt)).isInstanceOf(KansenkaartException.class).hasMessageContaining("not a Kansenkaart project");
        assertThat(Files.readAllBytes(txt)).isEqualTo(before);

        Path plainSqlite = dir.resolve("other.sqlite");
        try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + plainSqlite); Statement st = c.createStatement()) {
            st.execute("CREATE TABLE t (a INTEGER)");
        }
        byte[] sqliteBefore = Files.readAllBytes(plainSqlite);
        assertThatThrownBy(() -> ProjectFile.open(plainSqlite)).hasMessageContaining("not a GeoPackage");
        assertThat(Files.readAllBytes(plainSqlite)).isEqualTo(sqliteBefore);
    }

    @Test
    void aNewerSchemaIsRefusedWithoutChange() throws Exception {
        Path f = dir.resolve("future.kansenkaart");
        ProjectFile.create(f, null).close();
        try (ProjectFile p = ProjectFile.open(f)) {
            p.setMeta("schema_version", Integer.toString(Schema.currentVersion() + 1));
        }
        byte[] before = Files.readAllBytes(f);
        assertThatThrownBy(() -> ProjectFile.open(f)).hasMessageContaining("newer Kansenkaart");
        assertThat(Files.readAllBytes(f)).isEqualTo(before);
    }

    @Test
    void aFailedTransactionLeavesNoTrace() {
        Path f = dir.resolve("t.kansenkaart");
        Company c = new Company("K1", "Kwekerij", "0113", 12, null, null, new Address("Dijk", "1", "1431AB", "Aalsmeer"),
                Location.rd(115000, 475000, LocationPrecision.PC4), "GM0358", "test", Map.of());
        try (ProjectFile p = ProjectFile.create(f, null)) {
            assertThatThrownBy(() -> p.transaction(conn -> {
                CompanyStore.upsert(conn, List.of(c), null);
                throw new IllegalStateException("boom");
            })).hasMessage("boom");
            assertThat(p.count(Tables.COMPANIES)).isZero();
            p.transaction(conn -> {
                CompanyStore.upsert(conn, List.of(c), null);
                return null;
            });
            List<Company> back = new CompanyStore(p).readAll();
            assertThat(back).hasSize(1);
            assertThat(back.get(0).location().x()).isEqualTo(115000);
            assertThat(back.get(0).location().precision()).isEqualTo(LocationPrecision.PC4);
            assertThat(p.count("rtree_companies_geom")).isEqualTo(1);
        }
    }
}
