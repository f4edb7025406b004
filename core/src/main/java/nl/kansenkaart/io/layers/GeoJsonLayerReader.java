package nl.kansenkaart.io.layers;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.kansenkaart.KansenkaartException;
import org.locationtech.jts.geom.GeometryFactory;

/**
 * Reads a GeoJSON file as one layer. A feature whose geometry cannot be read becomes a feature
 * with a problem (rejected and reported), so one bad feature does not cost the whole file.
 */
final class GeoJsonLayerReader {

    private GeoJsonLayerReader() {}

    static SourceLayer read(Path file, String layerName) {
        JsonElement root;
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            root = JsonParser.parseReader(r);
        } catch (IOException | JsonParseException e) {
            throw new KansenkaartException(file.getFileName() + " is not valid GeoJSON: " + e.getMessage(), e);
        }
        if (!root.isJsonObject()) throw new KansenkaartException(file.getFileName() + " is not GeoJSON: the top level is not an object");
        JsonObject obj = root.getAsJsonObject();
        DeclaredCrs crs = DeclaredCrs.fromName(GeoJsonFeatureReader.declaredCrs(obj), "GeoJSON crs member");
        GeoJsonFeatureReader reader = new GeoJsonFeatureReader(new GeometryFactory());
        List<SourceFeature> out = new ArrayList<>();
        JsonElement features = obj.get("features");
        if (features != null && features.isJsonArray()) {
            long n = 0;
            for (JsonElement f : features.getAsJsonArray()) out.add(feature(reader, f, ++n));
        } else if (obj.has("type")) {
            out.add(feature(reader, obj, 1));
        } else {
            throw new KansenkaartException(file.getFileName() + " is not GeoJSON: no features and no type");
        }
        return new SourceLayer(layerName, out, crs);
    }

    private static SourceFeature feature(GeoJsonFeatureReader reader, JsonElement f, long n) {
        Map<String, String> props = Map.of();
        if (f.isJsonObject() && f.getAsJsonObject().get("properties") instanceof JsonObject p) props = properties(p);
        try {
            List<GeoJsonFeature> one = reader.read(new StringReader(f.toString()));
            GeoJsonFeature g = one.get(0);
            return new SourceFeature(n, g.geometry(), props, g.geometry() == null ? "no geometry" : null);
        } catch (IOException | RuntimeException e) {
            return new SourceFeature(n, null, props, "unreadable geometry: " + e.getMessage());
        }
    }

    private static Map<String, String> properties(JsonObject p) {
        Map<String, String> out = new java.util.LinkedHashMap<>();
        for (Map.Entry<String, JsonElement> e : p.entrySet())
            if (e.getValue() != null && !e.getValue().isJsonNull())
                out.put(e.getKey(), e.getValue().isJsonPrimitive() ? e.getValue().getAsString() : e.getValue().toString());
        return out;
    }
}
