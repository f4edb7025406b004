package nl.kansenkaart.project;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.sqlite.Function;

/**
 * The OGC GeoPackage 1.2 container on a plain SQLite connection: the required metadata tables,
 * the spatial reference systems, registration of feature and attribute tables, R-tree spatial
 * indexes with the six triggers of the gpkg_rtree_index extension, and layer extents.
 */
public final class GeoPackage {

    /** 'GPKG' as a big-endian int, required in the SQLite header by the standard. */
    public static final int APPLICATION_ID = 0x47504B47;
    /** GeoPackage 1.2.0. */
    public static final int USER_VERSION = 10200;

    static final String RD_NEW_WKT = "PROJCS[\"Amersfoort / RD New\",GEOGCS[\"Amersfoort\",DATUM[\"Amersfoort\","
            + "SPHEROID[\"Bessel 1841\",6377397.155,299.1528128,AUTHORITY[\"EPSG\",\"7004\"]],"
            + "TOWGS84[565.2369,50.0087,465.658,-0.406857,0.350733,-1.87035,4.0812],AUTHORITY[\"EPSG\",\"6289\"]],"
            + "PRIMEM[\"Greenwich\",0,AUTHORITY[\"EPSG\",\"8901\"]],UNIT[\"degree\",0.0174532925199433,AUTHORITY[\"EPSG\",\"9122\"]],"
            + "AUTHORITY[\"EPSG\",\"4289\"]],PROJECTION[\"Oblique_Stereographic\"],PARAMETER[\"latitude_of_origin\",52.1561605555556],"
            + "PARAMETER[\"central_meridian\",5.38763888888889],PARAMETER[\"scale_factor\",0.9999079],"
            + "PARAMETER[\"false_easting\",155000],PARAMETER[\"false_northing\",463000],UNIT[\"metre\",1,AUTHORITY[\"EPSG\",\"9001\"]],"
            + "AXIS[\"Easting\",EAST],AXIS[\"Northing\",NORTH],AUTHORITY[\"EPSG\",\"28992\"]]";

    static final String WGS84_WKT = "GEOGCS[\"WGS 84\",DATUM[\"WGS_1984\",SPHEROID[\"WGS 84\",6378137,298.257223563,"
            + "AUTHORITY[\"EPSG\",\"7030\"]],AUTHORITY[\"EPSG\",\"6326\"]],PRIMEM[\"Greenwich\",0,AUTHORITY[\"EPSG\",\"8901\"]],"
            + "UNIT[\"degree\",0.0174532925199433,AUTHORITY[\"EPSG\",\"9122\"]],AXIS[\"Latitude\",NORTH],AXIS[\"Longitude\",EAST],"
            + "AUTHORITY[\"EPSG\",\"4326\"]]";

    /** A registered table: name, data type ("features" or "attributes"), geometry type and srs. */
    public record Layer(String table, String dataType, String identifier, String geometryType, Integer srsId) {
        public boolean isFeatures() {
            return "features".equals(dataType);
        }
    }

    private final Connection conn;

    public GeoPackage(Connection conn) {
        this.conn = conn;
    }

    /**
     * Registers the SQL functions the R-tree triggers call (ST_MinX, ST_IsEmpty, ...). GDAL
     * defines them itself; plain SQLite does not, so every connection of ours needs them.
     */
    public static void registerFunctions(Connection conn) throws SQLException {
        for (int i = 0; i < 4; i++) {
            final int which = i;
            Function.create(conn, new String[] {"ST_MinX", "ST_MaxX", "ST_MinY", "ST_MaxY"}[i], new Function() {
                @Override
                protected void xFunc() throws SQLException {
                    byte[] blob = value_blob(0);
                    double[] e = blob == null ? null : GpkgGeometry.envelope(blob);
                    if (e == null) result();
                    else result(e[which]);
                }
            }, 1, Function.FLAG_DETERMINISTIC);
        }
        Function.create(conn, "ST_IsEmpty", new Function() {
            @Override
            protected void xFunc() throws SQLException {
                byte[] blob = value_blob(0);
                if (blob == null) result();
                else result(GpkgGeometry.isEmpty(blob) ? 1 : 0);
            }
        }, 1, Function.FLAG_DETERMINISTIC);
    }

