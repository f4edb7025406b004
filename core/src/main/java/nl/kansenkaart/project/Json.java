package nl.kansenkaart.project;

import com.google.gson.Gson;
import com.google.gson.reflect.TypeToken;
import java.lang.reflect.Type;
import java.util.LinkedHashMap;
import java.util.Map;

/** Attribute maps stored as JSON text columns (readable in QGIS's attribute table). */
final class Json {

    private static final Gson GSON = new Gson();
    private static final Type MAP = new TypeToken<LinkedHashMap<String, String>>() {}.getType();

    private Json() {}

    static String of(Map<String, String> map) {
        return map == null || map.isEmpty() ? null : GSON.toJson(map);
    }

    static Map<String, String> map(String json) {
        if (json == null || json.isBlank()) return Map.of();
        Map<String, String> m = GSON.fromJson(json, MAP);
        return m == null ? Map.of() : m;
    }
}
