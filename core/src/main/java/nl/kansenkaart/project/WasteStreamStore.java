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
import nl.kansenkaart.geo.RdNew;
import nl.kansenkaart.model.Address;
import nl.kansenkaart.model.Location;
import nl.kansenkaart.model.LocationPrecision;
import nl.kansenkaart.model.Party;
import nl.kansenkaart.model.WasteStream;

/**
 * Waste streams from the LMA portal export in the {@code lma_streams} layer. They carry no weight:
 * nothing here is ever added to tonnages.
 */
public final class WasteStreamStore {

    static final String COLUMNS = "geom, stream_number, processor_number, processor_kvk, processor_name, processor_street,"
            + " processor_postcode, processor_town, ontdoener_kvk, ontdoener_name, ontdoener_country, private_ontdoener,"
            + " origin_street, origin_house_number, origin_postcode, origin_town, origin_nearby, origin_country,"
            + " eural, hazardous, waste_name, method_code, method_known, route_collection, collector_scheme,"
            + " location_precision, source_file, source_line, extra, import_id";
    private static final int COLUMN_COUNT = 30;

    private final ProjectFile project;

    public WasteStreamStore(ProjectFile project) {
        this.project = project;
    }

    /** Streams rows into the table inside the caller's transaction; close before the commit. */
    public static final class Writer implements AutoCloseable {
        private static final int BATCH = 2_000;
        private final PreparedStatement ps;
        private final long importId;
        private int pending;
        private long written;

        public Writer(Connection c, long importId) throws SQLException {
            this.importId = importId;
            this.ps = c.prepareStatement("INSERT INTO " + Tables.LMA_STREAMS + " (" + COLUMNS + ") VALUES ("
                    + "?,".repeat(COLUMN_COUNT - 1) + "?)");
        }

        public void add(WasteStream s) throws SQLException {
            Location l = s.location();
            if (l.isLocated()) ps.setBytes(1, GpkgGeometry.encodePoint(l.x(), l.y(), RdNew.EPSG));
            else ps.setNull(1, Types.BLOB);
            ps.setString(2, s.streamNumber());
            ps.setString(3, s.processorNumber());
            ps.setString(4, s.processorKvk());
            Address pa = s.processor().address();
            ps.setString(5, s.processor().name());
            ps.setString(6, pa.street());
            ps.setString(7, pa.postcode());
            ps.setString(8, pa.town());
            ps.setString(9, s.ontdoenerKvk());
            ps.setString(10, s.ontdoener().name());
            ps.setString(11, s.ontdoener().country());
            ps.setInt(12, s.privateOntdoener() ? 1 : 0);
            Address o = s.origin().address();
            ps.setString(13, o.street());
            ps.setString(14, o.houseNumber());
            ps.setString(15, o.postcode());
            ps.setString(16, o.town());
            ps.setString(17, s.originNearby());
            ps.setString(18, s.origin().country());
            ps.setString(19, s.euralCode());
            ps.setInt(20, s.hazardous() ? 1 : 0);
            ps.setString(21, s.wasteName());
            ps.setString(22, s.methodCode());
            ps.setInt(23, s.methodKnown() ? 1 : 0);
            ps.setInt(24, s.routeCollection() ? 1 : 0);
            ps.setInt(25, s.collectorScheme() ? 1 : 0);
            ps.setString(26, l.precision().name());
            ps.setString(27, s.sourceFile());
            ps.setLong(28, s.sourceLine());
            ps.setString(29, AttributeJson.of(s.extra()));
            ps.setLong(30, importId);
            ps.addBatch();
            written++;
            if (++pending >= BATCH) flush();
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

        @Override
        public void close() throws SQLException {
            try {
                flush();
            } finally {
                ps.close();
            }
        }
    }

    /** Removes the streams of one import inside the caller's transaction. */
    public static int deleteImport(Connection c, long importId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM " + Tables.LMA_STREAMS + " WHERE import_id = ?")) {
            ps.setLong(1, importId);
            return ps.executeUpdate();
        }
    }

    /** All stored streams in file order. */
    public List<WasteStream> readAll() {
        List<WasteStream> out = new ArrayList<>();
        try (Statement st = project.connection().createStatement();
             ResultSet rs = st.executeQuery("SELECT " + COLUMNS + " FROM " + Tables.LMA_STREAMS + " ORDER BY fid")) {
            while (rs.next()) out.add(read(rs));
        } catch (SQLException e) {
            throw new KansenkaartException("cannot read LMA streams: " + e.getMessage(), e);
        }
        return out;
    }

    private static WasteStream read(ResultSet rs) throws SQLException {
        byte[] g = rs.getBytes(1);
        LocationPrecision p = LocationPrecision.valueOf(rs.getString(26));
        Location loc = Location.NONE;
        if (g != null && p.isLocated()) {
            double[] e = GpkgGeometry.envelope(g);
            if (e != null) loc = Location.rd(e[0], e[2], p);
        }
        Party processor = new Party(rs.getString(5), new Address(rs.getString(6), null, rs.getString(7), rs.getString(8)), null);
        Party ontdoener = new Party(rs.getString(10), Address.EMPTY, rs.getString(11));
        Party origin = new Party(null, new Address(rs.getString(13), rs.getString(14), rs.getString(15), rs.getString(16)),
                rs.getString(18));
        return new WasteStream(rs.getString(2), rs.getString(3), rs.getString(4), processor, rs.getString(9), ontdoener,
                rs.getInt(12) == 1, origin, rs.getString(17), rs.getString(19), rs.getInt(20) == 1, rs.getString(21),
                rs.getString(22), rs.getInt(23) == 1, rs.getInt(24) == 1, rs.getInt(25) == 1, loc, rs.getString(27),
                rs.getLong(28), Json.map(rs.getString(29)));
    }
}