    /** Creates the required GeoPackage tables and spatial reference systems in an empty database. */
    public void initialise() throws SQLException {
        try (Statement st = conn.createStatement()) {
            st.execute("PRAGMA application_id = " + APPLICATION_ID);
            st.execute("PRAGMA user_version = " + USER_VERSION);
            st.execute("CREATE TABLE gpkg_spatial_ref_sys (srs_name TEXT NOT NULL, srs_id INTEGER NOT NULL PRIMARY KEY,"
                    + " organization TEXT NOT NULL, organization_coordsys_id INTEGER NOT NULL, definition TEXT NOT NULL,"
                    + " description TEXT)");
            st.execute("CREATE TABLE gpkg_contents (table_name TEXT NOT NULL PRIMARY KEY, data_type TEXT NOT NULL,"
                    + " identifier TEXT UNIQUE, description TEXT DEFAULT '', last_change DATETIME NOT NULL DEFAULT"
                    + " (strftime('%Y-%m-%dT%H:%M:%fZ','now')), min_x DOUBLE, min_y DOUBLE, max_x DOUBLE, max_y DOUBLE,"
                    + " srs_id INTEGER, CONSTRAINT fk_gc_r_srs_id FOREIGN KEY (srs_id) REFERENCES gpkg_spatial_ref_sys(srs_id))");
            st.execute("CREATE TABLE gpkg_geometry_columns (table_name TEXT NOT NULL, column_name TEXT NOT NULL,"
                    + " geometry_type_name TEXT NOT NULL, srs_id INTEGER NOT NULL, z TINYINT NOT NULL, m TINYINT NOT NULL,"
                    + " CONSTRAINT pk_geom_cols PRIMARY KEY (table_name, column_name),"
                    + " CONSTRAINT uk_gc_table_name UNIQUE (table_name),"
                    + " CONSTRAINT fk_gc_tn FOREIGN KEY (table_name) REFERENCES gpkg_contents(table_name),"
                    + " CONSTRAINT fk_gc_srs FOREIGN KEY (srs_id) REFERENCES gpkg_spatial_ref_sys (srs_id))");
            st.execute("CREATE TABLE gpkg_extensions (table_name TEXT, column_name TEXT, extension_name TEXT NOT NULL,"
                    + " definition TEXT NOT NULL, scope TEXT NOT NULL,"
                    + " CONSTRAINT ge_tce UNIQUE (table_name, column_name, extension_name))");
        }
        try (PreparedStatement ps = conn.prepareStatement("INSERT INTO gpkg_spatial_ref_sys VALUES (?,?,?,?,?,?)")) {
            addSrs(ps, "Undefined cartesian SRS", -1, "NONE", -1, "undefined", "undefined cartesian coordinate reference system");
            addSrs(ps, "Undefined geographic SRS", 0, "NONE", 0, "undefined", "undefined geographic coordinate reference system");
            addSrs(ps, "WGS 84 geodetic", 4326, "EPSG", 4326, WGS84_WKT, "longitude/latitude coordinates in decimal degrees on the WGS 84 spheroid");
            addSrs(ps, "Amersfoort / RD New", 28992, "EPSG", 28992, RD_NEW_WKT, "Dutch national grid (Rijksdriehoeksstelsel), metres");
            ps.executeBatch();
        }
    }

    private static void addSrs(PreparedStatement ps, String name, int id, String org, int orgId, String def, String desc)
            throws SQLException {
        ps.setString(1, name);
        ps.setInt(2, id);
        ps.setString(3, org);
        ps.setInt(4, orgId);
        ps.setString(5, def);
        ps.setString(6, desc);
        ps.addBatch();
    }

