package nl.kansenkaart.project;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import nl.kansenkaart.KansenkaartException;
import nl.kansenkaart.codes.Sbi2008;
import nl.kansenkaart.geo.RdNew;
import nl.kansenkaart.model.Address;
import nl.kansenkaart.model.Company;
import nl.kansenkaart.model.Location;
import nl.kansenkaart.model.LocationPrecision;

/** Establishments in the {@code companies} layer. */
public final class CompanyStore {

    private static final String COLUMNS = "geom, ref, name, sbi, sbi_section, jobs, jobs_class, economic_value_eur, street,"
            + " house_number, postcode, town, municipality_code, location_precision, source, attributes, import_id";

    private final ProjectFile project;

    public CompanyStore(ProjectFile project) {
        this.project = project;
    }

    /**
     * Inserts or replaces (by {@code ref}) companies inside the caller's transaction.
     * @param importId the kk_imports row, or null for companies not from a file
     */
    public static void upsert(Connection c, List<Company> companies, Long importId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + Tables.COMPANIES + " (" + COLUMNS
                + ") VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?) ON CONFLICT(ref) DO UPDATE SET geom=excluded.geom,"
                + " name=excluded.name, sbi=excluded.sbi, sbi_section=excluded.sbi_section, jobs=excluded.jobs,"
                + " jobs_class=excluded.jobs_class, economic_value_eur=excluded.economic_value_eur, street=excluded.street,"
                + " house_number=excluded.house_number, postcode=excluded.postcode, town=excluded.town,"
                + " municipality_code=excluded.municipality_code, location_precision=excluded.location_precision,"
                + " source=excluded.source, attributes=excluded.attributes, import_id=excluded.import_id")) {
            for (Company co : companies) {
                Location l = co.location();
                ps.setBytes(1, l.isLocated() ? GpkgGeometry.encodePoint(l.x(), l.y(), RdNew.EPSG) : null);
                ps.setString(2, co.ref());
                ps.setString(3, co.name());
                ps.setString(4, co.sbi());
                ps.setString(5, Sbi2008.get().sectionOf(co.sbi()));
                if (co.jobs() == null) ps.setNull(6, Types.INTEGER);
                else ps.setInt(6, co.jobs());
                ps.setString(7, co.jobsClass());
                if (co.economicValueEur() == null) ps.setNull(8, Types.REAL);
                else ps.setDouble(8, co.economicValueEur());
                Address a = co.address();
                ps.setString(9, a.street());
                ps.setString(10, a.houseNumber());
                ps.setString(11, a.postcode());
                ps.setString(12, a.town());
                ps.setString(13, co.municipalityCode());
                ps.setString(14, l.precision().name());
                ps.setString(15, co.source());
                ps.setString(16, Json.of(co.attributes()));
                if (importId == null) ps.setNull(17, Types.INTEGER);
                else ps.setLong(17, importId);
                ps.addBatch();
            }
            ps.executeBatch();
        }
        new GeoPackage(c).touch(Tables.COMPANIES);
    }

    public List<Company> readAll() {
        List<Company> out = new ArrayList<>();
        try (Statement st = project.connection().createStatement();
             ResultSet rs = st.executeQuery("SELECT " + COLUMNS + " FROM " + Tables.COMPANIES + " ORDER BY fid")) {
            while (rs.next()) out.add(read(rs));
        } catch (SQLException e) {
            throw new KansenkaartException("cannot read companies: " + e.getMessage(), e);
        }
        return out;
    }

    private static Company read(ResultSet rs) throws SQLException {
        byte[] g = rs.getBytes(1);
        LocationPrecision precision = LocationPrecision.valueOf(rs.getString(14));
        Location loc = Location.NONE;
        if (g != null && precision.isLocated()) {
            double[] e = GpkgGeometry.envelope(g);
            if (e != null) loc = Location.rd(e[0], e[2], precision);
        }
        Integer jobs = rs.getObject(6) == null ? null : rs.getInt(6);
        Double value = rs.getObject(8) == null ? null : rs.getDouble(8);
        return new Company(rs.getString(2), rs.getString(3), rs.getString(4), jobs, rs.getString(7), value,
                new Address(rs.getString(9), rs.getString(10), rs.getString(11), rs.getString(12)), loc,
                rs.getString(13), rs.getString(15), Json.map(rs.getString(16)));
    }
}
