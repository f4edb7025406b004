package nl.kansenkaart.project;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import nl.kansenkaart.KansenkaartException;
import nl.kansenkaart.codes.MaterialNames;
import nl.kansenkaart.geo.RdNew;
import nl.kansenkaart.model.DataQuality;
import nl.kansenkaart.model.FlowDirection;
import nl.kansenkaart.model.Location;
import nl.kansenkaart.model.LocationPrecision;
import nl.kansenkaart.model.MaterialFlow;
import nl.kansenkaart.model.MaterialGroup;
import nl.kansenkaart.model.MaterialKey;
import nl.kansenkaart.model.PhysicalState;
import nl.kansenkaart.model.QuantityUnit;

/**
 * Material flows (supply and demand per actor) in the {@code material_flows} layer. The
 * {@code origin} column says which process wrote a row ("lma", "estimate", "manual", ...), so a
 * re-run of a step replaces only its own rows.
 */
public final class MaterialFlowStore {

    private static final String COLUMNS = "geom, actor_ref, direction, material, material_name, material_group, state,"
            + " hazardous, amount, unit, year, quality, source, location_precision, origin";

    private final ProjectFile project;

    public MaterialFlowStore(ProjectFile project) {
        this.project = project;
    }

    /** Replaces all flows of one origin inside the caller's transaction. */
    public static void replace(Connection c, String origin, List<MaterialFlow> flows) throws SQLException {
        try (PreparedStatement del = c.prepareStatement("DELETE FROM " + Tables.MATERIAL_FLOWS + " WHERE origin = ?")) {
            del.setString(1, origin);
            del.executeUpdate();
        }
        insert(c, origin, flows);
    }

    public static void insert(Connection c, String origin, List<MaterialFlow> flows) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + Tables.MATERIAL_FLOWS + " (" + COLUMNS
                + ") VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)")) {
            for (MaterialFlow f : flows) {
                Location l = f.location();
                ps.setBytes(1, l.isLocated() ? GpkgGeometry.encodePoint(l.x(), l.y(), RdNew.EPSG) : null);
                ps.setString(2, f.actorRef());
                ps.setString(3, f.direction().name());
                ps.setString(4, f.material().toString());
                ps.setString(5, MaterialNames.nl(f.material()));
                ps.setString(6, f.group() == null ? null : f.group().name());
                ps.setString(7, f.state() == null ? null : f.state().name());
                ps.setInt(8, f.hazardous() ? 1 : 0);
                ps.setDouble(9, f.amountPerYear());
                ps.setString(10, f.unit().name());
                if (f.year() <= 0) ps.setNull(11, Types.INTEGER);
                else ps.setInt(11, f.year());
                ps.setString(12, f.quality().name());
                ps.setString(13, f.source());
                ps.setString(14, l.precision().name());
                ps.setString(15, origin);
                ps.addBatch();
            }
            ps.executeBatch();
        }
        new GeoPackage(c).touch(Tables.MATERIAL_FLOWS);
    }

    public List<MaterialFlow> readAll() {
        return read(null);
    }

    public List<MaterialFlow> readOrigin(String origin) {
        return read(origin);
    }

    private List<MaterialFlow> read(String origin) {
        List<MaterialFlow> out = new ArrayList<>();
        String sql = "SELECT " + COLUMNS + " FROM " + Tables.MATERIAL_FLOWS + (origin == null ? "" : " WHERE origin = ?")
                + " ORDER BY fid";
        try (PreparedStatement ps = project.connection().prepareStatement(sql)) {
            if (origin != null) ps.setString(1, origin);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    byte[] g = rs.getBytes(1);
                    LocationPrecision p = LocationPrecision.valueOf(rs.getString(14));
                    Location loc = Location.NONE;
                    if (g != null && p.isLocated()) {
                        double[] e = GpkgGeometry.envelope(g);
                        if (e != null) loc = Location.rd(e[0], e[2], p);
                    }
                    out.add(new MaterialFlow(rs.getString(2), FlowDirection.valueOf(rs.getString(3)),
                            MaterialKey.parse(rs.getString(4)),
                            rs.getString(6) == null ? null : MaterialGroup.valueOf(rs.getString(6)),
                            rs.getString(7) == null ? null : PhysicalState.valueOf(rs.getString(7)),
                            rs.getInt(8) == 1, rs.getDouble(9), QuantityUnit.valueOf(rs.getString(10)),
                            rs.getObject(11) == null ? 0 : rs.getInt(11), DataQuality.valueOf(rs.getString(12)),
                            rs.getString(13), loc));
                }
            }
        } catch (SQLException e) {
            throw new KansenkaartException("cannot read material flows: " + e.getMessage(), e);
        }
        return out;
    }

    /** Number of rows per origin, for summaries. */
    public long count(String origin) {
        try (PreparedStatement ps = project.connection().prepareStatement(
                "SELECT count(*) FROM " + Tables.MATERIAL_FLOWS + " WHERE origin = ?")) {
            ps.setString(1, origin);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new KansenkaartException("cannot read material flows: " + e.getMessage(), e);
        }
    }

}
