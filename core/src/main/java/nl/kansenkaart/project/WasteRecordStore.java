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
import nl.kansenkaart.model.LocationBasis;
import nl.kansenkaart.model.LocationPrecision;
import nl.kansenkaart.model.NotificationKind;
import nl.kansenkaart.model.Party;
import nl.kansenkaart.model.WasteRecord;

/** LMA notification rows in the {@code lma_records} layer (DDL and column meanings in {@code SchemaV1}). */
public final class WasteRecordStore {

    static final String COLUMNS = "geom, kind, stream_number, eural, hazardous, waste_name, method_code, method_known,"
            + " route_collection, collector_scheme, year, month, weight_kg, loads,"
            + " ontdoener_name, ontdoener_street, ontdoener_house_number, ontdoener_postcode, ontdoener_town, ontdoener_country,"
            + " origin_street, origin_house_number, origin_postcode, origin_town, origin_country,"
            + " processor_name, processor_street, processor_house_number, processor_postcode, processor_town, processor_country,"
            + " location_precision, location_basis, source_file, source_line, extra, import_id";
    private static final int COLUMN_COUNT = 37;

    private final ProjectFile project;

    public WasteRecordStore(ProjectFile project) {
        this.project = project;
    }

    /**
     * Streams records into the table inside the caller's transaction, in batches. Close it (or call
     * {@link #flush()}) before the transaction commits; {@link #finish} also widens the layer extent.
     */
    public static final class Writer implements AutoCloseable {
        private static final int BATCH = 2_000;
        private final PreparedStatement ps;
        private final long importId;
        private final PointExtent extent = new PointExtent();
        private int pending;
        private long written;

        public Writer(Connection c, long importId) throws SQLException {
            this.importId = importId;
            this.ps = c.prepareStatement("INSERT INTO " + Tables.LMA_RECORDS + " (" + COLUMNS + ") VALUES ("
                    + "?,".repeat(COLUMN_COUNT - 1) + "?)");
        }

        public void add(WasteRecord r) throws SQLException {
            Location l = r.location();
            if (l.isLocated()) {
                ps.setBytes(1, GpkgGeometry.encodePoint(l.x(), l.y(), RdNew.EPSG));
                extent.add(l.x(), l.y());
            } else {
                ps.setNull(1, Types.BLOB);
            }
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
            party(15, r.ontdoener());
            Address o = r.origin().address();
            ps.setString(21, o.street());
            ps.setString(22, o.houseNumber());
            ps.setString(23, o.postcode());
            ps.setString(24, o.town());
            ps.setString(25, r.origin().country());
            party(26, r.processor());
            ps.setString(32, l.precision().name());
            ps.setString(33, r.locationBasis().name());
            ps.setString(34, r.sourceFile());
            ps.setLong(35, r.sourceLine());
            ps.setString(36, AttributeJson.of(r.extra()));
            ps.setLong(37, importId);
            ps.addBatch();
            written++;
            if (++pending >= BATCH) flush();
        }

        /** name, street, house number, postcode, town, country from {@code first} on. */
        private void party(int first, Party p) throws SQLException {
            Address a = p.address();
            int i = first;
            ps.setString(i++, p.name());
            ps.setString(i++, a.street());
            ps.setString(i++, a.houseNumber());
            ps.setString(i++, a.postcode());
            ps.setString(i++, a.town());
            ps.setString(i, p.country());
        }

        public void flush() throws SQLException {
            if (pending > 0) {
                ps.executeBatch();
                pending = 0;
            }
        }

        public long written() {
            return written;
        }

        /** Flushes and widens the layer's extent in gpkg_contents by the points written. */
        public void finish(GeoPackage gpkg) throws SQLException {
            flush();
            gpkg.extendExtent(Tables.LMA_RECORDS, extent.envelope());
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
        LocationPrecision p = LocationPrecision.valueOf(rs.getString(32));
        Location loc = Location.NONE;
        if (g != null && p.isLocated()) {
            double[] e = GpkgGeometry.envelope(g);
            if (e != null) loc = Location.rd(e[0], e[2], p);
        }
        Party ontdoener = party(rs, 15, true);
        Party origin = party(rs, 21, false);
        Party processor = party(rs, 26, true);
        int loads = rs.getObject(14) == null ? -1 : rs.getInt(14);
        return new WasteRecord(NotificationKind.valueOf(rs.getString(2)), rs.getString(3), rs.getString(4),
                rs.getInt(5) == 1, rs.getString(6), rs.getString(7), rs.getInt(8) == 1, rs.getInt(9) == 1,
                rs.getInt(10) == 1, rs.getInt(11), rs.getInt(12), rs.getDouble(13), loads, ontdoener, origin, processor,
                loc, rs.getString(34), rs.getLong(35), Json.map(rs.getString(36)), LocationBasis.valueOf(rs.getString(33)));
    }

    /** Reads [name,] street, house number, postcode, town, country; {@code first} is the name's column or street's. */
    private static Party party(ResultSet rs, int first, boolean withName) throws SQLException {
        int i = first;
        String name = withName ? rs.getString(i++) : null;
        Address a = new Address(rs.getString(i), rs.getString(i + 1), rs.getString(i + 2), rs.getString(i + 3));
        return new Party(name, a, rs.getString(i + 4));
    }
}
