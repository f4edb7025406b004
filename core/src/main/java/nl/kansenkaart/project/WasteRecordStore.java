package nl.kansenkaart.project;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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

/**
 * LMA notification rows. They are stored normalised (DDL in {@code SchemaV1}): a stream's
 * descriptive fields once per import in {@code lma_record_streams}, each row's period, weight,
 * loads and line in {@code lma_record_amounts}. Readers use the view {@code lma_records}, one
 * row per notification with the columns of {@link #COLUMNS}.
 */
public final class WasteRecordStore {

    /** The columns of the {@code lma_records} view after its fid, in order. */
    static final String COLUMNS = "geom, kind, stream_number, eural, hazardous, waste_name, method_code, method_known,"
            + " route_collection, collector_scheme, year, month, weight_kg, loads,"
            + " ontdoener_name, ontdoener_postcode, ontdoener_town,"
            + " origin_street, origin_house_number, origin_postcode, origin_town, origin_country,"
            + " processor_name, processor_postcode, processor_town,"
            + " location_precision, location_basis, source_file, source_line, extra, import_id";

    /** Columns of a stream row bound per row, after its fid and geom (kind, source file and import are literals). */
    private static final String STREAM_COLUMNS = "stream_number, eural, hazardous, waste_name, method_code, method_known,"
            + " route_collection, collector_scheme, ontdoener_name, ontdoener_postcode, ontdoener_town,"
            + " origin_street, origin_house_number, origin_postcode, origin_town, origin_country,"
            + " processor_name, processor_postcode, processor_town, location_precision, location_basis, extra";

    /** The view: the amount's fid is the record's fid, so it is unique per notification row. */
    static final String VIEW_SELECT = "SELECT a.fid AS fid, s.geom AS geom, s.kind AS kind, s.stream_number AS stream_number,"
            + " s.eural AS eural, s.hazardous AS hazardous, s.waste_name AS waste_name, s.method_code AS method_code,"
            + " s.method_known AS method_known, s.route_collection AS route_collection,"
            + " s.collector_scheme AS collector_scheme, a.year AS year, a.month AS month, a.weight_kg AS weight_kg,"
            + " a.loads AS loads, s.ontdoener_name AS ontdoener_name, s.ontdoener_postcode AS ontdoener_postcode,"
            + " s.ontdoener_town AS ontdoener_town, s.origin_street AS origin_street,"
            + " s.origin_house_number AS origin_house_number, s.origin_postcode AS origin_postcode,"
            + " s.origin_town AS origin_town, s.origin_country AS origin_country, s.processor_name AS processor_name,"
            + " s.processor_postcode AS processor_postcode, s.processor_town AS processor_town,"
            + " s.location_precision AS location_precision, s.location_basis AS location_basis,"
            + " s.source_file AS source_file, a.source_line AS source_line, s.extra AS extra, a.import_id AS import_id"
            + " FROM " + Tables.LMA_RECORD_AMOUNTS + " a JOIN " + Tables.LMA_RECORD_STREAMS + " s ON s.fid = a.stream_id";

    private final ProjectFile project;

    public WasteRecordStore(ProjectFile project) {
        this.project = project;
    }

    /**
     * Streams records into the two tables inside the caller's transaction, in batches. Close it
     * (or call {@link #flush()}) before the transaction commits; {@link #finish} also widens the
     * layer extents.
     * <p>A bulk importer adds each distinct stream once ({@link Batch#addStream}, which returns
     * its id) and then every row as an amount of that stream ({@link Batch#addAmount}). What is
     * the same for every row of a table (kind, source file, import) is written into the statement
     * instead of bound per row. A {@link Batch} can be filled on one thread while another thread
     * {@linkplain #execute executes} the previous one: filling touches only the stream statement's
     * Java-side parameter array and the amounts' arrays ({@link AmountRows}), executing is the
     * part that talks to SQLite.
     * <p>{@link #add(WasteRecord)} is the simple path for whole records: records with the same
     * descriptive fields share a stream row.
     */
    public static final class Writer implements AutoCloseable {
        /** Rows per batch of the single-threaded {@link #add} path. */
        private static final int BATCH = 2_000;
        /** Streams the single-threaded path remembers for sharing; beyond that a stream may be stored twice. */
        private static final int REMEMBERED = 100_000;
        private final Connection conn;
        private final long importId;
        private final PointExtent extent = new PointExtent();
        private final Map<String, Deque<PreparedStatement>> idle = new ConcurrentHashMap<>();
        private final List<PreparedStatement> prepared = Collections.synchronizedList(new ArrayList<>());
        private final AtomicLong written = new AtomicLong();
        /** The fid of the next stream row; only the filling thread takes ids. */
        private long nextStreamId;
        private Batch current;
        private final Map<List<Object>, Long> streamIds = new HashMap<>();