    /**
     * Creates a feature table {@code fid INTEGER PRIMARY KEY, geom <type>, <columns>} and registers
     * it, with an R-tree spatial index when {@code spatialIndex} is set.
     *
     * @param columnsDdl further column definitions, e.g. {@code "name TEXT NOT NULL, jobs INTEGER"}
     * @param geometryType POINT, LINESTRING, POLYGON, MULTIPOLYGON, GEOMETRY, ...
     */
    public void createFeatureTable(String table, String identifier, String description, String geometryType,
                                   int srsId, String columnsDdl, boolean spatialIndex) throws SQLException {
        try (Statement st = conn.createStatement()) {
            st.execute("CREATE TABLE " + table + " (fid INTEGER PRIMARY KEY AUTOINCREMENT, geom " + geometryType
                    + (columnsDdl.isBlank() ? "" : ", " + columnsDdl) + ")");
        }
        register(table, "features", identifier, description, srsId);
        try (PreparedStatement ps = conn.prepareStatement("INSERT INTO gpkg_geometry_columns VALUES (?,?,?,?,0,0)")) {
            ps.setString(1, table);
            ps.setString(2, "geom");
            ps.setString(3, geometryType);
            ps.setInt(4, srsId);
            ps.executeUpdate();
        }
        if (spatialIndex) createSpatialIndex(table, "geom", "fid");
    }

    /**
     * Creates a view and registers it as a feature layer, as the standard allows ("table or
     * view"), so GDAL and QGIS list and draw it like a table. {@code select} must return an
     * integer {@code fid} unique per row first and a {@code geom} column of {@code geometryType}.
     */
    public void createFeatureView(String view, String identifier, String description, String geometryType,
                                  int srsId, String select) throws SQLException {
        try (Statement st = conn.createStatement()) {
            st.execute("CREATE VIEW " + view + " AS " + select);
        }
        register(view, "features", identifier, description, srsId);
        try (PreparedStatement ps = conn.prepareStatement("INSERT INTO gpkg_geometry_columns VALUES (?,?,?,?,0,0)")) {
            ps.setString(1, view);
            ps.setString(2, "geom");
            ps.setString(3, geometryType);
            ps.setInt(4, srsId);
            ps.executeUpdate();
        }
    }

    /** Creates a non-spatial table and registers it as GeoPackage "attributes" so GIS tools list it. */
    public void createAttributeTable(String table, String identifier, String description, String columnsDdl)
            throws SQLException {
        try (Statement st = conn.createStatement()) {
            st.execute("CREATE TABLE " + table + " (" + columnsDdl + ")");
        }
        register(table, "attributes", identifier, description, null);
    }

    private void register(String table, String dataType, String identifier, String description, Integer srsId)
            throws SQLException {
        try (PreparedStatement ps = conn.prepareStatement(
                "INSERT INTO gpkg_contents (table_name, data_type, identifier, description, last_change, srs_id) VALUES (?,?,?,?,?,?)")) {
            ps.setString(1, table);
            ps.setString(2, dataType);
            ps.setString(3, identifier);
            ps.setString(4, description);
            ps.setString(5, now());
            if (srsId == null) ps.setNull(6, java.sql.Types.INTEGER);
            else ps.setInt(6, srsId);
            ps.executeUpdate();
        }
    }

