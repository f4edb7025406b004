package nl.kansenkaart.project;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.kansenkaart.geo.RdNew;
import nl.kansenkaart.model.Area;
import nl.kansenkaart.model.AreaLevel;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;

/** Areas in the project: one feature table per level (municipalities, provinces, region, business parks, other). */
public final class AreaStore {

    private final ProjectFile project;

    public AreaStore(ProjectFile project) {
        this.project = project;
    }

    public static String tableOf(AreaLevel level) {
        return switch (level) {
            case MUNICIPALITY -> Tables.MUNICIPALITIES;
            case PROVINCE -> Tables.PROVINCES;
            case REGION -> Tables.STUDY_REGION;
            case BUSINESS_PARK -> Tables.BUSINESS_PARKS;
            case OTHER -> Tables.OTHER_AREAS;
        };
    }

    /** Adds areas inside the caller's transaction. Geometries must be RD New; polygons become multipolygons. */
    public static void insert(Connection c, List<Area> areas, String source) throws SQLException {
        insert(c, areas, source, null);
    }

    /** As {@link #insert(Connection, List, String)}, recording the import the areas came from. */
    public static void insert(Connection c, List<Area> areas, String source, Long importId) throws SQLException {
        Map<AreaLevel, List<Area>> byLevel = new HashMap<>();
        for (Area a : areas) byLevel.computeIfAbsent(a.level(), k -> new ArrayList<>()).add(a);
        GeoPackage gpkg = new GeoPackage(c);
        for (Map.Entry<AreaLevel, List<Area>> e : byLevel.entrySet()) {
            String table = tableOf(e.getKey());
            boolean municipal = e.getKey() == AreaLevel.MUNICIPALITY;
            boolean other = e.getKey() == AreaLevel.OTHER;
            String sql = "INSERT INTO " + table + " (geom, code, name, parent_code, source, attributes, import_id"
                    + (municipal ? ", inhabitants, land_ha" : "") + (other ? ", layer" : "") + ") VALUES (?,?,?,?,?,?,?"
                    + (municipal ? ",?,?" : "") + (other ? ",?" : "") + ")";
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                for (Area a : e.getValue()) {
                    ps.setBytes(1, a.geometry() == null ? null : GpkgGeometry.encode(multi(a.geometry()), RdNew.EPSG));
                    ps.setString(2, a.code());
                    ps.setString(3, a.name());
                    ps.setString(4, a.parentCode());
                    ps.setString(5, source);
                    ps.setString(6, Json.of(a.attributes()));
                    if (importId == null) ps.setNull(7, java.sql.Types.INTEGER);
                    else ps.setLong(7, importId);
                    int k = 8;
                    if (municipal) {
                        // the shipped CBS boundaries call it "inwoners", imported ones "inhabitants"
                        setNumber(ps, k++, a.attributes().getOrDefault("inhabitants", a.attributes().get("inwoners")));
                        setNumber(ps, k++, a.attributes().get("oppervlakte_land_ha"));
                    }
                    if (other) ps.setString(k, a.attributes().getOrDefault("layer", source));
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            gpkg.touch(table);
        }
    }

    /** A number attribute, or NULL when it is missing or not a number (CBS writes placeholders for secret values). */
    private static void setNumber(PreparedStatement ps, int i, String v) throws SQLException {
        double d;
        try {
            d = v == null || v.isBlank() ? Double.NaN : Double.parseDouble(v.trim());
        } catch (NumberFormatException e) {
            d = Double.NaN;
        }
        if (Double.isNaN(d) || Double.isInfinite(d) || d < 0) ps.setNull(i, java.sql.Types.REAL);
        else ps.setDouble(i, d);
    }

    private static Geometry multi(Geometry g) {
        if (g instanceof Polygon p) return RdNew.FACTORY.createMultiPolygon(new Polygon[] {p});
        if (g instanceof MultiPolygon) return g;
        throw new IllegalArgumentException("area geometry must be a polygon, got " + g.getGeometryType());
    }

    public List<Area> read(AreaLevel level) {
        String table = tableOf(level);
        List<Area> out = new ArrayList<>();
        try (Statement st = project.connection().createStatement();
             ResultSet rs = st.executeQuery("SELECT geom, code, name, parent_code, attributes FROM " + table + " ORDER BY fid")) {
            while (rs.next()) {
                byte[] g = rs.getBytes(1);
                out.add(new Area(rs.getString(2), rs.getString(3), level, rs.getString(4),
                        g == null ? null : GpkgGeometry.decode(g, RdNew.FACTORY), Json.map(rs.getString(5))));
            }
        } catch (SQLException e) {
            throw new nl.kansenkaart.KansenkaartException("cannot read " + table + ": " + e.getMessage(), e);
        }
        return out;
    }

    /** Removes the areas one import added, from every area table; returns how many. */
    public static int deleteImport(Connection c, long importId) throws SQLException {
        int n = 0;
        for (AreaLevel level : AreaLevel.values()) {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM " + tableOf(level) + " WHERE import_id = ?")) {
                ps.setLong(1, importId);
                n += ps.executeUpdate();
            }
            new GeoPackage(c).touch(tableOf(level));
        }
        return n;
    }

    /** Removes the business parks (or other areas) with these codes, before an import replaces them. */
    public static int deleteCodes(Connection c, AreaLevel level, java.util.Collection<String> codes, String layer)
            throws SQLException {
        int n = 0;
        String sql = "DELETE FROM " + tableOf(level) + " WHERE code = ?" + (layer != null ? " AND layer = ?" : "");
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (String code : codes) {
                ps.setString(1, code);
                if (layer != null) ps.setString(2, layer);
                n += ps.executeUpdate();
            }
        }
        return n;
    }

    /** Removes all areas of one named layer of the other-areas table. */
    public static int deleteLayer(Connection c, String layer) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM " + Tables.OTHER_AREAS + " WHERE layer = ?")) {
            ps.setString(1, layer);
            return ps.executeUpdate();
        }
    }

    /** Removes all areas of a level inside the caller's transaction (before re-importing them). */
    public static void deleteAll(Connection c, AreaLevel level) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.executeUpdate("DELETE FROM " + tableOf(level));
        }
    }
}
