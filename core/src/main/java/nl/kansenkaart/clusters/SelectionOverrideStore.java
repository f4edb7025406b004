package nl.kansenkaart.clusters;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import nl.kansenkaart.KansenkaartException;
import nl.kansenkaart.project.ProjectFile;
import nl.kansenkaart.project.StepTables;

/** The analyst's manual selection overrides; a run of the steps never changes them. */
public final class SelectionOverrideStore {

    private SelectionOverrideStore() {}

    public static Map<String, SelectionOverride> read(ProjectFile project) {
        Map<String, SelectionOverride> out = new LinkedHashMap<>();
        try (Statement st = project.connection().createStatement();
             ResultSet rs = st.executeQuery("SELECT cluster_id, selected, note, set_at FROM " + StepTables.SELECTION_OVERRIDES
                     + " ORDER BY cluster_id")) {
            while (rs.next())
                out.put(rs.getString(1), new SelectionOverride(rs.getString(1), rs.getInt(2) == 1, rs.getString(3), rs.getString(4)));
        } catch (SQLException e) {
            throw new KansenkaartException("cannot read selection overrides: " + e.getMessage(), e);
        }
        return out;
    }

    /** Sets (or replaces) the override of one cluster inside the caller's transaction. */
    public static void set(Connection c, String clusterId, boolean selected, String note) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + StepTables.SELECTION_OVERRIDES
                + " (cluster_id, selected, note, set_at) VALUES (?,?,?,?) ON CONFLICT(cluster_id) DO UPDATE SET"
                + " selected = excluded.selected, note = excluded.note, set_at = excluded.set_at")) {
            ps.setString(1, clusterId);
            ps.setInt(2, selected ? 1 : 0);
            ps.setString(3, note);
            ps.setString(4, Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
            ps.executeUpdate();
        }
    }

    /** Removes the override of one cluster: the ranking decides again. */
    public static void clear(Connection c, String clusterId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM " + StepTables.SELECTION_OVERRIDES + " WHERE cluster_id = ?")) {
            ps.setString(1, clusterId);
            ps.executeUpdate();
        }
    }
}