        public Writer(Connection c, long importId) throws SQLException {
            this.conn = c;
            this.importId = importId;
            this.nextStreamId = firstFreeStreamId(c);
        }

        /** Parameters of the stream insert (see {@link #STREAM_COLUMNS}) holding text, and the 0/1 flags. */
        private static final int[] TEXT_PARAMETERS = {3, 4, 6, 7, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24};
        private static final int[] FLAG_PARAMETERS = {5, 8, 9, 10};
        /** Scratch space of the filling thread. */
        private final String[] texts = new String[TEXT_PARAMETERS.length];
        private final int[] flags = new int[FLAG_PARAMETERS.length];

        /** Amounts of batches already executed, for the next batches. */
        private final Deque<AmountRows> idleAmounts = new ConcurrentLinkedDeque<>();
        /** The amounts inserts, used only by the executing thread. */
        private PreparedStatement amountGroup, amountSingle;

        /** Streams and amounts of one kind and source file. */
        public final class Batch {
            private final NotificationKind kind;
            private final String sourceFile;
            /** The stream insert: its parameters are filled as streams are added. */
            private final PreparedStatement streamInsert;
            private final AmountRows amountRows;
            private final PointExtent batchExtent = new PointExtent();
            private int streams;

            private Batch(NotificationKind kind, String sourceFile, PreparedStatement streamInsert, AmountRows amountRows) {
                this.kind = kind;
                this.sourceFile = sourceFile;
                this.streamInsert = streamInsert;
                this.amountRows = amountRows;
            }

            /** Whether rows of this kind and source file can join this batch. */
            public boolean accepts(NotificationKind k, String file) {
                return k == kind && java.util.Objects.equals(file, sourceFile);
            }

            public NotificationKind kind() {
                return kind;
            }

            public String sourceFile() {
                return sourceFile;
            }

            /** Amount rows in this batch. */
            public int rows() {
                return amountRows.size();
            }

            public boolean isEmpty() {
                return streams == 0 && amountRows.size() == 0;
            }

            /**
             * Adds a stream: the descriptive fields of {@code r} (its period, weight, loads and line
             * belong to its amounts), with its extra attributes already JSON. Returns the stream's id.
             */
            public long addStream(WasteRecord r, String extraJson) throws SQLException {
                PreparedStatement ps = streamInsert;
                long id = nextStreamId++;
                ps.setLong(1, id);
                Location l = r.location();
                if (l.isLocated()) {
                    ps.setBytes(2, GpkgGeometry.encodePoint(l.x(), l.y(), RdNew.EPSG));
                    batchExtent.add(l.x(), l.y());
                } else {
                    ps.setNull(2, Types.BLOB);
                }
                // Bound in two loops rather than 22 calls: the same work, a fraction of the code to compile.
                String[] t = texts;
                Address o = r.origin().address();
                t[0] = r.streamNumber();
                t[1] = r.euralCode();
                t[2] = r.wasteName();
                t[3] = r.methodCode();
                t[4] = r.ontdoener().name();
                t[5] = r.ontdoener().address().postcode();
                t[6] = r.ontdoener().address().town();
                t[7] = o.street();
                t[8] = o.houseNumber();
                t[9] = o.postcode();
                t[10] = o.town();
                t[11] = r.origin().country();
                t[12] = r.processor().name();
                t[13] = r.processor().address().postcode();
                t[14] = r.processor().address().town();
                t[15] = l.precision().name();
                t[16] = r.locationBasis().name();
                t[17] = extraJson;
                for (int k = 0; k < t.length; k++) ps.setString(TEXT_PARAMETERS[k], t[k]);
                int[] f = flags;
                f[0] = r.hazardous() ? 1 : 0;
                f[1] = r.methodKnown() ? 1 : 0;
                f[2] = r.routeCollection() ? 1 : 0;
                f[3] = r.collectorScheme() ? 1 : 0;
                for (int k = 0; k < f.length; k++) ps.setInt(FLAG_PARAMETERS[k], f[k]);
                ps.addBatch();
                streams++;
                return id;
            }

            /** Adds one notification row of stream {@code streamId}; {@code loads} -1 = not given. */
            public void addAmount(long streamId, int year, int month, double weightKg, int loads, long sourceLine) {
                amountRows.add(streamId, year, month, weightKg, loads, sourceLine);
            }
        }

        /** A new, empty batch for rows of one kind and source file. */
        public Batch newBatch(NotificationKind kind, String sourceFile) throws SQLException {
            PreparedStatement streams = idle.computeIfAbsent(key(kind, sourceFile), k -> new ConcurrentLinkedDeque<>()).poll();
            if (streams == null) {
                streams = conn.prepareStatement("INSERT INTO " + Tables.LMA_RECORD_STREAMS
                        + " (fid, geom, kind, " + STREAM_COLUMNS + ", source_file, import_id) VALUES (?, ?, '" + kind.name()
                        + "', " + "?, ".repeat(21) + "?, " + literal(sourceFile) + ", " + importId + ")");
                prepared.add(streams);
            }
            AmountRows rows = idleAmounts.poll();
            if (rows == null) rows = new AmountRows();
            return new Batch(kind, sourceFile, streams, rows);
        }

