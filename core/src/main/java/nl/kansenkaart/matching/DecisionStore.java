package nl.kansenkaart.matching;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.kansenkaart.KansenkaartException;
import nl.kansenkaart.model.MaterialKey;
import nl.kansenkaart.project.ProjectFile;
import nl.kansenkaart.project.Tables;

/**
 * The analyst's decisions (table match_decisions), keyed by the stable pair id, so they hold
 * across re-runs and scenarios. Deciding also marks the pair in the stored matches at once.
 */
public final class DecisionStore {

    /** One stored decision. */
    public record Entry(String matchId, PairKey pair, Decision decision, String decidedAt, String note) {}

    private final ProjectFile project;

    public DecisionStore(ProjectFile project) {
        this.project = project;
    }

    public List<Entry> all() {
        List<Entry> out = new ArrayList<>();
        try (Statement st = project.connection().createStatement();
             ResultSet rs = st.executeQuery("SELECT match_id, supply_ref, supply_material, demand_ref, demand_material, decision,"
                     + " decided_at, note FROM " + Tables.MATCH_DECISIONS + " ORDER BY decided_at, match_id")) {
            while (rs.next())
                out.add(new Entry(rs.getString(1), new PairKey(rs.getString(2), MaterialKey.parse(rs.getString(3)), rs.getString(4),
                        MaterialKey.parse(rs.getString(5))), Decision.valueOf(rs.getString(6)), rs.getString(7), rs.getString(8)));
        } catch (SQLException e) {
            throw new KansenkaartException("cannot read " + Tables.MATCH_DECISIONS + ": " + e.getMessage(), e);
        }
        return out;
    }

    public DecisionSet read() {
        Map<PairKey, Decision> m = new LinkedHashMap<>();
        for (Entry e : all()) m.put(e.pair(), e.decision());
        return new DecisionSet(m);
    }

    /** "m3f9a2c1b7d" or "M3F9A2C1B7D" as typed by the analyst becomes the stored form. */
    public static String normaliseId(String id) {
        String t = id == null ? "" : id.trim();
        return t.isEmpty() ? t : "M" + t.substring(1).toLowerCase(Locale.ROOT);
    }

    /**
     * The pair behind a match id, from the stored matches of any scenario or from earlier decisions;
     * fails with a one-line message when the id is unknown.
     */
    public PairKey pair(String matchId) {
        String id = normaliseId(matchId);
        for (String table : new String[] {Tables.MATCHES, Tables.MATCH_DECISIONS}) {
            try (PreparedStatement ps = project.connection().prepareStatement("SELECT supply_ref, supply_material, demand_ref,"
                    + " demand_material FROM " + table + " WHERE match_id = ? LIMIT 1")) {
                ps.setString(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next()) return new PairKey(rs.getString(1), MaterialKey.parse(rs.getString(2)), rs.getString(3),
                            MaterialKey.parse(rs.getString(4)));
                }
            } catch (SQLException e) {
                throw new KansenkaartException("cannot read " + table + ": " + e.getMessage(), e);
            }
        }
        throw new KansenkaartException("no match with id '" + matchId + "' in " + project.path().getFileName()
                + "; run 'match' first and copy an id from its list");
    }

    /** Records (or replaces) the decision on a pair. */
    public void decide(PairKey pair, Decision decision, String note) {
        project.transaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + Tables.MATCH_DECISIONS + " (match_id, supply_ref,"
                    + " supply_material, demand_ref, demand_material, decision, decided_at, note) VALUES (?,?,?,?,?,?,?,?)"
                    + " ON CONFLICT(match_id) DO UPDATE SET decision = excluded.decision, decided_at = excluded.decided_at,"
                    + " note = excluded.note")) {
                ps.setString(1, pair.id());
                ps.setString(2, pair.supplyRef());
                ps.setString(3, pair.supplyMaterial().toString());
                ps.setString(4, pair.demandRef());
                ps.setString(5, pair.demandMaterial().toString());
                ps.setString(6, decision.name());
                ps.setString(7, Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
                ps.setString(8, note);
                ps.executeUpdate();
            }
            mark(c, pair.id(), decision.label());
            return null;
        });
    }

    /** Removes the decision on a pair; returns whether there was one. */
    public boolean clear(String matchId) {
        String id = normaliseId(matchId);
        return project.transaction(c -> {
            int n;
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM " + Tables.MATCH_DECISIONS + " WHERE match_id = ?")) {
                ps.setString(1, id);
                n = ps.executeUpdate();
            }
            mark(c, id, null);
            return n > 0;
        });
    }

    private static void mark(Connection c, String id, String label) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE " + Tables.MATCHES + " SET decision = ? WHERE match_id = ?")) {
            ps.setString(1, label);
            ps.setString(2, id);
            ps.executeUpdate();
        }
    }
}
