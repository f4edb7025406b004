package nl.kansenkaart.project;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Version 4: the matches carry their explanation in Dutch too (full and without quantities), so
 * the app and Dutch workshop outputs explain a match in the analyst's language. Matches stored
 * before have none until step 3 runs again; readers then fall back to the English text.
 */
final class SchemaV4 implements Migration {

    @Override
    public int toVersion() {
        return 4;
    }

    @Override
    public String description() {
        return "step 3 matching: Dutch explanations of the matches";
    }

    @Override
    public void apply(Connection conn, GeoPackage gpkg) throws SQLException {
        try (Statement st = conn.createStatement()) {
            st.execute("ALTER TABLE " + Tables.MATCHES + " ADD COLUMN explanation_nl TEXT");
            st.execute("ALTER TABLE " + Tables.MATCHES + " ADD COLUMN explanation_public_nl TEXT");
        }
    }
}