        /** Inserts a batch's rows, streams first; its statement and arrays are then free for a next batch. */
        public void execute(Batch b) throws SQLException {
            if (b.streams > 0) b.streamInsert.executeBatch();
            if (b.amountRows.size() > 0) {
                if (amountGroup == null) {
                    amountGroup = conn.prepareStatement(AmountRows.insertSql(AmountRows.PER_STATEMENT, importId));
                    prepared.add(amountGroup);
                    amountSingle = conn.prepareStatement(AmountRows.insertSql(1, importId));
                    prepared.add(amountSingle);
                }
                b.amountRows.insert(amountGroup, amountSingle);
            }
            synchronized (extent) {
                double[] e = b.batchExtent.envelope();
                if (e != null) {
                    extent.add(e[0], e[2]);
                    extent.add(e[1], e[3]);
                }
            }
            written.addAndGet(b.amountRows.size());
            b.amountRows.clear();
            idleAmounts.add(b.amountRows);
            idle.get(key(b.kind, b.sourceFile)).add(b.streamInsert);
        }

        private static String key(NotificationKind kind, String sourceFile) {
            return kind.name() + "|" + sourceFile;
        }

        /**
         * Adds a whole record (single-threaded path), executing every {@value #BATCH} rows. A record
         * whose descriptive fields equal those of an earlier one of this writer joins its stream.
         */
        public void add(WasteRecord r) throws SQLException {
            if (current == null || !current.accepts(r.kind(), r.sourceFile())) {
                flush();
                current = newBatch(r.kind(), r.sourceFile());
            }
            List<Object> fields = Arrays.asList(r.kind(), r.streamNumber(), r.euralCode(), r.hazardous(), r.wasteName(),
                    r.methodCode(), r.methodKnown(), r.routeCollection(), r.collectorScheme(), r.ontdoener(), r.origin(),
                    r.processor(), r.location(), r.locationBasis(), r.sourceFile(), r.extra());
            Long id = streamIds.get(fields);
            if (id == null) {
                id = current.addStream(r, attributesJson(r.extra()));
                if (streamIds.size() < REMEMBERED) streamIds.put(fields, id);
            }
            current.addAmount(id, r.year(), r.month(), r.weightKg(), r.loads(), r.sourceLine());
            if (current.rows() >= BATCH) flush();
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

        /** Notification rows (amounts) written. */
        public long written() {
            return written.get();
        }

        /** Flushes and widens the layers' extents in gpkg_contents by the points written. */
        public void finish(GeoPackage gpkg) throws SQLException {
            flush();
            double[] e;
            synchronized (extent) {
                e = extent.envelope();
            }
            gpkg.extendExtent(Tables.LMA_RECORD_STREAMS, e);
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
     * The first stream fid not used before: the table's fids are AUTOINCREMENT (never reused),
     * but the importer assigns them itself so that amounts can refer to a stream before it is
     * inserted on the writer thread.
     */
    private static long firstFreeStreamId(Connection c) throws SQLException {
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT max(coalesce((SELECT seq FROM sqlite_sequence WHERE name = '"
                     + Tables.LMA_RECORD_STREAMS + "'), 0), coalesce((SELECT max(fid) FROM " + Tables.LMA_RECORD_STREAMS
                     + "), 0)) + 1")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /**
     * The JSON stored in the {@code extra} column. Public so a bulk importer can build it on its
     * parsing thread while another thread inserts.
     */
    public static String attributesJson(java.util.Map<String, String> extra) {
        return AttributeJson.of(extra);
    }

    /** Removes the records of one import (streams and amounts) inside the caller's transaction; returns the rows removed. */
    public static int deleteImport(Connection c, long importId) throws SQLException {
        int rows;
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM " + Tables.LMA_RECORD_AMOUNTS + " WHERE import_id = ?")) {
            ps.setLong(1, importId);
            rows = ps.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM " + Tables.LMA_RECORD_STREAMS + " WHERE import_id = ?")) {
            ps.setLong(1, importId);
            ps.executeUpdate();
        }
        return rows;
    }

    /**
     * Recomputes the extents of the stream table and of the records view (the same points) after
     * rows were removed, inside the caller's transaction.
     */
    public static void touch(GeoPackage gpkg) throws SQLException {
        gpkg.touch(Tables.LMA_RECORD_STREAMS);
        gpkg.copyExtent(Tables.LMA_RECORD_STREAMS, Tables.LMA_RECORDS);
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
             ResultSet rs = st.executeQuery("SELECT coalesce(sum(weight_kg), 0) FROM " + Tables.LMA_RECORD_AMOUNTS)) {
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
