package nl.kansenkaart.resources;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;
import nl.kansenkaart.KansenkaartException;
import nl.kansenkaart.model.LocationPrecision;
import nl.kansenkaart.project.ProjectFile;
import nl.kansenkaart.project.Tables;

/** Reads the project's LMA records summed per stream and year, in SQLite (a million rows stay on disk). */
public final class LmaStreamYears {

    private LmaStreamYears() {}

    /** The years that have LMA records, ascending. */
    public static TreeSet<Integer> yearsPresent(ProjectFile project) {
        TreeSet<Integer> years = new TreeSet<>();
        try (Statement st = project.connection().createStatement();
             ResultSet rs = st.executeQuery("SELECT DISTINCT year FROM " + Tables.LMA_RECORDS)) {
            while (rs.next()) years.add(rs.getInt(1));
        } catch (SQLException e) {
            throw new KansenkaartException("cannot read LMA records: " + e.getMessage(), e);
        }
        return years;
    }

    public static List<StreamYear> read(ProjectFile project, Collection<Integer> years) {
        List<StreamYear> out = new ArrayList<>();
        if (years.isEmpty()) return out;
        String in = "?,".repeat(years.size() - 1) + "?";
        String group = "stream_number, year, eural, hazardous, method_code, (route_collection OR collector_scheme),"
                + " ontdoener_name, ontdoener_postcode, origin_postcode, processor_name, processor_postcode, location_precision";
        String sql = "SELECT " + group + ", sum(weight_kg), count(*) FROM " + Tables.LMA_RECORDS + " WHERE year IN (" + in
                + ") GROUP BY " + group + " ORDER BY " + group;
        try (PreparedStatement ps = project.connection().prepareStatement(sql)) {
            int k = 1;
            for (int y : years) ps.setInt(k++, y);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next())
                    out.add(new StreamYear(rs.getString(1), rs.getInt(2), rs.getString(3), rs.getInt(4) == 1, rs.getString(5),
                            rs.getInt(6) == 1, rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(10),
                            rs.getString(11), LocationPrecision.valueOf(rs.getString(12)), rs.getDouble(13) / 1000.0,
                            rs.getLong(14)));
            }
        } catch (SQLException e) {
            throw new KansenkaartException("cannot read LMA records: " + e.getMessage(), e);
        }
        return out;
    }
}
