package nl.kansenkaart.project;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.function.Consumer;
import nl.kansenkaart.KansenkaartException;
import nl.kansenkaart.geo.RdNew;
import nl.kansenkaart.model.Address;
import nl.kansenkaart.model.Location;
import nl.kansenkaart.model.LocationPrecision;
import nl.kansenkaart.model.NotificationKind;
import nl.kansenkaart.model.Party;
import nl.kansenkaart.model.WasteRecord;

/** LMA notification rows in the {@code lma_records} layer. */
public final class WasteRecordStore {

    static final String COLUMNS = "geom, kind, stream_number, eural, hazardous, waste_name, method_code, method_known,"
            + " route_collection, collector_scheme, year, month, weight_kg, loads, ontdoener_name, ontdoener_postcode,"
            + " ontdoener_town, origin_street, origin_house_number, origin_postcode, origin_town, origin_country,"
            + " processor_name, processor_postcode, processor_town, location_precision, source_file, source_line, extra,"
            + " import_id";

    private final ProjectFile project;

    public WasteRecordStore(ProjectFile project) {
        this.project = project;
    }

    /**
     * Streams records into the table inside the caller's transaction, in batches. Close it (or call
     * {@link #flush()}) before the transaction commits.
     */
    public static final class Writer implements AutoCloseable {
        private static final int BATCH = 5_000;
        private final PreparedStatement ps;
        private final long importId;
        private int pending;

        public Writer(Connection c, long importId) throws SQLException {
            this.importId = importId;
            this.ps = c.prepareStatement("INSERT INTO " + Tables.LMA_RECORDS + " (" + COLUMNS
                    + ") VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
        }

        public void add(WasteRecord r) throws SQLException {
            Location l = r.location();
            ps.setBytes(1, l.isLocated() ? GpkgGeometry.encodePoint(l.x(), l.y(), RdNew.EPSG) : null);
            ps.setString(2, r.kind().name());
            ps.setString(3, r.streamNumber());
            ps.setString(4, r.euralCode());
            ps.setInt(5, r.hazardous() ? 1 : 0);
            ps.setString(6, r.wasteName());
            ps.setString(7, r.methodCode());
            ps.setInt(8, r.methodKnown() ? 1 : 0);
            ps.setInt(9, r.routeCollection() ? 1 : 0);
            ps.setInt(10, r.collectorScheme() ? 1 : 0);
            ps.setInt(11, r.year());
            ps.setInt(12, r.month());
            ps.setDouble(13, r.weightKg());
            if (r.loads() < 0) ps.setNull(14, Types.INTEGER);
            else ps.setInt(14, r.loads());
            ps.setString(15, r.ontdoener().name());
            ps.setString(16, r.ontdoener().address().postcode());
            ps.setString(17, r.ontdoener().address().town());
            Address o = r.origin().address();
            ps.setString(18, o.street());
            ps.setString(19, o.houseNumber());
            ps.setString(20, o.postcode());
            ps.setString(21, o.town());
            ps.setString(22, r.origin().country());
            ps.setString(23, r.processor().name());
            ps.setString(24, r.processor().address().postcode());
            ps.setString(25, r.processor().address().town());
            ps.setString(26, l.precision().name());
            ps.setString(27, r.sourceFile());
            ps.setLong(28, r.sourceLine());
            ps.setString(29, Json.of(r.extra()));
            ps.setLong(30, importId);
            ps.addBatch();
            if (++pending >= BATCH) flush();
        }

        public void flush() throws SQLException {
            if (pending > 0) {
                ps.executeBatch();
                pending = 0;
            }
        }

        @Override
        public void close() throws SQLException {
            try {
                flush();
            } finally {
                ps.close();
            }
        }
    }

    /** Removes the records of one import inside the caller's transaction. */
    public static int deleteImport(Connection c, long importId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM " + Tables.LMA_RECORDS + " WHERE import_id = ?")) {
            ps.setLong(1, importId);
            return ps.executeUpdate();
        }
    }

    /** Calls {@code sink} for every stored record (optionally of one year; 0 = all years), in file order. */
    public void forEach(int year, Consumer<WasteRecord> sink) {
        String sql = "SELECT " + COLUMNS + " FROM " + Tables.LMA_RECORDS + (year > 0 ? " WHERE year = " + year : "") + " ORDER BY fid";
        try (Statement st = project.connection().createStatement(); ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) sink.accept(read(rs));
        } catch (SQLException e) {
            throw new KansenkaartException("cannot read LMA records: " + e.getMessage(), e);
        }
    }

    /** Total kg of all stored records. */
    public double totalKg() {
        try (Statement st = project.connection().createStatement();
             ResultSet rs = st.executeQuery("SELECT coalesce(sum(weight_kg), 0) FROM " + Tables.LMA_RECORDS)) {
            rs.next();
            return rs.getDouble(1);
        } catch (SQLException e) {
            throw new KansenkaartException("cannot read LMA records: " + e.getMessage(), e);
        }
    }

    private static WasteRecord read(ResultSet rs) throws SQLException {
        byte[] g = rs.getBytes(1);
        LocationPrecision p = LocationPrecision.valueOf(rs.getString(26));
        Location loc = Location.NONE;
        if (g != null && p.isLocated()) {
            double[] e = GpkgGeometry.envelope(g);
            if (e != null) loc = Location.rd(e[0], e[2], p);
        }
        Party ontdoener = new Party(rs.getString(15), new Address(null, null, rs.getString(16), rs.getString(17)), null);
        Party origin = new Party(null, new Address(rs.getString(18), rs.getString(19), rs.getString(20), rs.getString(21)),
                rs.getString(22));
        Party processor = new Party(rs.getString(23), new Address(null, null, rs.getString(24), rs.getString(25)), null);
        int loads = rs.getObject(14) == null ? -1 : rs.getInt(14);
        return new WasteRecord(NotificationKind.valueOf(rs.getString(2)), rs.getString(3), rs.getString(4),
                rs.getInt(5) == 1, rs.getString(6), rs.getString(7), rs.getInt(8) == 1, rs.getInt(9) == 1,
                rs.getInt(10) == 1, rs.getInt(11), rs.getInt(12), rs.getDouble(13), loads, ontdoener, origin, processor,
                loc, rs.getString(27), rs.getLong(28), Json.map(rs.getString(29)));
    }
}
