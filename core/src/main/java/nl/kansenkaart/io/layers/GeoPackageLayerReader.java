package nl.kansenkaart.io.layers;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.kansenkaart.KansenkaartException;
import nl.kansenkaart.project.GpkgGeometry;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.sqlite.SQLiteConfig;

/**
 * Reads the feature tables of any OGC GeoPackage (QGIS, GDAL, PDOK downloads), read-only, each as a
 * layer with the coordinate system of its {@code gpkg_spatial_ref_sys} entry.
 */
final class GeoPackageLayerReader {

    private GeoPackageLayerReader() {}

    /** Geometry types of tables that can hold areas; other feature tables (points, lines) are skipped with a note. */
    private static final java.util.Set<String> AREA_TYPES = java.util.Set.of("POLYGON", "MULTIPOLYGON", "GEOMETRY",
            "CURVEPOLYGON", "MULTISURFACE", "SURFACE", "GEOMETRYCOLLECTION");

    static List<SourceLayer> read(Path file, List<String> notes) {
        SQLiteConfig cfg = new SQLiteConfig();
        cfg.setReadOnly(true);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath(), cfg.toProperties())) {
            List<SourceLayer> out = new ArrayList<>();
            List<String[]> tables = featureTables(c);
            for (String[] t : tables) {
                if (!AREA_TYPES.contains(t[3].toUpperCase(java.util.Locale.ROOT))) {
                    notes.add("table " + t[0] + " skipped: its geometries are " + t[3] + ", not areas");
                    continue;
                }
                out.add(layer(c, t[0], t[1], crs(c, Integer.parseInt(t[2]), t[0])));
            }
            if (out.isEmpty())
                throw new KansenkaartException(file.getFileName() + (tables.isEmpty() ? " is a GeoPackage without feature tables"
                        : " has no table of areas (polygons)"));
            return out;
        } catch (SQLException e) {
            throw new KansenkaartException(file.getFileName() + " is not a readable GeoPackage: " + e.getMessage(), e);
        }
    }

    /** {table, geometry column, srs id, geometry type} of each feature table, in registration order. */
    private static List<String[]> featureTables(Connection c) throws SQLException {
        List<String[]> out = new ArrayList<>();
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT g.table_name, g.column_name, g.srs_id, g.geometry_type_name FROM gpkg_geometry_columns g"
                     + " JOIN gpkg_contents c ON c.table_name = g.table_name WHERE c.data_type = 'features'"
                     + " ORDER BY c.rowid")) {
            while (rs.next())
                out.add(new String[] {rs.getString(1), rs.getString(2), Integer.toString(rs.getInt(3)), rs.getString(4)});
        }
        return out;
    }

    private static DeclaredCrs crs(Connection c, int srsId, String table) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT organization, organization_coordsys_id, definition FROM gpkg_spatial_ref_sys WHERE srs_id = ?")) {
            ps.setInt(1, srsId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) return null;
                String origin = "gpkg_spatial_ref_sys of " + table;
                if ("EPSG".equalsIgnoreCase(rs.getString(1)) && rs.getInt(2) > 0)
                    return new DeclaredCrs(rs.getInt(2), origin, "EPSG:" + rs.getInt(2));
                return DeclaredCrs.fromWkt(rs.getString(3), origin);
            }
        }
    }

    private static SourceLayer layer(Connection c, String table, String geomColumn, DeclaredCrs crs) throws SQLException {
        List<SourceFeature> features = new ArrayList<>();
        GeometryFactory factory = new GeometryFactory();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT * FROM " + quote(table))) {
            ResultSetMetaData md = rs.getMetaData();
            long n = 0;
            while (rs.next()) {
                n++;
                Map<String, String> props = new LinkedHashMap<>();
                Geometry g = null;
                String problem = null;
                for (int i = 1; i <= md.getColumnCount(); i++) {
                    String col = md.getColumnName(i);
                    if (col.equalsIgnoreCase(geomColumn)) {
                        byte[] blob = rs.getBytes(i);
                        if (blob == null) problem = "no geometry";
                        else {
                            try {
                                g = GpkgGeometry.decode(blob, factory);
                            } catch (RuntimeException e) {
                                problem = "unreadable geometry: " + e.getMessage();
                            }
                        }
                    } else {
                        Object v = rs.getObject(i);
                        if (v != null && !(v instanceof byte[])) props.put(col, v.toString());
                    }
                }
                features.add(new SourceFeature(n, g, props, problem));
            }
        }
        return new SourceLayer(table, features, crs);
    }

    private static String quote(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }
}
