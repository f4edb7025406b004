package nl.kansenkaart.export;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.List;
import java.util.stream.Collectors;
import nl.kansenkaart.KansenkaartException;
import nl.kansenkaart.geo.RdNew;
import nl.kansenkaart.project.GeoPackage;
import nl.kansenkaart.project.GpkgGeometry;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;

/**
 * Writes export tables into a new plain GeoPackage ({@code .gpkg}) for QGIS and other GIS tools.
 * Built in a temporary file and moved into place, so a half-written export never appears.
 */
public final class GeoPackageWriter {

    private GeoPackageWriter() {}

    public static void write(Path file, List<ExportTable> tables) {
        tables.forEach(ExportTable::requireSettled);
        Path tmp = file.resolveSibling(file.getFileName() + ".writing");
        try {
            Files.deleteIfExists(tmp);
            try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + tmp)) {
                GeoPackage.registerFunctions(c);
                c.setAutoCommit(false);
                GeoPackage gpkg = new GeoPackage(c);
                gpkg.initialise();
                for (ExportTable t : tables) writeTable(c, gpkg, t);
                c.commit();
            }
            try {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (SQLException | IOException e) {
            try {
                Files.deleteIfExists(tmp);
            } catch (IOException ignored) {
                // the error below is what matters
            }
            throw new KansenkaartException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    private static void writeTable(Connection c, GeoPackage gpkg, ExportTable t) throws SQLException {
        String ddl = t.columns().stream().map(col -> quote(col.name()) + " " + col.type().name()).collect(Collectors.joining(", "));
        if (t.isSpatial()) gpkg.createFeatureTable(t.name(), t.title(), t.title(), t.geometryType(), RdNew.EPSG, ddl, true);
        else gpkg.createAttributeTable(t.name(), t.title(), t.title(), "fid INTEGER PRIMARY KEY AUTOINCREMENT, " + ddl);
        String cols = t.columns().stream().map(col -> quote(col.name())).collect(Collectors.joining(", "));
        int n = t.columns().size() + (t.isSpatial() ? 1 : 0);
        String sql = "INSERT INTO " + t.name() + " (" + (t.isSpatial() ? "geom, " : "") + cols + ") VALUES ("
                + "?" + ", ?".repeat(n - 1) + ")";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (ExportTable.Row row : t.rows()) {
                int k = 1;
                if (t.isSpatial()) {
                    Geometry g = row.geometry();
                    if (g == null) ps.setNull(k++, Types.BLOB);
                    else ps.setBytes(k++, GpkgGeometry.encode(fit(g, t.geometryType()), RdNew.EPSG));
                }
                for (int i = 0; i < t.columns().size(); i++) {
                    Object v = row.values()[i];
                    if (v == null) ps.setNull(k++, Types.NULL);
                    else if (v instanceof Double d) ps.setDouble(k++, d);
                    else if (v instanceof Number num) ps.setLong(k++, num.longValue());
                    else ps.setString(k++, v.toString());
                }
                ps.addBatch();
            }
            ps.executeBatch();
        }
        gpkg.touch(t.name());
    }

    /** GeoPackage readers expect the declared type: single polygons go into MULTIPOLYGON layers as multis. */
    private static Geometry fit(Geometry g, String type) {
        if ("MULTIPOLYGON".equals(type) && g instanceof Polygon p) return RdNew.FACTORY.createMultiPolygon(new Polygon[] {p});
        if ("MULTIPOLYGON".equals(type) && !(g instanceof MultiPolygon))
            throw new IllegalArgumentException("not a polygon: " + g.getGeometryType());
        return g;
    }

    private static String quote(String column) {
        return '"' + column.replace("\"", "\"\"") + '"';
    }
}
