package nl.kansenkaart.geo;

import java.util.List;
import nl.kansenkaart.model.Area;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.index.strtree.STRtree;

/** Finds the area a point lies in (municipality of a company, province of a plant). Thread-safe after construction. */
public final class AreaIndex {

    private record Entry(Area area, PreparedGeometry geometry) {}

    private final STRtree tree = new STRtree();

    public AreaIndex(List<Area> areas) {
        for (Area a : areas) {
            if (a.geometry() == null || a.geometry().isEmpty()) continue;
            tree.insert(a.geometry().getEnvelopeInternal(), new Entry(a, PreparedGeometryFactory.prepare(a.geometry())));
        }
        tree.build();
    }

    /** The first area containing the RD point, or null. */
    public Area locate(double x, double y) {
        Point p = RdNew.FACTORY.createPoint(new Coordinate(x, y));
        @SuppressWarnings("unchecked")
        List<Entry> hits = tree.query(p.getEnvelopeInternal());
        for (Entry e : hits) if (e.geometry().covers(p)) return e.area();
        return null;
    }
}
