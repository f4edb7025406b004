package nl.kansenkaart.geo;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.CoordinateSequenceFilter;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.proj4j.BasicCoordinateTransform;
import org.locationtech.proj4j.CRSFactory;
import org.locationtech.proj4j.CoordinateReferenceSystem;
import org.locationtech.proj4j.ProjCoordinate;

/**
 * Converts between WGS84 (EPSG:4326, lon/lat) and RD New (EPSG:28992). Uses proj4j's EPSG
 * 7-parameter datum shift, accurate to about 0.3 m against RDNAPTRANS, well within the
 * precision of the postcode and address data the product handles.
 * <p>Instances are not thread-safe (proj4j transforms are not): use one per thread.
 */
public final class RdNew {

    public static final int EPSG = 28992;
    public static final int WGS84_EPSG = 4326;

    /** All geometries in the product use this factory: RD New metres, SRID 28992. */
    public static final GeometryFactory FACTORY = new GeometryFactory(new PrecisionModel(), EPSG);

    private static final CRSFactory CRS_FACTORY = new CRSFactory();
    private static final CoordinateReferenceSystem RD = CRS_FACTORY.createFromName("EPSG:28992");
    private static final CoordinateReferenceSystem WGS84 = CRS_FACTORY.createFromName("EPSG:4326");

    private final BasicCoordinateTransform toRd = new BasicCoordinateTransform(WGS84, RD);
    private final BasicCoordinateTransform toWgs = new BasicCoordinateTransform(RD, WGS84);
    private final ProjCoordinate in = new ProjCoordinate();
    private final ProjCoordinate out = new ProjCoordinate();

    /** WGS84 longitude/latitude in degrees to RD x/y in metres. */
    public double[] toRd(double lon, double lat) {
        in.x = lon;
        in.y = lat;
        toRd.transform(in, out);
        return new double[] {out.x, out.y};
    }

    /** RD x/y in metres to WGS84 longitude/latitude in degrees. */
    public double[] toWgs84(double x, double y) {
        in.x = x;
        in.y = y;
        toWgs.transform(in, out);
        return new double[] {out.x, out.y};
    }

    /** A copy of a lon/lat geometry in RD New, with SRID 28992. */
    public Geometry toRd(Geometry lonLat) {
        Geometry g = FACTORY.createGeometry(lonLat);
        g.apply(new Filter(true));
        g.geometryChanged();
        g.setSRID(EPSG);
        return g;
    }

    /** A copy of an RD geometry in WGS84 lon/lat, with SRID 4326. */
    public Geometry toWgs84(Geometry rd) {
        Geometry g = rd.copy();
        g.apply(new Filter(false));
        g.geometryChanged();
        g.setSRID(WGS84_EPSG);
        return g;
    }

    private final class Filter implements CoordinateSequenceFilter {
        private final boolean forward;

        Filter(boolean forward) {
            this.forward = forward;
        }

        @Override
        public void filter(CoordinateSequence seq, int i) {
            double[] p = forward ? toRd(seq.getX(i), seq.getY(i)) : toWgs84(seq.getX(i), seq.getY(i));
            seq.setOrdinate(i, Coordinate.X, p[0]);
            seq.setOrdinate(i, Coordinate.Y, p[1]);
        }

        @Override
        public boolean isDone() {
            return false;
        }

        @Override
        public boolean isGeometryChanged() {
            return true;
        }
    }
}
