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
     * <p>An existing ref is updated with a plain UPDATE, not an UPSERT: the ON CONFLICT clause of an
     * UPSERT overrides the OR REPLACE in the GeoPackage R-tree triggers, which then fail.
     * @param importId the kk_imports row, or null for companies not from a file
     */
    public static void upsert(Connection c, List<Company> companies, Long importId) throws SQLException {
        String[] cols = COLUMNS.split(",\\s*");
        StringBuilder set = new StringBuilder();
        for (String col : cols) if (!col.equals("ref")) set.append(set.length() == 0 ? "" : ", ").append(col).append(" = ?");
        try (PreparedStatement update = c.prepareStatement("UPDATE " + Tables.COMPANIES + " SET " + set + " WHERE ref = ?");
             PreparedStatement insert = c.prepareStatement("INSERT INTO " + Tables.COMPANIES + " (" + COLUMNS
                     + ") VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)")) {
            boolean inserts = false;
            for (Company co : companies) {
                bind(update, co, importId, false);
                update.setString(cols.length, co.ref());
                if (update.executeUpdate() > 0) continue;
                bind(insert, co, importId, true);
                insert.addBatch();
                inserts = true;
            }
            if (inserts) insert.executeBatch();
        }
        new GeoPackage(c).touch(Tables.COMPANIES);
    }

    /** Binds the columns in {@link #COLUMNS} order, leaving out ref when {@code withRef} is false. */
    private static void bind(PreparedStatement ps, Company co, Long importId, boolean withRef) throws SQLException {
        int i = 1;
        Location l = co.location();
        ps.setBytes(i++, l.isLocated() ? GpkgGeometry.encodePoint(l.x(), l.y(), RdNew.EPSG) : null);
        if (withRef) ps.setString(i++, co.ref());
        ps.setString(i++, co.name());
        ps.setString(i++, co.sbi());
        ps.setString(i++, Sbi2008.get().sectionOf(co.sbi()));
        if (co.jobs() == null) ps.setNull(i++, Types.INTEGER);
        else ps.setInt(i++, co.jobs());
        ps.setString(i++, co.jobsClass());
        if (co.economicValueEur() == null) ps.setNull(i++, Types.REAL);
        else ps.setDouble(i++, co.economicValueEur());
        Address a = co.address();
        ps.setString(i++, a.street());
        ps.setString(i++, a.houseNumber());
        ps.setString(i++, a.postcode());
        ps.setString(i++, a.town());
        ps.setString(i++, co.municipalityCode());
        ps.setString(i++, l.precision().name());
        ps.setString(i++, co.source());
        ps.setString(i++, Json.of(co.attributes()));
        if (importId == null) ps.setNull(i, Types.INTEGER);
        else ps.setLong(i, importId);
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
