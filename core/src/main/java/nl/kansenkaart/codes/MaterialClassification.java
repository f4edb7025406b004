package nl.kansenkaart.codes;

import java.util.LinkedHashMap;
import java.util.Map;
import nl.kansenkaart.model.MaterialGroup;
import nl.kansenkaart.model.MaterialKey;
import nl.kansenkaart.model.PhysicalState;

/**
 * Classifies EURAL codes into material main groups and liquid/solid by the longest matching
 * code prefix in {@code eural_material_groups.csv}; named resources carry their own class.
 */
public final class MaterialClassification {

    private static final MaterialClassification INSTANCE = new MaterialClassification(loadPrefixes());

    private final Map<String, MaterialClass> byPrefix;

    public MaterialClassification(Map<String, MaterialClass> byPrefix) {
        this.byPrefix = Map.copyOf(byPrefix);
        for (int ch = 1; ch <= 20; ch++)
            if (!this.byPrefix.containsKey(String.format("%02d", ch)))
                throw new IllegalArgumentException("material table lacks EURAL chapter " + String.format("%02d", ch));
    }

    public static MaterialClassification get() {
        return INSTANCE;
    }

    private static Map<String, MaterialClass> loadPrefixes() {
        Map<String, MaterialClass> map = new LinkedHashMap<>();
        for (Map<String, String> r : CsvResource.read("/nl/kansenkaart/codes/eural_material_groups.csv"))
            map.put(r.get("prefix"), new MaterialClass(MaterialGroup.valueOf(r.get("group")), PhysicalState.valueOf(r.get("state"))));
        return map;
    }

    /** Class of a six-digit EURAL code: the longest prefix (6, 4 or 2 digits) in the table. */
    public MaterialClass ofEural(String code6) {
        for (int len = 6; len >= 2; len -= 2) {
            MaterialClass c = byPrefix.get(code6.substring(0, len));
            if (c != null) return c;
        }
        throw new IllegalArgumentException("not an EURAL code: " + code6);
    }

    public MaterialClass of(MaterialKey key) {
        if (key.isEural()) return ofEural(key.code());
        return NamedResources.get().find(key.code())
                .map(r -> new MaterialClass(r.group(), r.state()))
                .orElseThrow(() -> new IllegalArgumentException("unknown named resource " + key.code()));
    }
}
