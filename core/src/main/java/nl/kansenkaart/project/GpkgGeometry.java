package nl.kansenkaart.project;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKBReader;
import org.locationtech.jts.io.WKBWriter;

/**
 * GeoPackage binary geometry (GPKG 1.2, clause 2.1.3): an 8-byte header (magic "GP", version,
 * flags, srs id), an optional envelope, then standard little-endian WKB. Points are written
 * without an envelope (it would repeat the point); other geometries carry [minx, maxx, miny, maxy].
 */
public final class GpkgGeometry {

    private static final byte FLAG_LITTLE_ENDIAN = 0x01;
    private static final byte FLAG_ENVELOPE_XY = 0x02;
    private static final byte FLAG_EMPTY = 0x10;

    private GpkgGeometry() {}

    public static byte[] encode(Geometry g, int srsId) {
        byte[] wkb = new WKBWriter(2, ByteOrderValues.LITTLE).write(g);
        boolean envelope = !(g instanceof Point) && !g.isEmpty();
        byte flags = FLAG_LITTLE_ENDIAN;
        if (envelope) flags |= FLAG_ENVELOPE_XY;
        if (g.isEmpty()) flags |= FLAG_EMPTY;
        ByteBuffer b = ByteBuffer.allocate(8 + (envelope ? 32 : 0) + wkb.length).order(ByteOrder.LITTLE_ENDIAN);
        b.put((byte) 'G').put((byte) 'P').put((byte) 0).put(flags).putInt(srsId);
        if (envelope) {
            Envelope e = g.getEnvelopeInternal();
            b.putDouble(e.getMinX()).putDouble(e.getMaxX()).putDouble(e.getMinY()).putDouble(e.getMaxY());
        }
        b.put(wkb);
        return b.array();
    }

    /** A point blob without building a JTS geometry: the hot path of bulk imports. */
    public static byte[] encodePoint(double x, double y, int srsId) {
        ByteBuffer b = ByteBuffer.allocate(8 + 21).order(ByteOrder.LITTLE_ENDIAN);
        b.put((byte) 'G').put((byte) 'P').put((byte) 0).put(FLAG_LITTLE_ENDIAN).putInt(srsId);
        b.put((byte) 1).putInt(1).putDouble(x).putDouble(y);
        return b.array();
    }

    public static Geometry decode(byte[] blob, GeometryFactory factory) {
        Header h = header(blob);
        try {
            Geometry g = new WKBReader(factory).read(java.util.Arrays.copyOfRange(blob, h.wkbOffset, blob.length));
            g.setSRID(h.srsId);
            return g;
        } catch (ParseException e) {
            throw new IllegalArgumentException("corrupt geometry blob: " + e.getMessage(), e);
        }
    }

    /** Envelope {minx, maxx, miny, maxy} of a blob, from the header or, for points, the WKB; null when empty. */
    public static double[] envelope(byte[] blob) {
        Header h = header(blob);
        if (h.empty) return null;
        ByteBuffer b = ByteBuffer.wrap(blob).order(h.littleEndian ? ByteOrder.LITTLE_ENDIAN : ByteOrder.BIG_ENDIAN);
        if (h.envelopeDoubles >= 4) {
            return new double[] {b.getDouble(8), b.getDouble(16), b.getDouble(24), b.getDouble(32)};
        }
        ByteBuffer w = ByteBuffer.wrap(blob, h.wkbOffset, blob.length - h.wkbOffset);
        w.order(blob[h.wkbOffset] == 1 ? ByteOrder.LITTLE_ENDIAN : ByteOrder.BIG_ENDIAN);
        int type = w.getInt(h.wkbOffset + 1);
        if ((type & 0xFFFF) % 1000 == 1) { // Point (ISO or EWKB-free)
            double x = w.getDouble(h.wkbOffset + 5), y = w.getDouble(h.wkbOffset + 13);
            if (Double.isNaN(x)) return null;
            return new double[] {x, x, y, y};
        }
        Envelope e = decode(blob, new GeometryFactory()).getEnvelopeInternal();
        return e.isNull() ? null : new double[] {e.getMinX(), e.getMaxX(), e.getMinY(), e.getMaxY()};
    }

    public static boolean isEmpty(byte[] blob) {
        return header(blob).empty;
    }

    private record Header(boolean littleEndian, int envelopeDoubles, boolean empty, int srsId, int wkbOffset) {}

    private static Header header(byte[] blob) {
        if (blob == null || blob.length < 8 || blob[0] != 'G' || blob[1] != 'P')
            throw new IllegalArgumentException("not a GeoPackage geometry blob");
        byte flags = blob[3];
        boolean le = (flags & FLAG_LITTLE_ENDIAN) != 0;
        int envCode = (flags >> 1) & 0x07;
        int doubles = switch (envCode) {
            case 0 -> 0;
            case 1 -> 4;
            case 2, 3 -> 6;
            case 4 -> 8;
            default -> throw new IllegalArgumentException("invalid envelope code " + envCode);
        };
        int srs = ByteBuffer.wrap(blob, 4, 4).order(le ? ByteOrder.LITTLE_ENDIAN : ByteOrder.BIG_ENDIAN).getInt();
        return new Header(le, doubles, (flags & FLAG_EMPTY) != 0, srs, 8 + doubles * 8);
    }

    private static final class ByteOrderValues {
        static final int LITTLE = org.locationtech.jts.io.ByteOrderValues.LITTLE_ENDIAN;
    }
}