    private void createSpatialIndex(String t, String c, String i) throws SQLException {
        String r = "rtree_" + t + "_" + c;
        String vals = "VALUES (NEW." + i + ", ST_MinX(NEW." + c + "), ST_MaxX(NEW." + c + "), ST_MinY(NEW." + c + "), ST_MaxY(NEW." + c + "))";
        try (Statement st = conn.createStatement()) {
            st.execute("CREATE VIRTUAL TABLE " + r + " USING rtree(id, minx, maxx, miny, maxy)");
            st.execute("CREATE TRIGGER " + r + "_insert AFTER INSERT ON " + t + " WHEN (new." + c + " NOT NULL AND NOT ST_IsEmpty(NEW." + c + "))"
                    + " BEGIN INSERT OR REPLACE INTO " + r + " " + vals + "; END");
            st.execute("CREATE TRIGGER " + r + "_update1 AFTER UPDATE OF " + c + " ON " + t + " WHEN OLD." + i + " = NEW." + i
                    + " AND (NEW." + c + " NOTNULL AND NOT ST_IsEmpty(NEW." + c + "))"
                    + " BEGIN INSERT OR REPLACE INTO " + r + " " + vals + "; END");
            st.execute("CREATE TRIGGER " + r + "_update2 AFTER UPDATE OF " + c + " ON " + t + " WHEN OLD." + i + " = NEW." + i
                    + " AND (NEW." + c + " ISNULL OR ST_IsEmpty(NEW." + c + "))"
                    + " BEGIN DELETE FROM " + r + " WHERE id = OLD." + i + "; END");
            st.execute("CREATE TRIGGER " + r + "_update3 AFTER UPDATE ON " + t + " WHEN OLD." + i + " != NEW." + i
                    + " AND (NEW." + c + " NOTNULL AND NOT ST_IsEmpty(NEW." + c + "))"
                    + " BEGIN DELETE FROM " + r + " WHERE id = OLD." + i + "; INSERT OR REPLACE INTO " + r + " " + vals + "; END");
            st.execute("CREATE TRIGGER " + r + "_update4 AFTER UPDATE ON " + t + " WHEN OLD." + i + " != NEW." + i
                    + " AND (NEW." + c + " ISNULL OR ST_IsEmpty(NEW." + c + "))"
                    + " BEGIN DELETE FROM " + r + " WHERE id IN (OLD." + i + ", NEW." + i + "); END");
            st.execute("CREATE TRIGGER " + r + "_delete AFTER DELETE ON " + t + " WHEN old." + c + " NOT NULL"
                    + " BEGIN DELETE FROM " + r + " WHERE id = OLD." + i + "; END");
        }
        try (PreparedStatement ps = conn.prepareStatement("INSERT INTO gpkg_extensions VALUES (?,?,?,?,?)")) {
            ps.setString(1, t);
            ps.setString(2, c);
            ps.setString(3, "gpkg_rtree_index");
            ps.setString(4, "http://www.geopackage.org/spec120/#extension_rtree");
            ps.setString(5, "write-only");
            ps.executeUpdate();
        }
    }

    /**
     * Recomputes a feature table's extent in gpkg_contents and stamps last_change; call after
     * changing its rows, inside the same transaction.
     */
    public void touch(String table) throws SQLException {
        double[] ext = null;
        boolean indexed = hasSpatialIndex(table);
        String sql = indexed
                ? "SELECT min(minx), min(miny), max(maxx), max(maxy) FROM rtree_" + table + "_geom"
                : null;
        if (isFeatureTable(table)) {
            if (indexed) {
                try (Statement st = conn.createStatement(); ResultSet rs = st.executeQuery(sql)) {
                    if (rs.next() && rs.getObject(1) != null)
                        ext = new double[] {rs.getDouble(1), rs.getDouble(2), rs.getDouble(3), rs.getDouble(4)};
                }
            } else {
                try (Statement st = conn.createStatement();
                     ResultSet rs = st.executeQuery("SELECT geom FROM " + table + " WHERE geom IS NOT NULL")) {
                    double minx = Double.POSITIVE_INFINITY, miny = Double.POSITIVE_INFINITY;
                    double maxx = Double.NEGATIVE_INFINITY, maxy = Double.NEGATIVE_INFINITY;
                    while (rs.next()) {
                        double[] e = GpkgGeometry.envelope(rs.getBytes(1));
                        if (e == null) continue;
                        minx = Math.min(minx, e[0]);
                        maxx = Math.max(maxx, e[1]);
                        miny = Math.min(miny, e[2]);
                        maxy = Math.max(maxy, e[3]);
                    }
                    if (minx <= maxx) ext = new double[] {minx, miny, maxx, maxy};
                }
            }
        }
        try (PreparedStatement ps = conn.prepareStatement(
                "UPDATE gpkg_contents SET last_change = ?, min_x = ?, min_y = ?, max_x = ?, max_y = ? WHERE table_name = ?")) {
            ps.setString(1, now());
            for (int k = 0; k < 4; k++) {
                if (ext == null) ps.setNull(k + 2, java.sql.Types.DOUBLE);
                else ps.setDouble(k + 2, ext[k]);
            }
            ps.setString(6, table);
            ps.executeUpdate();
        }
    }

