package nl.kansenkaart.io.layers;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.kansenkaart.geo.AreaIndex;
import nl.kansenkaart.geo.DutchBoundaries;
import nl.kansenkaart.geo.NetherlandsBounds;
import nl.kansenkaart.model.Area;
import nl.kansenkaart.model.AreaLevel;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryCollection;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.Polygonal;
import org.locationtech.jts.geom.util.GeometryFixer;
import org.locationtech.jts.operation.valid.IsValidOp;

/**
 * Turns a source feature into an {@link Area} in RD New, or says why it cannot: not an area, no
 * geometry, outside the Netherlands (a wrong coordinate system), an invalid geometry that cannot be
 * repaired, or no code where the level needs one. Invalid geometries that GeometryFixer can repair
 * are repaired and counted.
 */
final class AreaConversion {

    /** The area, or the column and reason of the rejection; {@code repaired} says a fix was needed. */
    record Result(Area area, String column, String reason, boolean repaired) {}

    private static final Envelope NL = new Envelope(NetherlandsBounds.RD_MIN_X, NetherlandsBounds.RD_MAX_X,
            NetherlandsBounds.RD_MIN_Y, NetherlandsBounds.RD_MAX_Y);

    private final BoundaryTarget target;
    private final ToRd toRd;
    private final AreaIndex municipalities = new AreaIndex(DutchBoundaries.get().municipalities());
    private final AreaIndex provinces = new AreaIndex(DutchBoundaries.get().provinces());
    private final Map<String, String> provinceOfMunicipality = new LinkedHashMap<>();

    AreaConversion(BoundaryTarget target, ToRd toRd) {
        this.target = target;
        this.toRd = toRd;
        for (Area m : DutchBoundaries.get().municipalities()) provinceOfMunicipality.put(m.code(), m.parentCode());
    }

    Result convert(SourceFeature f) {
        if (f.problem() != null || f.geometry() == null)
            return reject("geometry", f.problem() != null ? f.problem() : "no geometry");
        Geometry g = f.geometry();
        if (g.isEmpty()) return reject("geometry", "empty geometry");
        if (!(g instanceof Polygonal) && !(g instanceof GeometryCollection && polygonal(g) != null && !isMixed(g)))
            return reject("geometry", "a " + g.getGeometryType() + " is not an area; boundaries need polygons");
        Geometry rd;
        try {
            rd = toRd.apply(g);
        } catch (RuntimeException e) {
            return reject("geometry", "cannot convert to RD New: " + e.getMessage());
        }
        Envelope e = rd.getEnvelopeInternal();
        if (!NL.intersects(e))
            return reject("geometry", String.format(java.util.Locale.ROOT,
                    "lies outside the Netherlands in RD New (x %.0f..%.0f, y %.0f..%.0f): wrong coordinate system?",
                    e.getMinX(), e.getMaxX(), e.getMinY(), e.getMaxY()));
        boolean repaired = false;
        Geometry area = polygonal(rd);
        IsValidOp valid = new IsValidOp(area);
        if (!valid.isValid()) {
            String why = valid.getValidationError().getMessage();
            Geometry fixed = polygonal(GeometryFixer.fix(area));
            if (fixed == null || fixed.isEmpty() || fixed.getArea() <= 0)
                return reject("geometry", "invalid geometry (" + why + ") that cannot be repaired");
            area = fixed;
            repaired = true;
        }
        String code = value(f, target.codeKey());
        if (code == null && (target.level() == AreaLevel.MUNICIPALITY || target.level() == AreaLevel.PROVINCE))
            return reject(target.codeKey() == null ? "" : target.codeKey(), target.level() == AreaLevel.MUNICIPALITY
                    ? "no municipality code (GMxxxx)" : "no province code (PVxx)");
        if (code == null) code = (target.layer() != null ? target.layer() : target.level().name().toLowerCase(java.util.Locale.ROOT))
                + "-" + f.number();
        Map<String, String> attrs = new LinkedHashMap<>(f.properties());
        normaliseFigures(attrs);
        if (target.layer() != null) attrs.put("layer", target.layer());
        return new Result(new Area(code, value(f, target.nameKey()), target.level(), parent(code, area), area, attrs),
                null, null, repaired);
    }

    private String parent(String code, Geometry area) {
        Point inside = area.getInteriorPoint();
        return switch (target.level()) {
            case MUNICIPALITY -> {
                String p = provinceOfMunicipality.get(code);
                if (p != null) yield p;
                Area a = provinces.locate(inside.getX(), inside.getY());
                yield a == null ? null : a.code();
            }
            case PROVINCE -> "NL";
            case BUSINESS_PARK -> {
                Area a = municipalities.locate(inside.getX(), inside.getY());
                yield a == null ? null : a.code();
            }
            default -> null;
        };
    }

    /** CBS and other sources name the key figures differently; the project reads "inhabitants" and "oppervlakte_land_ha". */
    private static void normaliseFigures(Map<String, String> attrs) {
        for (Map.Entry<String, String> e : new ArrayList<>(attrs.entrySet())) {
            String k = e.getKey().toLowerCase(java.util.Locale.ROOT);
            if (k.equals("aantalinwoners") || k.equals("inwoners") || k.equals("aant_inw") || k.equals("population"))
                attrs.putIfAbsent("inhabitants", e.getValue());
            if (k.equals("oppervlaktelandinha") || k.equals("opp_land"))
                attrs.putIfAbsent("oppervlakte_land_ha", e.getValue());
        }
    }

    /** The polygons of a geometry as one polygonal geometry, or null when it has none. */
    private static Geometry polygonal(Geometry g) {
        if (g instanceof Polygonal) return g;
        List<Polygon> polys = new ArrayList<>();
        for (int i = 0; i < g.getNumGeometries(); i++) {
            Geometry part = g.getGeometryN(i);
            if (part instanceof Polygon p) polys.add(p);
            else if (part instanceof Polygonal || part instanceof GeometryCollection) {
                Geometry sub = polygonal(part);
                if (sub != null) for (int k = 0; k < sub.getNumGeometries(); k++) polys.add((Polygon) sub.getGeometryN(k));
            }
        }
        if (polys.isEmpty()) return null;
        return polys.size() == 1 ? polys.get(0) : g.getFactory().createMultiPolygon(polys.toArray(Polygon[]::new));
    }

    private static boolean isMixed(Geometry g) {
        for (int i = 0; i < g.getNumGeometries(); i++) {
            Geometry part = g.getGeometryN(i);
            if (!(part instanceof Polygonal) && !(part instanceof GeometryCollection && !isMixed(part))) return true;
        }
        return false;
    }

    private static String value(SourceFeature f, String key) {
        if (key == null) return null;
        String v = f.properties().get(key);
        return v == null || v.isBlank() ? null : v.strip();
    }

    private static Result reject(String column, String reason) {
        return new Result(null, column, reason, false);
    }
}
