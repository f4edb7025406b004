package nl.kansenkaart.clusters;

import java.util.ArrayList;
import java.util.List;
import nl.kansenkaart.geo.RdNew;
import nl.kansenkaart.model.Company;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.operation.union.UnaryUnionOp;

/**
 * Map shapes of clusters: the convex hull of the members' points widened by half the clustering
 * radius, so that a cluster of two points or of points on a line still shows as an area, and the
 * area around each establishment within reach of its neighbours is covered.
 */
public final class ClusterGeometry {

    private ClusterGeometry() {}

    /** Hull of the located members, or null when none is located. */
    public static MultiPolygon hull(List<Company> members, double radius) {
        List<Coordinate> pts = new ArrayList<>();
        for (Company c : members) if (c.location().isLocated()) pts.add(new Coordinate(c.location().x(), c.location().y()));
        if (pts.isEmpty()) return null;
        Geometry hull = RdNew.FACTORY.createMultiPointFromCoords(pts.toArray(new Coordinate[0])).convexHull();
        return multi(hull.buffer(radius / 2, 8));
    }

    public static MultiPolygon union(List<MultiPolygon> parts) {
        List<Geometry> gs = new ArrayList<>(parts);
        if (gs.isEmpty()) return null;
        return multi(UnaryUnionOp.union(gs));
    }

    public static MultiPolygon multi(Geometry g) {
        if (g == null || g.isEmpty()) return null;
        if (g instanceof MultiPolygon m) return m;
        if (g instanceof Polygon p) return RdNew.FACTORY.createMultiPolygon(new Polygon[] {p});
        List<Polygon> polys = new ArrayList<>();
        for (int i = 0; i < g.getNumGeometries(); i++)
            if (g.getGeometryN(i) instanceof Polygon p) polys.add(p);
            else if (g.getGeometryN(i) instanceof MultiPolygon mp)
                for (int k = 0; k < mp.getNumGeometries(); k++) polys.add((Polygon) mp.getGeometryN(k));
        return polys.isEmpty() ? null : RdNew.FACTORY.createMultiPolygon(polys.toArray(new Polygon[0]));
    }
}
