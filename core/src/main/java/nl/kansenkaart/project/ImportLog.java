package nl.kansenkaart.project;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.kansenkaart.KansenkaartException;

/** The imports made into a project, with their file hash (to detect re-imports) and row accounting. */
public final class ImportLog {

    /** One import. {@code kg} is null for non-LMA imports. */
    public record Entry(long id, String kind, String fileName, String sha256, long fileSize, String importedAt,
                        long rowsRead, long accepted, long rejected, Double kg, long notLocated, String details) {}

    private final ProjectFile project;

    public ImportLog(ProjectFile project) {
        this.project = project;
    }

    /** Records an import inside the caller's transaction and returns its id. */
    public static long add(Connection c, String kind, String fileName, String sha256, long fileSize, long rowsRead,
                           long accepted, long rejected, Double kg, long notLocated, String details) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + Tables.IMPORTS
                + " (kind, file_name, file_sha256, file_size, imported_at, rows_read, accepted, rejected, kg, not_located, details)"
                + " VALUES (?,?,?,?,?,?,?,?,?,?,?)", Statement.RETURN_GENERATED_KEYS)) {
            ps.setString(1, kind);
            ps.setString(2, fileName);
            ps.setString(3, sha256);
            ps.setLong(4, fileSize);
            ps.setString(5, GeoPackage.now());
            ps.setLong(6, rowsRead);
            ps.setLong(7, accepted);
            ps.setLong(8, rejected);
            if (kg == null) ps.setNull(9, java.sql.Types.REAL);
            else ps.setDouble(9, kg);
            ps.setLong(10, notLocated);
            ps.setString(11, details);
            ps.executeUpdate();
            try (ResultSet rs = ps.getGeneratedKeys()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /** Updates the counts of an import row created before its rows were streamed in. */
    public static void finish(Connection c, long id, long rowsRead, long accepted, long rejected, Double kg,
                              long notLocated, String details) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE " + Tables.IMPORTS
                + " SET rows_read = ?, accepted = ?, rejected = ?, kg = ?, not_located = ?, details = ? WHERE id = ?")) {
            ps.setLong(1, rowsRead);
            ps.setLong(2, accepted);
            ps.setLong(3, rejected);
            if (kg == null) ps.setNull(4, java.sql.Types.REAL);
            else ps.setDouble(4, kg);
            ps.setLong(5, notLocated);
            ps.setString(6, details);
            ps.setLong(7, id);
            ps.executeUpdate();
        }
    }

    /** Sets the content hash of an import whose hash was computed while its rows were read. */
    public static void setHash(Connection c, long id, String sha256) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE " + Tables.IMPORTS + " SET file_sha256 = ? WHERE id = ?")) {
            ps.setString(1, sha256);
            ps.setLong(2, id);
            ps.executeUpdate();
        }
    }

    public static void delete(Connection c, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM " + Tables.IMPORTS + " WHERE id = ?")) {
            ps.setLong(1, id);
            ps.executeUpdate();
        }
    }

    public List<Entry> all() {
        List<Entry> out = new ArrayList<>();
        try (Statement st = project.connection().createStatement();
             ResultSet rs = st.executeQuery("SELECT * FROM " + Tables.IMPORTS + " ORDER BY id")) {
            while (rs.next()) out.add(entry(rs));
        } catch (SQLException e) {
            throw new KansenkaartException("cannot read import log: " + e.getMessage(), e);
        }
        return out;
    }

    /** The latest earlier import of a file with this content hash and kind, if any. */
    public Optional<Entry> findByHash(String kind, String sha256) {
        try (PreparedStatement ps = project.connection().prepareStatement(
                "SELECT * FROM " + Tables.IMPORTS + " WHERE kind = ? AND file_sha256 = ? ORDER BY id DESC LIMIT 1")) {
            ps.setString(1, kind);
            ps.setString(2, sha256);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(entry(rs)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new KansenkaartException("cannot read import log: " + e.getMessage(), e);
        }
    }

    private static Entry entry(ResultSet rs) throws SQLException {
        return new Entry(rs.getLong("id"), rs.getString("kind"), rs.getString("file_name"), rs.getString("file_sha256"),
                rs.getLong("file_size"), rs.getString("imported_at"), rs.getLong("rows_read"), rs.getLong("accepted"),
                rs.getLong("rejected"), rs.getObject("kg") == null ? null : rs.getDouble("kg"), rs.getLong("not_located"),
                rs.getString("details"));
    }
}
