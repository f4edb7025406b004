package nl.kansenkaart.matching;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.kansenkaart.KansenkaartException;
import nl.kansenkaart.codes.RLevel;

/**
 * The parameters of one matching run; a scenario is a named set of them. Stored as text per key so
 * the analyst can set them from the CLI ({@code --set detour_factor=1.4}) and compare scenarios.
 *
 * @param detourFactor       road km per straight-line km (1.3: assumption for the Dutch road network)
 * @param haulFactor         multiplies every class's maximum haul distance (a "willingness to haul" lever)
 * @param maxCandidates      nearest compatible takers considered per supply and rule
 * @param worstRLevel        rules below this R-level are not used (R8 = no energy recovery)
 * @param allowHazardous     false keeps hazardous supplies out entirely, whatever the rules allow
 * @param regionOnly         only matches with both ends inside the study region (area-based view only)
 * @param includeEstimated   false uses measured figures only
 * @param co2KgPerTonneKm    transport CO2 of road freight: 90.3 g per t.km (KiM / CE Delft STREAM, road
 *                           average 2014, as tabulated in European Transport Research Review 2019, table 9)
 * @param transportCostFactor multiplies every class's transport cost (fuel-price or toll scenario)
 * @param origins            which origins of material_flows take part ("step2" by default; "*" = all)
 */
public record MatchSettings(double detourFactor, double haulFactor, int maxCandidates, RLevel worstRLevel,
                            boolean allowHazardous, boolean regionOnly, boolean includeEstimated,
                            double co2KgPerTonneKm, double transportCostFactor, List<String> origins) {

    public static final MatchSettings DEFAULTS = new MatchSettings(1.3, 1.0, 20, RLevel.R9, true, false, true,
            0.0903, 1.0, List.of("step2"));

    /** The keys with a one-line description each, for help texts and the GUI. */
    public static final Map<String, String> KEYS = keys();

    private static Map<String, String> keys() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("detour_factor", "road km per straight-line km (1.0-3.0)");
        m.put("haul_factor", "multiplies every maximum haul distance (0.1-10)");
        m.put("max_candidates", "nearest compatible takers per supply and rule (1-500)");
        m.put("worst_r_level", "worst R-level a match may have (R0..R9; R8 leaves out energy recovery)");
        m.put("allow_hazardous", "whether hazardous supplies take part at all (true/false)");
        m.put("region_only", "only matches with both ends in the study region (true/false)");
        m.put("include_estimated", "whether estimated figures take part (true/false)");
        m.put("co2_kg_per_tkm", "transport CO2 in kg per tonne-km (0-1)");
        m.put("transport_cost_factor", "multiplies every transport cost (0-10)");
        m.put("origins", "material_flows origins to match, comma separated, * for all");
        return java.util.Collections.unmodifiableMap(m);
    }

    public MatchSettings {
        check(detourFactor >= 1.0 && detourFactor <= 3.0, "detour_factor", detourFactor);
        check(haulFactor >= 0.1 && haulFactor <= 10, "haul_factor", haulFactor);
        check(maxCandidates >= 1 && maxCandidates <= 500, "max_candidates", maxCandidates);
        check(worstRLevel != null && worstRLevel.isOnLadder(), "worst_r_level", worstRLevel);
        check(co2KgPerTonneKm >= 0 && co2KgPerTonneKm <= 1, "co2_kg_per_tkm", co2KgPerTonneKm);
        check(transportCostFactor >= 0 && transportCostFactor <= 10, "transport_cost_factor", transportCostFactor);
        check(origins != null && !origins.isEmpty(), "origins", origins);
        origins = List.copyOf(origins);
    }

    private static void check(boolean ok, String key, Object value) {
        if (!ok) throw new KansenkaartException("setting " + key + " = " + value + " is out of range: " + KEYS.get(key));
    }

    public boolean allOrigins() {
        return origins.contains("*");
    }

    public Map<String, String> toMap() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("detour_factor", Numbers.plain(detourFactor));
        m.put("haul_factor", Numbers.plain(haulFactor));
        m.put("max_candidates", Integer.toString(maxCandidates));
        m.put("worst_r_level", worstRLevel.name());
        m.put("allow_hazardous", Boolean.toString(allowHazardous));
        m.put("region_only", Boolean.toString(regionOnly));
        m.put("include_estimated", Boolean.toString(includeEstimated));
        m.put("co2_kg_per_tkm", Numbers.plain(co2KgPerTonneKm));
        m.put("transport_cost_factor", Numbers.plain(transportCostFactor));
        m.put("origins", String.join(",", origins));
        return m;
    }

    /** These settings with the given keys changed; unknown keys and bad values fail with one line. */
    public MatchSettings with(Map<String, String> changes) {
        Map<String, String> m = toMap();
        for (Map.Entry<String, String> e : changes.entrySet()) {
            String key = e.getKey().trim().toLowerCase(Locale.ROOT).replace('-', '_');
            if (!KEYS.containsKey(key))
                throw new KansenkaartException("unknown setting '" + e.getKey() + "'; known: " + String.join(", ", KEYS.keySet()));
            m.put(key, e.getValue().trim());
        }
        return fromMap(m);
    }

    /** Reads stored settings; missing keys take the defaults. */
    public static MatchSettings fromMap(Map<String, String> in) {
        Map<String, String> m = new LinkedHashMap<>(DEFAULTS.toMap());
        m.putAll(in);
        return new MatchSettings(num(m, "detour_factor"), num(m, "haul_factor"), (int) Math.round(num(m, "max_candidates")),
                level(m.get("worst_r_level")), bool(m, "allow_hazardous"), bool(m, "region_only"),
                bool(m, "include_estimated"), num(m, "co2_kg_per_tkm"), num(m, "transport_cost_factor"),
                List.of(m.get("origins").split("\\s*,\\s*")));
    }

    private static double num(Map<String, String> m, String key) {
        try {
            return Double.parseDouble(m.get(key).trim().replace(',', '.'));
        } catch (NumberFormatException e) {
            throw new KansenkaartException("setting " + key + " = '" + m.get(key) + "' is not a number: " + KEYS.get(key));
        }
    }

    private static boolean bool(Map<String, String> m, String key) {
        try {
            return CsvTable.bool(m.get(key).trim());
        } catch (IllegalArgumentException e) {
            throw new KansenkaartException("setting " + key + ": " + e.getMessage());
        }
    }

    private static RLevel level(String text) {
        try {
            return RuleTable.rLevel(text);
        } catch (IllegalArgumentException e) {
            throw new KansenkaartException("setting worst_r_level: " + e.getMessage());
        }
    }
}
