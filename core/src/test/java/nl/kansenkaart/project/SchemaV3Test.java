package nl.kansenkaart.project;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import nl.kansenkaart.matching.RuleStore;
import nl.kansenkaart.matching.RuleTable;
import nl.kansenkaart.matching.TransportClassStore;
import nl.kansenkaart.matching.TransportClassTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A project made before step 3 existed gets the matching tables, seeded with the default rules, when opened. */
class SchemaV3Test {

    @TempDir Path dir;

    @Test
    void aVersionOneProjectIsMigratedWithTheDefaultRulesAndClasses() throws Exception {
        Path f = dir.resolve("old.kansenkaart");
        try (Connection c = ProjectFile.connect(f)) {
            c.setAutoCommit(false);
            GeoPackage g = new GeoPackage(c);
            g.initialise();
            new SchemaV1().apply(c, g);
            ProjectFile.putMeta(c, "app", ProjectFile.APP_ID);
            ProjectFile.putMeta(c, "schema_version", "1");
            ProjectFile.putMeta(c, "name", "old");
            c.commit();
        }
        try (ProjectFile p = ProjectFile.open(f)) {
            assertThat(p.schemaVersion()).isEqualTo(Schema.currentVersion()).isGreaterThanOrEqualTo(3);
            assertThat(p.layers()).extracting(GeoPackage.Layer::table).contains(Tables.MATCHES, Tables.MATCH_RULES, Tables.MATCH_DECISIONS);
            assertThat(new RuleStore(p).read().rules()).isEqualTo(RuleTable.defaults().rules());
            assertThat(new TransportClassStore(p).read().classes()).isEqualTo(TransportClassTable.defaults().classes());
        }
    }
}
