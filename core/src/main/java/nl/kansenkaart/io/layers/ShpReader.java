package nl.kansenkaart.io.layers;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.algorithm.Orientation;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;

/**
 * The geometry part of an ESRI shapefile ({@code .shp}, ESRI Shapefile Technical Description, 1998)
 * into JTS: points, multipoints, polylines and polygons, with Z and M variants read as 2D. Polygon
 * rings are assembled the way the format defines them: clockwise rings are shells, counter-clockwise
 * rings are holes of the shell that contains them. A record that cannot be read is reported as a
 * problem of that record; reading stops only when the file is truncated.
 */
final class ShpReader {

    /** One record: its geometry (null for a null shape) or why it could not be read. */
    record Shape(int recordNumber, Geometry geometry, String problem) {}

    private static final int FILE_CODE = 9994;

    private final GeometryFactory factory;

    ShpReader(GeometryFactory factory) {
        this.factory = factory;
    }

    /** Reads all records; throws IllegalArgumentException when the bytes are not a shapefile. */
    List<Shape> read(byte[] bytes) {
        if (bytes.length < 100) throw new IllegalArgumentException("too short for a shapefile header");
        ByteBuffer b = ByteBuffer.wrap(bytes);
        if (b.order(ByteOrder.BIG_ENDIAN).getInt(0) != FILE_CODE)
            throw new IllegalArgumentException("not a shapefile (file code " + b.getInt(0) + ")");
        long declared = 2L * b.order(ByteOrder.BIG_ENDIAN).getInt(24);
        long end = Math.min(bytes.length, declared > 100 ? declared : bytes.length);
        List<Shape> out = new ArrayList<>();
        int pos = 100;
        while (pos + 8 <= end) {
            b.order(ByteOrder.BIG_ENDIAN);
            int number = b.getInt(pos);
            int length = 2 * b.getInt(pos + 4);
            int start = pos + 8;
            if (length < 4 || start + (long) length > bytes.length) {
                out.add(new Shape(number, null, "record " + number + " runs past the end of the file (truncated .shp)"));
                break;
            }
            out.add(record(b.order(ByteOrder.LITTLE_ENDIAN), number, start, length));
            pos = start + length;
        }
        return out;
    }

    private Shape record(ByteBuffer b, int number, int start, int length) {
        int type = b.getInt(start);
        try {
            Geometry g = switch (type) {
                case 0 -> null;
                case 1, 11, 21 -> point(b, start + 4);
                case 8, 18, 28 -> multiPoint(b, start + 4, start + length);
                case 3, 13, 23 -> lines(b, start + 4, start + length);
                case 5, 15, 25 -> polygon(b, start + 4, start + length);
                default -> throw new IllegalArgumentException("shape type " + type + " is not supported");
            };
            return new Shape(number, g, g == null ? "null shape (no geometry)" : null);
        } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
            return new Shape(number, null, "record " + number + ": " + e.getMessage());
        }
    }

    private Point point(ByteBuffer b, int at) {
        return factory.createPoint(new Coordinate(b.getDouble(at), b.getDouble(at + 8)));
    }

    private Geometry multiPoint(ByteBuffer b, int at, int end) {
        int n = b.getInt(at + 32);
        check(at + 36 + 16L * n, end);
        Point[] pts = new Point[n];
        for (int i = 0; i < n; i++) pts[i] = point(b, at + 36 + 16 * i);
        return factory.createMultiPoint(pts);
    }

    /** The parts of a polyline or polygon record as coordinate arrays. */
    private List<Coordinate[]> parts(ByteBuffer b, int at, int end) {
        int numParts = b.getInt(at + 32);
        int numPoints = b.getInt(at + 36);
        if (numParts < 1 || numPoints < 1) throw new IllegalArgumentException("no parts or points");
        int partsAt = at + 40;
        int pointsAt = partsAt + 4 * numParts;
        check(pointsAt + 16L * numPoints, end);
        List<Coordinate[]> out = new ArrayList<>();
        for (int p = 0; p < numParts; p++) {
            int from = b.getInt(partsAt + 4 * p);
            int to = p + 1 < numParts ? b.getInt(partsAt + 4 * (p + 1)) : numPoints;
            if (from < 0 || to > numPoints || to < from) throw new IllegalArgumentException("part " + p + " has a bad index");
            Coordinate[] cs = new Coordinate[to - from];
            for (int i = from; i < to; i++) cs[i - from] = new Coordinate(b.getDouble(pointsAt + 16 * i), b.getDouble(pointsAt + 16 * i + 8));
            out.add(cs);
        }
        return out;
    }

    private Geometry lines(ByteBuffer b, int at, int end) {
        List<Coordinate[]> parts = parts(b, at, end);
        LineString[] ls = new LineString[parts.size()];
        for (int i = 0; i < ls.length; i++) ls[i] = factory.createLineString(parts.get(i));
        return ls.length == 1 ? ls[0] : factory.createMultiLineString(ls);
    }

    private Geometry polygon(ByteBuffer b, int at, int end) {
        List<LinearRing> shells = new ArrayList<>(), holes = new ArrayList<>();
        for (Coordinate[] ring : parts(b, at, end)) {
            Coordinate[] r = closed(ring);
            if (r.length < 4) throw new IllegalArgumentException("a ring with fewer than 4 points");
            LinearRing lr = factory.createLinearRing(r);
            if (Orientation.isCCW(r)) holes.add(lr);
            else shells.add(lr);
        }
        if (shells.isEmpty()) { // written with the wrong orientation: take the rings as shells
            shells.addAll(holes);
            holes.clear();
        }
        List<List<LinearRing>> holesOf = new ArrayList<>();
        List<PreparedGeometry> shellAreas = new ArrayList<>();
        for (LinearRing s : shells) {
            holesOf.add(new ArrayList<>());
            shellAreas.add(PreparedGeometryFactory.prepare(factory.createPolygon(s)));
        }
        List<LinearRing> islands = new ArrayList<>();
        for (LinearRing h : holes) {
            int best = -1;
            double bestArea = Double.MAX_VALUE;
            Point probe = factory.createPoint(h.getCoordinateN(0));
            for (int i = 0; i < shellAreas.size(); i++) {
                double area = shellAreas.get(i).getGeometry().getArea();
                if (area < bestArea && shellAreas.get(i).covers(probe)) {
                    best = i;
                    bestArea = area;
                }
            }
            if (best >= 0) holesOf.get(best).add(h);
            else islands.add(h); // a hole outside every shell is an island written the wrong way round
        }
        for (LinearRing island : islands) {
            shells.add(island);
            holesOf.add(new ArrayList<>());
        }
        Polygon[] polys = new Polygon[shells.size()];
        for (int i = 0; i < polys.length; i++)
            polys[i] = factory.createPolygon(shells.get(i), holesOf.get(i).toArray(LinearRing[]::new));
        return polys.length == 1 ? polys[0] : factory.createMultiPolygon(polys);
    }

    private static Coordinate[] closed(Coordinate[] ring) {
        if (ring.length == 0 || ring[0].equals2D(ring[ring.length - 1])) return ring;
        Coordinate[] c = java.util.Arrays.copyOf(ring, ring.length + 1);
        c[ring.length] = new Coordinate(ring[0]);
        return c;
    }

    private static void check(long needed, int end) {
        if (needed > end) throw new IllegalArgumentException("more points than the record holds");
    }
}
