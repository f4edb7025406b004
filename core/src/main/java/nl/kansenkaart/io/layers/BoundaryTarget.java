package nl.kansenkaart.io.layers;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import nl.kansenkaart.model.AreaLevel;

/**
 * Where a layer of areas goes: municipalities when most features carry a CBS municipality code
 * (GM0363), provinces for province codes (PV27), business parks for IBIS-like attributes
 * (RINNUMMER, BEDRIJVENT...), else other areas under the layer's name. The analyst's layer name,
 * when given, decides instead.
 *
 * @param level    the area table
 * @param layer    the layer name within other areas (null for the fixed levels)
 * @param codeKey  the property holding each area's code, or null to number the features
 * @param nameKey  the property holding each area's name, or null
 */
record BoundaryTarget(AreaLevel level, String layer, String codeKey, String nameKey) {

    private static final Pattern GM = Pattern.compile("GM\\d{4}");
    private static final Pattern PV = Pattern.compile("PV\\d{2}");

    static BoundaryTarget decide(SourceLayer source, String layerOption) {
        List<SourceFeature> fs = source.features();
        // a level's name forces that level; any other name is a layer of its own among the other areas
        AreaLevel forced = layerOption == null || layerOption.isBlank() ? null
                : levelNamed(layerOption) != null ? levelNamed(layerOption) : AreaLevel.OTHER;
        String gm = codeKey(fs, GM), pv = codeKey(fs, PV);
        AreaLevel level = forced != null ? forced
                : gm != null ? AreaLevel.MUNICIPALITY
                : pv != null ? AreaLevel.PROVINCE
                : ibisLike(fs) ? AreaLevel.BUSINESS_PARK
                : AreaLevel.OTHER;
        return switch (level) {
            case MUNICIPALITY -> new BoundaryTarget(level, null, gm != null ? gm : key(fs, "gemeentecode", "gm_code", "code"),
                    key(fs, "gemeentenaam", "gm_naam", "statnaam", "naam", "name"));
            case PROVINCE -> new BoundaryTarget(level, null, pv != null ? pv : key(fs, "provinciecode", "statcode", "code"),
                    key(fs, "provincienaam", "statnaam", "naam", "name", "provincie"));
            case BUSINESS_PARK -> new BoundaryTarget(level, null, key(fs, "rinnummer", "rin_nummer", "rin_nr", "rin", "code", "id"),
                    key(fs, "bedrijventerrein", "bedrijvent", "plannaam", "plan_naam", "naam", "name"));
            case REGION -> new BoundaryTarget(level, null, key(fs, "code", "id"), key(fs, "naam", "name"));
            case OTHER -> new BoundaryTarget(level, forced == AreaLevel.OTHER ? layerOption.strip() : source.name(),
                    key(fs, "code", "id", "identificatie", "fid"), key(fs, "naam", "name", "omschrijving", "label", "title"));
        };
    }

    /** The level a layer name stands for, Dutch or English; null for a free layer name. */
    static AreaLevel levelNamed(String name) {
        return switch (name.strip().toLowerCase(Locale.ROOT).replace(' ', '_')) {
            case "municipalities", "municipality", "gemeenten", "gemeente" -> AreaLevel.MUNICIPALITY;
            case "provinces", "province", "provincies", "provincie" -> AreaLevel.PROVINCE;
            case "business_parks", "business_park", "bedrijventerreinen", "bedrijventerrein", "ibis" -> AreaLevel.BUSINESS_PARK;
            case "study_region", "studiegebied", "region", "regio" -> AreaLevel.REGION;
            default -> null;
        };
    }

    /** The property whose values match the code pattern for at least 80 % of the features. */
    private static String codeKey(List<SourceFeature> fs, Pattern code) {
        if (fs.isEmpty()) return null;
        for (String k : keys(fs)) {
            long hits = fs.stream().filter(f -> f.properties().get(k) != null && code.matcher(f.properties().get(k).strip()).matches()).count();
            if (hits > 0 && hits >= 0.8 * fs.size()) return k;
        }
        return null;
    }

    private static boolean ibisLike(List<SourceFeature> fs) {
        for (String k : keys(fs)) {
            String l = k.toLowerCase(Locale.ROOT);
            if (l.startsWith("rin") || l.contains("bedrijvent") || l.contains("ibis")) return true;
        }
        return false;
    }

    /** The first property (case-insensitive) among the candidates that the features have, as spelled there. */
    private static String key(List<SourceFeature> fs, String... candidates) {
        Set<String> keys = keys(fs);
        for (String c : candidates)
            for (String k : keys)
                if (k.equalsIgnoreCase(c)) return k;
        return null;
    }

    private static Set<String> keys(List<SourceFeature> fs) {
        Set<String> keys = new LinkedHashSet<>();
        for (SourceFeature f : fs) for (Map.Entry<String, String> e : f.properties().entrySet()) keys.add(e.getKey());
        return keys;
    }
}
