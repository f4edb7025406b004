package nl.kansenkaart.matching;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.EnumMap;
import java.util.Map;
import nl.kansenkaart.KansenkaartException;
import nl.kansenkaart.codes.MaterialNames;
import nl.kansenkaart.geo.RdNew;
import nl.kansenkaart.model.FlowDirection;
import nl.kansenkaart.project.GeoPackage;
import nl.kansenkaart.project.GpkgGeometry;
import nl.kansenkaart.project.ProjectFile;
import nl.kansenkaart.project.Tables;
import org.locationtech.jts.geom.Coordinate;

/**
 * Stores a scenario's results: matches as flow lines (supply to demand, RD New) with their
 * attributes and explanation, unmatched flows as points, the take-and-bring balance and the
 * indicators. A run replaces the previous results of the same scenario only.
 */
public final class MatchResultStore {

    private static final String[] RESULT_TABLES = {Tables.MATCHES, Tables.MATCH_UNMATCHED, Tables.MATCH_BALANCE, Tables.MATCH_INDICATORS,
            Tables.MATCH_INDICATOR_PARTS};

    private final ProjectFile project;

    public MatchResultStore(ProjectFile project) {
        this.project = project;
    }

    /** Deletes a scenario's results inside the caller's transaction; returns the rows removed. */
    static int delete(Connection c, String scenario) throws SQLException {
        int n = 0;
        for (String t : RESULT_TABLES)
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM " + t + " WHERE scenario = ?")) {
                ps.setString(1, scenario);
                n += ps.executeUpdate();
            }
        GeoPackage g = new GeoPackage(c);
        g.touch(Tables.MATCHES);
        g.touch(Tables.MATCH_UNMATCHED);
        return n;
    }

    /** Replaces the results of the run's scenario inside the caller's transaction. */
    static void write(Connection c, MatchRun run) throws SQLException {
        delete(c, run.scenario());
        writeMatches(c, run);
        writeUnmatched(c, run);
        writeBalance(c, run);
        writeIndicators(c, run);
        GeoPackage g = new GeoPackage(c);
        g.touch(Tables.MATCHES);
        g.touch(Tables.MATCH_UNMATCHED);
    }

    private static void writeMatches(Connection c, MatchRun run) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + Tables.MATCHES + " (geom, scenario, match_id, rank, supply_ref,"
                + " supply_name, supply_material, supply_material_name, demand_ref, demand_name, demand_material, demand_material_name,"
                + " rule_id, r_level, amount, unit, supply_amount, demand_amount, road_km, scale, class_id, class_scale, approach,"
                + " transport_eur_per_unit, value_eur_per_unit, transport_share, tonne_km, co2_t, primary_replaced, score, score_r,"
                + " score_value, score_coverage, score_quality, explanation, explanation_public, explanation_nl, explanation_public_nl, quality_note,"
                + " decision, supply_quality, supply_precision, demand_quality, demand_precision)"
                + " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)")) {
            int rank = 0;
            for (Match m : run.matches()) {
                FlowNode s = m.supply(), d = m.demand();
                int i = 1;
                ps.setBytes(i++, GpkgGeometry.encode(RdNew.FACTORY.createLineString(new Coordinate[] {
                        new Coordinate(s.x(), s.y()), new Coordinate(d.x(), d.y())}), RdNew.EPSG));
                ps.setString(i++, run.scenario());
                ps.setString(i++, m.id());
                ps.setInt(i++, ++rank);
                ps.setString(i++, s.actorRef());
                ps.setString(i++, s.actorName());
                ps.setString(i++, s.material().toString());
                ps.setString(i++, MaterialNames.nl(s.material()));
                ps.setString(i++, d.actorRef());
                ps.setString(i++, d.actorName());
                ps.setString(i++, d.material().toString());
                ps.setString(i++, MaterialNames.nl(d.material()));
                ps.setString(i++, m.rule().id());
                ps.setString(i++, m.rule().rLevel().name());
                ps.setDouble(i++, m.amount());
                ps.setString(i++, m.unit().symbol());
                ps.setDouble(i++, s.amount());
                ps.setDouble(i++, d.amount());
                ps.setDouble(i++, m.roadKm());
                ps.setString(i++, m.scale().en());
                ps.setString(i++, m.transportClass().id());
                ps.setString(i++, m.transportClass().scale().en());
                ps.setString(i++, m.approach().en());
                ps.setDouble(i++, m.transportEurPerUnit());
                setDouble(ps, i++, m.valueEurPerUnit());
                setDouble(ps, i++, m.transportShare());
                ps.setDouble(i++, m.tonneKm());
                ps.setDouble(i++, m.tonneKm() * run.settings().co2KgPerTonneKm() / 1000.0);
                ps.setDouble(i++, m.primaryReplaced());
                ps.setInt(i++, m.score().total());
                ps.setInt(i++, m.score().rLevelPoints());
                ps.setInt(i++, m.score().valuePoints());
                ps.setInt(i++, m.score().coveragePoints());
                ps.setInt(i++, m.score().qualityPoints());
                ps.setString(i++, m.explanation());
                ps.setString(i++, m.publicExplanation());
                ps.setString(i++, m.explanationNl());
                ps.setString(i++, m.publicExplanationNl());
                ps.setString(i++, m.rule().qualityNote());
                ps.setString(i++, m.decision() == null ? null : m.decision().label());
                ps.setString(i++, s.quality().name());
                ps.setString(i++, s.precision().name());
                ps.setString(i++, d.quality().name());
                ps.setString(i, d.precision().name());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private static void writeUnmatched(Connection c, MatchRun run) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + Tables.MATCH_UNMATCHED + " (geom, scenario, actor_ref, actor_name,"
                + " direction, material, material_name, amount, left_amount, unit, reason, detail) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)")) {
            for (Unmatched u : run.unmatched()) {
                FlowNode n = u.node();
                ps.setBytes(1, n.isLocated() ? GpkgGeometry.encodePoint(n.x(), n.y(), RdNew.EPSG) : null);
                ps.setString(2, run.scenario());
                ps.setString(3, n.actorRef());
                ps.setString(4, n.actorName());
                ps.setString(5, n.direction() == FlowDirection.SUPPLY ? "supply" : "demand");
                ps.setString(6, n.material().toString());
                ps.setString(7, MaterialNames.nl(n.material()));
                ps.setDouble(8, n.amount());
                ps.setDouble(9, u.left());
                ps.setString(10, n.unit().symbol());
                ps.setString(11, u.reason().name());
                ps.setString(12, u.detail());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private static void writeBalance(Connection c, MatchRun run) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + Tables.MATCH_BALANCE + " (scenario, actor_ref, actor_name, role,"
                + " offered_t, brings_t, wanted_t, takes_t, net_t, offered_gj, brings_gj, wanted_gj, takes_gj, partners,"
                + " materials_brought, materials_taken) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)")) {
            for (StakeholderBalance b : run.balances()) {
                ps.setString(1, run.scenario());
                ps.setString(2, b.actorRef());
                ps.setString(3, b.actorName());
                ps.setString(4, b.role().en());
                ps.setDouble(5, b.offeredT());
                ps.setDouble(6, b.bringsT());
                ps.setDouble(7, b.wantedT());
                ps.setDouble(8, b.takesT());
                ps.setDouble(9, b.netT());
                ps.setDouble(10, b.offeredGj());
                ps.setDouble(11, b.bringsGj());
                ps.setDouble(12, b.wantedGj());
                ps.setDouble(13, b.takesGj());
                ps.setInt(14, b.partners());
                ps.setString(15, b.materialsBrought());
                ps.setString(16, b.materialsTaken());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private static void writeIndicators(Connection c, MatchRun run) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + Tables.MATCH_INDICATORS
                + " (scenario, indicator, label, value, unit) VALUES (?,?,?,?,?)")) {
            for (Map.Entry<Indicator, Double> e : run.indicators().values().entrySet()) {
                ps.setString(1, run.scenario());
                ps.setString(2, e.getKey().key());
                ps.setString(3, e.getKey().label());
                ps.setDouble(4, e.getValue());
                ps.setString(5, e.getKey().unit());
                ps.addBatch();
            }
            ps.executeBatch();
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + Tables.MATCH_INDICATOR_PARTS
                + " (scenario, indicator, side, actor_ref, value) VALUES (?,?,?,?,?)")) {
            for (var byIndicator : run.indicators().parts().all().entrySet())
                for (var bySide : byIndicator.getValue().entrySet())
                    for (var part : bySide.getValue().entrySet()) {
                        ps.setString(1, run.scenario());
                        ps.setString(2, byIndicator.getKey().key());
                        ps.setString(3, bySide.getKey().name());
                        ps.setString(4, part.getKey());
                        ps.setDouble(5, part.getValue());
                        ps.addBatch();
                    }
            ps.executeBatch();
        }
    }

    /** Each company's stored part in each indicator of a scenario (empty when not run). */
    public IndicatorParts indicatorParts(String scenario) {
        IndicatorParts parts = new IndicatorParts();
        try (PreparedStatement ps = project.connection().prepareStatement(
                "SELECT indicator, side, actor_ref, value FROM " + Tables.MATCH_INDICATOR_PARTS + " WHERE scenario = ?")) {
            ps.setString(1, scenario);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Indicator i = Indicator.ofKey(rs.getString(1));
                    if (i != null) parts.add(i, nl.kansenkaart.model.FlowDirection.valueOf(rs.getString(2)), rs.getString(3), rs.getDouble(4));
                }
            }
        } catch (SQLException e) {
            throw new KansenkaartException("cannot read " + Tables.MATCH_INDICATOR_PARTS + ": " + e.getMessage(), e);
        }
        return parts;
    }

    private static void setDouble(PreparedStatement ps, int i, Double v) throws SQLException {
        if (v == null || !Double.isFinite(v)) ps.setNull(i, Types.REAL);
        else ps.setDouble(i, v);
    }

    /** The stored indicators of a scenario, or null when it has not been run. */
    public ScenarioIndicators indicators(String scenario) {
        Map<Indicator, Double> m = new EnumMap<>(Indicator.class);
        try (PreparedStatement ps = project.connection().prepareStatement(
                "SELECT indicator, value FROM " + Tables.MATCH_INDICATORS + " WHERE scenario = ?")) {
            ps.setString(1, scenario);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Indicator i = Indicator.ofKey(rs.getString(1));
                    if (i != null) m.put(i, rs.getDouble(2));
                }
            }
        } catch (SQLException e) {
            throw new KansenkaartException("cannot read " + Tables.MATCH_INDICATORS + ": " + e.getMessage(), e);
        }
        return m.isEmpty() ? null : new ScenarioIndicators(m);
    }
}
