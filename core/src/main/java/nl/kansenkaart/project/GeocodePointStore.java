package nl.kansenkaart.project;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import nl.kansenkaart.geo.PostcodeGeocoder;

/**
 * The project's own geocoding points ({@code kk_geocode_points}): PC6 centroids (house number
 * empty) and address points that an analyst loaded. They take precedence over the shipped PC4
 * centroids in every later import.
 */
public final class GeocodePointStore {

    /** One point: a PC6 postcode ({@code 1234AB}), house number digits or "" for a PC6 centroid, RD New. */
    public record Point(String postcode, String houseNumber, double x, double y) {}

    private GeocodePointStore() {}

    /** Adds (or replaces, by postcode and house number) points inside the caller's transaction. */
    public static void upsert(Connection c, List<Point> points, String source, long importId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT OR REPLACE INTO " + Tables.GEOCODE_POINTS
                + " (postcode, house_number, x, y, source, import_id) VALUES (?,?,?,?,?,?)")) {
            for (Point p : points) {
                ps.setString(1, p.postcode());
                ps.setString(2, p.houseNumber());
                ps.setDouble(3, p.x());
                ps.setDouble(4, p.y());
                ps.setString(5, source);
                ps.setLong(6, importId);
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    public static int deleteImport(Connection c, long importId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM " + Tables.GEOCODE_POINTS + " WHERE import_id = ?")) {
            ps.setLong(1, importId);
            return ps.executeUpdate();
        }
    }

    /** Feeds all of the project's points to a geocoder; returns how many. */
    public static int loadInto(Connection c, PostcodeGeocoder geocoder) throws SQLException {
        int n = 0;
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT postcode, house_number, x, y FROM " + Tables.GEOCODE_POINTS)) {
            while (rs.next()) {
                String hn = rs.getString(2);
                if (hn == null || hn.isEmpty()) geocoder.addPc6(rs.getString(1), rs.getDouble(3), rs.getDouble(4));
                else geocoder.addAddress(rs.getString(1), hn, rs.getDouble(3), rs.getDouble(4));
                n++;
            }
        }
        return n;
    }

    /** The shipped PC4 centroids plus the project's own points. */
    public static PostcodeGeocoder geocoder(ProjectFile project) {
        PostcodeGeocoder g = PostcodeGeocoder.withPc4();
        try {
            loadInto(project.connection(), g);
        } catch (SQLException e) {
            throw new nl.kansenkaart.KansenkaartException("cannot read the geocoding table of " + project.path().getFileName()
                    + ": " + e.getMessage(), e);
        }
        return g;
    }
}
