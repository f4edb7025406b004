package nl.kansenkaart.matching;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import nl.kansenkaart.KansenkaartException;
import nl.kansenkaart.codes.RLevel;
import nl.kansenkaart.model.MaterialKey;
import nl.kansenkaart.project.GpkgGeometry;
import nl.kansenkaart.project.ProjectFile;
import nl.kansenkaart.project.Tables;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;

/** Reads the matches step 3 stored for a scenario, best first, for the app's table and map layer. */
public final class StoredMatches {

    private StoredMatches() {}

    /** The scenario's matches in rank order; empty before step 3 or for a project without its tables. */
    public static List<StoredMatch> read(ProjectFile project, String scenario) {
        if (project.layers().stream().noneMatch(l -> l.table().equals(Tables.MATCHES))) return List.of();
        List<StoredMatch> out = new ArrayList<>();
        GeometryFactory factory = new GeometryFactory();
        try (PreparedStatement ps = project.connection().prepareStatement("SELECT geom, match_id, rank, supply_ref, supply_name,"
                + " supply_material_name, demand_ref, demand_name, demand_material_name, rule_id, r_level, amount, unit, road_km, scale,"
                + " approach, transport_share, score, explanation, decision, supply_quality, demand_quality, supply_material, demand_material,"
                + " explanation_nl FROM " + Tables.MATCHES
                + " WHERE scenario = ? ORDER BY rank")) {
            ps.setString(1, scenario);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Geometry g = GpkgGeometry.decode(rs.getBytes("geom"), factory);
                    Coordinate[] ends = g.getCoordinates();
                    Object share = rs.getObject("transport_share");
                    out.add(new StoredMatch(rs.getString("match_id"), rs.getInt("rank"), rs.getString("supply_ref"), rs.getString("supply_name"),
                            rs.getString("supply_material_name"), rs.getString("demand_ref"), rs.getString("demand_name"),
                            rs.getString("demand_material_name"), rs.getString("rule_id"), RLevel.valueOf(rs.getString("r_level")),
                            rs.getDouble("amount"), rs.getString("unit"), rs.getDouble("road_km"), scale(rs.getString("scale")),
                            approach(rs.getString("approach")), share == null ? null : ((Number) share).doubleValue(), rs.getInt("score"),
                            rs.getString("explanation"), rs.getString("decision"), rs.getString("supply_quality"),
                            rs.getString("demand_quality"), ends[0].x, ends[0].y, ends[ends.length - 1].x, ends[ends.length - 1].y,
                            MaterialKey.parse(rs.getString("supply_material")), MaterialKey.parse(rs.getString("demand_material")),
                            rs.getString("explanation_nl")));
                }
            }
        } catch (SQLException e) {
            throw new KansenkaartException("cannot read " + Tables.MATCHES + ": " + e.getMessage(), e);
        }
        return out;
    }

    private static ScaleLevel scale(String en) {
        for (ScaleLevel s : ScaleLevel.values()) if (s.en().equals(en)) return s;
        return ScaleLevel.ofDistanceKm(Double.POSITIVE_INFINITY);
    }

    private static Approach approach(String en) {
        for (Approach a : Approach.values()) if (a.en().equals(en)) return a;
        return Approach.CHAIN;
    }
}
