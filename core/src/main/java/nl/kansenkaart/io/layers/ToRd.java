package nl.kansenkaart.io.layers;

import nl.kansenkaart.geo.RdNew;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.CoordinateSequenceFilter;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.proj4j.BasicCoordinateTransform;
import org.locationtech.proj4j.CRSFactory;
import org.locationtech.proj4j.CoordinateReferenceSystem;
import org.locationtech.proj4j.Proj4jException;
import org.locationtech.proj4j.ProjCoordinate;

/**
 * Reprojects geometries from a source EPSG system to RD New (proj4j, which knows the EPSG
 * database). RD New itself is copied as it is. Not thread-safe, like proj4j's transforms.
 */
final class ToRd {

    private static final CRSFactory CRS = new CRSFactory();

    private final int epsg;
    private final BasicCoordinateTransform transform;

    private ToRd(int epsg, BasicCoordinateTransform transform) {
        this.epsg = epsg;
        this.transform = transform;
    }

    /** A transform from the EPSG system, or null when proj4j does not know it. */
    static ToRd from(int epsg) {
        if (epsg == RdNew.EPSG) return new ToRd(epsg, null);
        try {
            CoordinateReferenceSystem src = CRS.createFromName("EPSG:" + epsg);
            return new ToRd(epsg, new BasicCoordinateTransform(src, CRS.createFromName("EPSG:" + RdNew.EPSG)));
        } catch (Proj4jException | IllegalStateException | IllegalArgumentException e) {
            return null;
        }
    }

    /**
     * The EPSG code the coordinate ranges of a layer suggest when the file declares none: RD New
     * metres or WGS84 degrees around the Netherlands; null when neither fits.
     */
    static Integer guess(Envelope e) {
        if (e == null || e.isNull()) return null;
        if (e.getMinX() >= -7_000 && e.getMaxX() <= 300_000 && e.getMinY() >= 289_000 && e.getMaxY() <= 629_000) return RdNew.EPSG;
        if (e.getMinX() >= 2.0 && e.getMaxX() <= 8.0 && e.getMinY() >= 50.0 && e.getMaxY() <= 54.5) return RdNew.WGS84_EPSG;
        return null;
    }

    int epsg() {
        return epsg;
    }

    Geometry apply(Geometry g) {
        Geometry out = RdNew.FACTORY.createGeometry(g);
        if (transform != null) {
            out.apply(new CoordinateSequenceFilter() {
                private final ProjCoordinate in = new ProjCoordinate(), res = new ProjCoordinate();

                @Override
                public void filter(CoordinateSequence seq, int i) {
                    in.x = seq.getX(i);
                    in.y = seq.getY(i);
                    transform.transform(in, res);
                    seq.setOrdinate(i, Coordinate.X, res.x);
                    seq.setOrdinate(i, Coordinate.Y, res.y);
                }

                @Override
                public boolean isDone() {
                    return false;
                }

                @Override
                public boolean isGeometryChanged() {
                    return true;
                }
            });
            out.geometryChanged();
        }
        out.setSRID(RdNew.EPSG);
        return out;
    }
}
