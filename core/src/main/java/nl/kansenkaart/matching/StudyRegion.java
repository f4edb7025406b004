package nl.kansenkaart.matching;

import java.util.List;
import nl.kansenkaart.geo.RdNew;
import nl.kansenkaart.model.Area;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.operation.union.UnaryUnionOp;

/** The study region (table study_region) as a fast point-in-polygon test; area-based vs chain-based. */
public final class StudyRegion {

    private final String name;
    private final PreparedGeometry outline;

    public StudyRegion(String name, Geometry outline) {
        this.name = name;
        this.outline = PreparedGeometryFactory.prepare(outline);
    }

    /** The union of the given areas, or null when there are none (a project without a region). */
    public static StudyRegion of(List<Area> areas) {
        List<Geometry> parts = areas.stream().map(Area::geometry).filter(g -> g != null && !g.isEmpty()).toList();
        if (parts.isEmpty()) return null;
        String name = areas.get(0).name() == null ? "study region" : areas.get(0).name();
        return new StudyRegion(name, UnaryUnionOp.union(parts));
    }

    public String name() {
        return name;
    }

    public boolean contains(double x, double y) {
        return outline.covers(RdNew.FACTORY.createPoint(new Coordinate(x, y)));
    }
}
