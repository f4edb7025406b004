package nl.kansenkaart.render;

import java.util.ArrayList;
import java.util.List;
import nl.kansenkaart.model.Area;
import org.locationtech.jts.algorithm.construct.MaximumInscribedCircle;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;

/**
 * An area decoded once into what drawing needs: its rings as flat RD coordinate arrays
 * ({@code x0, y0, x1, y1, …}), its envelope for culling, and a label anchor at the centre of
 * the largest circle that fits inside (so labels sit well inside crescent-shaped or coastal areas).
 *
 * @param labelRadius radius in metres of that circle: a label wider than about twice it would spill out
 */
public record PolygonFeature(String code, String name, Envelope envelope, List<double[]> rings,
                             double labelX, double labelY, double labelRadius) {

    public static PolygonFeature of(Area area) {
        Geometry g = area.geometry();
        List<double[]> rings = new ArrayList<>();
        Polygon largest = null;
        for (int i = 0; i < g.getNumGeometries(); i++) {
            if (!(g.getGeometryN(i) instanceof Polygon p) || p.isEmpty()) continue;
            rings.add(flat(p.getExteriorRing()));
            for (int h = 0; h < p.getNumInteriorRing(); h++) rings.add(flat(p.getInteriorRingN(h)));
            if (largest == null || p.getArea() > largest.getArea()) largest = p;
        }
        if (largest == null) throw new IllegalArgumentException("area " + area.code() + " has no polygon to draw");
        Envelope le = largest.getEnvelopeInternal();
        // A tolerance of 1/200 of the area's size places the anchor well enough and costs a few ms per area.
        double tolerance = Math.max(1, Math.max(le.getWidth(), le.getHeight()) / 200);
        MaximumInscribedCircle mic = new MaximumInscribedCircle(largest, tolerance);
        Point centre = mic.getCenter();
        double radius = mic.getRadiusLine().getLength();
        return new PolygonFeature(area.code(), area.name(), g.getEnvelopeInternal(), List.copyOf(rings),
                centre.getX(), centre.getY(), radius);
    }

    /** The same area without a name to label. */
    public PolygonFeature withoutLabel() {
        return new PolygonFeature(code, null, envelope, rings, labelX, labelY, labelRadius);
    }

    private static double[] flat(LineString ring) {
        Coordinate[] cs = ring.getCoordinates();
        double[] xy = new double[cs.length * 2];
        for (int i = 0; i < cs.length; i++) {
            xy[2 * i] = cs[i].x;
            xy[2 * i + 1] = cs[i].y;
        }
        return xy;
    }
}
