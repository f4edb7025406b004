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
            + " ontdoener_name, ontdoener_postcode, ontdoener_town,"
            + " origin_street, origin_house_number, origin_postcode, origin_town, origin_country,"
            + " processor_name, processor_postcode, processor_town,"
            + " location_precision, location_basis, source_file, source_line, extra, import_id";

    private final ProjectFile project;

    public WasteRecordStore(ProjectFile project) {
        this.project = project;
    }

    /**
     * Streams records into the table inside the caller's transaction, in batches. Close it (or call
     * {@link #flush()}) before the transaction commits; {@link #finish} also widens the layer extent.
     * What is the same for every row of a table (kind, source file, import) is written into the
     * statement instead of bound per row: a bound text value costs more than the rest of its row's work.
     */
    public static final class Writer implements AutoCloseable {
        private static final int BATCH = 2_000;
        private final Connection conn;
        private final long importId;
        private final PointExtent extent = new PointExtent();
        private PreparedStatement ps;
        private NotificationKind kind;
        private String sourceFile;
        private int pending;
        private long written;

        public Writer(Connection c, long importId) {
            this.conn = c;
            this.importId = importId;
        }

        public void add(WasteRecord r) throws SQLException {
            add(r, attributesJson(r.extra()));
        }

        /** Adds a record whose extra attributes were already turned into JSON (see {@link #attributesJson}). */
        public void add(WasteRecord r, String extraJson) throws SQLException {
            if (ps == null || r.kind() != kind || !java.util.Objects.equals(r.sourceFile(), sourceFile)) prepare(r);
            Location l = r.location();
            if (l.isLocated()) {
                ps.setBytes(1, GpkgGeometry.encodePoint(l.x(), l.y(), RdNew.EPSG));
                extent.add(l.x(), l.y());
            } else {
                ps.setNull(1, Types.BLOB);
            }
            ps.setString(2, r.streamNumber());
            ps.setString(3, r.euralCode());
            ps.setInt(4, r.hazardous() ? 1 : 0);
            ps.setString(5, r.wasteName());
            ps.setString(6, r.methodCode());
            ps.setInt(7, r.methodKnown() ? 1 : 0);
            ps.setInt(8, r.routeCollection() ? 1 : 0);
            ps.setInt(9, r.collectorScheme() ? 1 : 0);
            ps.setInt(10, r.year());
            ps.setInt(11, r.month());
            ps.setDouble(12, r.weightKg());
            if (r.loads() < 0) ps.setNull(13, Types.INTEGER);
            else ps.setInt(13, r.loads());
            ps.setString(14, r.ontdoener().name());
            ps.setString(15, r.ontdoener().address().postcode());
            ps.setString(16, r.ontdoener().address().town());
            Address o = r.origin().address();
            ps.setString(17, o.street());
            ps.setString(18, o.houseNumber());
            ps.setString(19, o.postcode());
            ps.setString(20, o.town());
            ps.setString(21, r.origin().country());
            ps.setString(22, r.processor().name());
            ps.setString(23, r.processor().address().postcode());
            ps.setString(24, r.processor().address().town());
            ps.setString(25, l.precision().name());
            ps.setString(26, r.locationBasis().name());
            ps.setLong(27, r.sourceLine());
            ps.setString(28, extraJson);
            ps.addBatch();
            written++;
            if (++pending >= BATCH) flush();
        }

        /** A statement with this record's kind and source file as literals. */
        private void prepare(WasteRecord r) throws SQLException {
            flush();
            if (ps != null) ps.close();
            kind = r.kind();
            sourceFile = r.sourceFile();
            ps = conn.prepareStatement("INSERT INTO " + Tables.LMA_RECORDS + " (" + COLUMNS + ") VALUES (?, '" + kind.name()
                    + "'," + "?,".repeat(24) + "?, " + literal(sourceFile) + ", ?, ?, " + importId + ")");
        }

        private static String literal(String s) {
            return s == null ? "NULL" : "'" + s.replace("'", "''") + "'";
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
                if (ps != null) ps.close();
            }
        }
    }

    /**
     * The JSON stored in the {@code extra} column. Public so a bulk importer can build it on its
     * parsing thread while another thread inserts.
     */
    public static String attributesJson(java.util.Map<String, String> extra) {
        return AttributeJson.of(extra);
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
                loc, rs.getString(28), rs.getLong(29), Json.map(rs.getString(30)), LocationBasis.valueOf(rs.getString(27)));
    }
}