    /**
     * Widens a feature table's extent in gpkg_contents by {@code envelope} {minx, maxx, miny, maxy}
     * (null: only stamp last_change). For bulk appends, where {@link #touch} would rescan every row.
     */
    public void extendExtent(String table, double[] envelope) throws SQLException {
        if (envelope == null) {
            try (PreparedStatement ps = conn.prepareStatement("UPDATE gpkg_contents SET last_change = ? WHERE table_name = ?")) {
                ps.setString(1, now());
                ps.setString(2, table);
                ps.executeUpdate();
            }
            return;
        }
        try (PreparedStatement ps = conn.prepareStatement("UPDATE gpkg_contents SET last_change = ?,"
                + " min_x = CASE WHEN min_x IS NULL THEN ? ELSE min(min_x, ?) END,"
                + " min_y = CASE WHEN min_y IS NULL THEN ? ELSE min(min_y, ?) END,"
                + " max_x = CASE WHEN max_x IS NULL THEN ? ELSE max(max_x, ?) END,"
                + " max_y = CASE WHEN max_y IS NULL THEN ? ELSE max(max_y, ?) END WHERE table_name = ?")) {
            ps.setString(1, now());
            double[] v = {envelope[0], envelope[2], envelope[1], envelope[3]};
            for (int k = 0; k < 4; k++) {
                ps.setDouble(2 + 2 * k, v[k]);
                ps.setDouble(3 + 2 * k, v[k]);
            }
            ps.setString(10, table);
            ps.executeUpdate();
        }
    }

    /** Gives layer {@code to} the extent of layer {@code from} (a view over a table has the table's extent). */
    public void copyExtent(String from, String to) throws SQLException {
        try (PreparedStatement ps = conn.prepareStatement("UPDATE gpkg_contents SET last_change = ?,"
                + " (min_x, min_y, max_x, max_y) = (SELECT min_x, min_y, max_x, max_y FROM gpkg_contents WHERE table_name = ?)"
                + " WHERE table_name = ?")) {
            ps.setString(1, now());
            ps.setString(2, from);
            ps.setString(3, to);
            ps.executeUpdate();
        }
    }

    /** Whether the extent can come from an R-tree; large point layers without one are scanned. */
    private boolean hasSpatialIndex(String table) throws SQLException {
        try (PreparedStatement ps = conn.prepareStatement(
                "SELECT 1 FROM gpkg_extensions WHERE table_name = ? AND extension_name = 'gpkg_rtree_index'")) {
            ps.setString(1, table);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    private boolean isFeatureTable(String table) throws SQLException {
        try (PreparedStatement ps = conn.prepareStatement("SELECT 1 FROM gpkg_geometry_columns WHERE table_name = ?")) {
            ps.setString(1, table);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    /** All registered tables in the order they were created. */
    public List<Layer> layers() throws SQLException {
        List<Layer> out = new ArrayList<>();
        try (Statement st = conn.createStatement();
             ResultSet rs = st.executeQuery("SELECT c.table_name, c.data_type, c.identifier, g.geometry_type_name, c.srs_id"
                     + " FROM gpkg_contents c LEFT JOIN gpkg_geometry_columns g ON g.table_name = c.table_name ORDER BY c.rowid")) {
            while (rs.next())
                out.add(new Layer(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getObject(5) == null ? null : rs.getInt(5)));
        }
        return out;
    }

    static String now() {
        return Instant.now().truncatedTo(ChronoUnit.MILLIS).toString();
    }
}
