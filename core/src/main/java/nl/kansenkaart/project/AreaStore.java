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
        Map<AreaLevel, List<Area>> byLevel = new HashMap<>();
        for (Area a : areas) byLevel.computeIfAbsent(a.level(), k -> new ArrayList<>()).add(a);
        GeoPackage gpkg = new GeoPackage(c);
        for (Map.Entry<AreaLevel, List<Area>> e : byLevel.entrySet()) {
            String table = tableOf(e.getKey());
            boolean municipal = e.getKey() == AreaLevel.MUNICIPALITY;
            boolean other = e.getKey() == AreaLevel.OTHER;
            String sql = "INSERT INTO " + table + " (geom, code, name, parent_code, source, attributes"
                    + (municipal ? ", inhabitants, land_ha" : "") + (other ? ", layer" : "") + ") VALUES (?,?,?,?,?,?"
                    + (municipal ? ",?,?" : "") + (other ? ",?" : "") + ")";
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                for (Area a : e.getValue()) {
                    ps.setBytes(1, a.geometry() == null ? null : GpkgGeometry.encode(multi(a.geometry()), RdNew.EPSG));
                    ps.setString(2, a.code());
                    ps.setString(3, a.name());
                    ps.setString(4, a.parentCode());
                    ps.setString(5, source);
                    ps.setString(6, Json.of(a.attributes()));
                    int k = 7;
                    if (municipal) {
                        setNumber(ps, k++, a.attributes().get("inhabitants"));
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

    private static void setNumber(PreparedStatement ps, int i, String v) throws SQLException {
        if (v == null || v.isBlank()) ps.setNull(i, java.sql.Types.REAL);
        else ps.setDouble(i, Double.parseDouble(v));
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

    /** Removes all areas of a level inside the caller's transaction (before re-importing them). */
    public static void deleteAll(Connection c, AreaLevel level) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.executeUpdate("DELETE FROM " + tableOf(level));
        }
    }
}
