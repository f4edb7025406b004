package nl.kansenkaart.project;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.atomic.AtomicLong;
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
     * <p>What is the same for every row of a table (kind, source file, import) is written into the
     * statement instead of bound per row: a bound text value costs more than the rest of its row's
     * work. For bulk imports a {@link Batch} can be filled on one thread while another thread
     * {@linkplain #execute executes} the previous one: filling touches only the statement's Java-side
     * parameter array, executing is the part that talks to SQLite.
     */
    public static final class Writer implements AutoCloseable {
        /** Rows per batch of the single-threaded {@link #add} path. */
        private static final int BATCH = 2_000;
        private final Connection conn;
        private final long importId;
        private final PointExtent extent = new PointExtent();
        private final Map<String, Deque<PreparedStatement>> idle = new ConcurrentHashMap<>();
        private final List<PreparedStatement> prepared = Collections.synchronizedList(new ArrayList<>());
        private final AtomicLong written = new AtomicLong();
        private Batch current;

        public Writer(Connection c, long importId) {
            this.conn = c;
            this.importId = importId;
        }

        /** Rows of one kind and source file on one prepared statement. */
        public final class Batch {
            private final NotificationKind kind;
            private final String sourceFile;
            private final PreparedStatement ps;
            private final PointExtent batchExtent = new PointExtent();
            private int rows;

            private Batch(NotificationKind kind, String sourceFile, PreparedStatement ps) {
                this.kind = kind;
                this.sourceFile = sourceFile;
                this.ps = ps;
            }

            /** Whether a record can join this batch (same kind and source file). */
            public boolean accepts(WasteRecord r) {
                return r.kind() == kind && Objects.equals(r.sourceFile(), sourceFile);
            }

            public int rows() {
                return rows;
            }

            /** Adds a record whose extra attributes are already JSON (see {@link #attributesJson}). */
            public void add(WasteRecord r, String extraJson) throws SQLException {
                Location l = r.location();
                if (l.isLocated()) {
                    ps.setBytes(1, GpkgGeometry.encodePoint(l.x(), l.y(), RdNew.EPSG));
                    batchExtent.add(l.x(), l.y());
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
                rows++;
            }
        }

        /** A new, empty batch for records like {@code first}. */
        public Batch newBatch(WasteRecord first) throws SQLException {
            String key = first.kind().name() + "|" + first.sourceFile();
            PreparedStatement ps = idle.computeIfAbsent(key, k -> new ConcurrentLinkedDeque<>()).poll();
            if (ps == null) {
                ps = conn.prepareStatement("INSERT INTO " + Tables.LMA_RECORDS + " (" + COLUMNS + ") VALUES (?, '"
                        + first.kind().name() + "'," + "?,".repeat(24) + "?, " + literal(first.sourceFile()) + ", ?, ?, "
                        + importId + ")");
                prepared.add(ps);
            }
            return new Batch(first.kind(), first.sourceFile(), ps);
        }

        /** Inserts a batch's rows; its statement is then free for a next batch. */
        public void execute(Batch b) throws SQLException {
            if (b.rows > 0) b.ps.executeBatch();
            synchronized (extent) {
                double[] e = b.batchExtent.envelope();
                if (e != null) {
                    extent.add(e[0], e[2]);
                    extent.add(e[1], e[3]);
                }
            }
            written.addAndGet(b.rows);
            idle.get(b.kind.name() + "|" + b.sourceFile).add(b.ps);
        }

        public void add(WasteRecord r) throws SQLException {
            add(r, attributesJson(r.extra()));
        }

        /** Adds a record (single-threaded path), executing every {@value #BATCH} rows. */
        public void add(WasteRecord r, String extraJson) throws SQLException {
            if (current == null || !current.accepts(r)) {
                flush();
                current = newBatch(r);
            }
            current.add(r, extraJson);
            if (current.rows >= BATCH) flush();
        }

        private static String literal(String s) {
            return s == null ? "NULL" : "'" + s.replace("'", "''") + "'";
        }

        public void flush() throws SQLException {
            if (current != null) {
                Batch b = current;
                current = null;
                execute(b);
            }
        }

        public long written() {
            return written.get();
        }

        /** Flushes and widens the layer's extent in gpkg_contents by the points written. */
        public void finish(GeoPackage gpkg) throws SQLException {
            flush();
            double[] e;
            synchronized (extent) {
                e = extent.envelope();
            }
            gpkg.extendExtent(Tables.LMA_RECORDS, e);
        }

        @Override
        public void close() throws SQLException {
            try {
                flush();
            } finally {
                synchronized (prepared) {
                    for (PreparedStatement ps : prepared) ps.close();
                }
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
