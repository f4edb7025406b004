package nl.kansenkaart.io.lma;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import nl.kansenkaart.KansenkaartException;
import nl.kansenkaart.geo.PostcodeGeocoder;
import nl.kansenkaart.geo.Postcodes;
import nl.kansenkaart.project.ProjectFile;
import nl.kansenkaart.project.Tables;

/**
 * The geocoder for a project: the shipped PC4 centroids, refined by the project's own table of
 * PC6 centroids and address points ({@code kk_geocode_points}: a row without house number is a
 * PC6 centroid, one with a house number an address point) when the analyst loaded one.
 */
final class ProjectGeocoder {

    private ProjectGeocoder() {}

    static PostcodeGeocoder of(ProjectFile project) {
        PostcodeGeocoder g = PostcodeGeocoder.withPc4();
        try (Statement st = project.connection().createStatement();
             ResultSet rs = st.executeQuery("SELECT postcode, house_number, x, y FROM " + Tables.GEOCODE_POINTS)) {
            while (rs.next()) {
                String pc = Postcodes.normalise(rs.getString(1));
                if (pc == null || pc.length() != 6) continue; // PC4 rows add nothing to the shipped table
                String house = rs.getString(2);
                if (house == null || house.isBlank()) g.addPc6(pc, rs.getDouble(3), rs.getDouble(4));
                else g.addAddress(pc, house, rs.getDouble(3), rs.getDouble(4));
            }
        } catch (SQLException e) {
            throw new KansenkaartException("cannot read the project's geocoding table: " + e.getMessage(), e);
        }
        return g;
    }
}
