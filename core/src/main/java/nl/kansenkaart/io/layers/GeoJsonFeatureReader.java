package nl.kansenkaart.io.layers;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;

/**
 * Reads a GeoJSON FeatureCollection (or a single Feature) with its properties. jts-io's
 * GeoJsonReader drops properties, so features are parsed here with Gson and geometries built
 * directly. Coordinates are returned as in the file; callers decide the CRS.
 */
public final class GeoJsonFeatureReader {

    private final GeometryFactory factory;

    public GeoJsonFeatureReader(GeometryFactory factory) {
        this.factory = factory;
    }

    public List<GeoJsonFeature> read(Reader reader) throws IOException {
        JsonElement root;
        try {
            root = JsonParser.parseReader(reader);
        } catch (JsonParseException e) {
            throw new IOException("not valid JSON: " + e.getMessage(), e);
        }
        if (!root.isJsonObject()) throw new IOException("GeoJSON must be an object");
        JsonObject obj = root.getAsJsonObject();
        String type = text(obj, "type");
        List<GeoJsonFeature> out = new ArrayList<>();
        if ("FeatureCollection".equals(type)) {
            JsonElement feats = obj.get("features");
            if (feats == null || !feats.isJsonArray()) throw new IOException("FeatureCollection without a features array");
            int i = 0;
            for (JsonElement f : feats.getAsJsonArray()) {
                i++;
                if (!f.isJsonObject()) throw new IOException("feature " + i + " is not an object");
                out.add(feature(f.getAsJsonObject(), i));
            }
        } else if ("Feature".equals(type)) {
            out.add(feature(obj, 1));
        } else if (type != null) {
            out.add(new GeoJsonFeature(geometry(obj), Map.of()));
        } else {
            throw new IOException("GeoJSON object without a type");
        }
        return out;
    }

    /** Value of the optional {@code crs} member's name (old GeoJSON), e.g. "EPSG:28992", or null. */
    public static String declaredCrs(JsonObject root) {
        JsonElement crs = root.get("crs");
        if (crs == null || !crs.isJsonObject()) return null;
        JsonElement props = crs.getAsJsonObject().get("properties");
        if (props == null || !props.isJsonObject()) return null;
        return text(props.getAsJsonObject(), "name");
    }

    private GeoJsonFeature feature(JsonObject f, int index) throws IOException {
        JsonElement g = f.get("geometry");
        Geometry geom = g == null || g.isJsonNull() ? null : geometry(g.getAsJsonObject());
        Map<String, String> props = new LinkedHashMap<>();
        JsonElement p = f.get("properties");
        if (p != null && p.isJsonObject()) {
            for (Map.Entry<String, JsonElement> e : p.getAsJsonObject().entrySet()) {
                JsonElement v = e.getValue();
                props.put(e.getKey(), v == null || v.isJsonNull() ? null : v.isJsonPrimitive() ? v.getAsString() : v.toString());
            }
        }
        return new GeoJsonFeature(geom, props);
    }

    private Geometry geometry(JsonObject g) throws IOException {
        String type = text(g, "type");
        if ("GeometryCollection".equals(type)) {
            List<Geometry> parts = new ArrayList<>();
            for (JsonElement e : array(g, "geometries")) parts.add(geometry(e.getAsJsonObject()));
            return factory.createGeometryCollection(parts.toArray(Geometry[]::new));
        }
        JsonArray c = array(g, "coordinates");
        try {
            return switch (type == null ? "" : type) {
                case "Point" -> factory.createPoint(coordinate(c));
                case "MultiPoint" -> factory.createMultiPoint(points(c));
                case "LineString" -> factory.createLineString(coordinates(c));
                case "MultiLineString" -> factory.createMultiLineString(lines(c));
                case "Polygon" -> polygon(c);
                case "MultiPolygon" -> {
                    Polygon[] polys = new Polygon[c.size()];
                    for (int i = 0; i < c.size(); i++) polys[i] = polygon(c.get(i).getAsJsonArray());
                    yield factory.createMultiPolygon(polys);
                }
                default -> throw new IOException("unsupported geometry type " + type);
            };
        } catch (IllegalStateException | IllegalArgumentException | IndexOutOfBoundsException e) {
            throw new IOException("malformed " + type + " coordinates: " + e.getMessage(), e);
        }
    }

    private Polygon polygon(JsonArray rings) {
        LinearRing shell = factory.createLinearRing(closed(coordinates(rings.get(0).getAsJsonArray())));
        LinearRing[] holes = new LinearRing[rings.size() - 1];
        for (int i = 1; i < rings.size(); i++)
            holes[i - 1] = factory.createLinearRing(closed(coordinates(rings.get(i).getAsJsonArray())));
        return factory.createPolygon(shell, holes);
    }

    /** Rings that are not closed in the file are closed rather than rejected. */
    private static Coordinate[] closed(Coordinate[] ring) {
        if (ring.length > 0 && !ring[0].equals2D(ring[ring.length - 1])) {
            Coordinate[] c = new Coordinate[ring.length + 1];
            System.arraycopy(ring, 0, c, 0, ring.length);
            c[ring.length] = new Coordinate(ring[0]);
            return c;
        }
        return ring;
    }

    private Point[] points(JsonArray c) {
        Point[] pts = new Point[c.size()];
        for (int i = 0; i < c.size(); i++) pts[i] = factory.createPoint(coordinate(c.get(i).getAsJsonArray()));
        return pts;
    }

    private LineString[] lines(JsonArray c) {
        LineString[] ls = new LineString[c.size()];
        for (int i = 0; i < c.size(); i++) ls[i] = factory.createLineString(coordinates(c.get(i).getAsJsonArray()));
        return ls;
    }

    private static Coordinate[] coordinates(JsonArray c) {
        Coordinate[] cs = new Coordinate[c.size()];
        for (int i = 0; i < c.size(); i++) cs[i] = coordinate(c.get(i).getAsJsonArray());
        return cs;
    }

    private static Coordinate coordinate(JsonArray c) {
        return new Coordinate(c.get(0).getAsDouble(), c.get(1).getAsDouble());
    }

    private static JsonArray array(JsonObject o, String key) throws IOException {
        JsonElement e = o.get(key);
        if (e == null || !e.isJsonArray()) throw new IOException("geometry without '" + key + "'");
        return e.getAsJsonArray();
    }

    private static String text(JsonObject o, String key) {
        JsonElement e = o.get(key);
        return e == null || e.isJsonNull() || !e.isJsonPrimitive() ? null : e.getAsString();
    }
}
