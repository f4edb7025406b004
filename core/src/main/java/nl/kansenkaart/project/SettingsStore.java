package nl.kansenkaart.project;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import nl.kansenkaart.KansenkaartException;

/** Settings of each step (weights, radii, chosen years, ...), as text per (step, key). */
public final class SettingsStore {

    private final ProjectFile project;

    public SettingsStore(ProjectFile project) {
        this.project = project;
    }

    public String get(String step, String key, String fallback) {
        try (PreparedStatement ps = project.connection().prepareStatement(
                "SELECT value FROM " + Tables.SETTINGS + " WHERE step = ? AND key = ?")) {
            ps.setString(1, step);
            ps.setString(2, key);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : fallback;
            }
        } catch (SQLException e) {
            throw new KansenkaartException("cannot read settings: " + e.getMessage(), e);
        }
    }

    public Map<String, String> all(String step) {
        Map<String, String> m = new LinkedHashMap<>();
        try (PreparedStatement ps = project.connection().prepareStatement(
                "SELECT key, value FROM " + Tables.SETTINGS + " WHERE step = ? ORDER BY key")) {
            ps.setString(1, step);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) m.put(rs.getString(1), rs.getString(2));
            }
        } catch (SQLException e) {
            throw new KansenkaartException("cannot read settings: " + e.getMessage(), e);
        }
        return m;
    }

    /** Stores all given settings of a step in one transaction. */
    public void putAll(String step, Map<String, String> values) {
        project.transaction(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT OR REPLACE INTO " + Tables.SETTINGS + " (step, key, value) VALUES (?,?,?)")) {
                for (Map.Entry<String, String> e : values.entrySet()) {
                    ps.setString(1, step);
                    ps.setString(2, e.getKey());
                    ps.setString(3, e.getValue());
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            return null;
        });
    }
}
