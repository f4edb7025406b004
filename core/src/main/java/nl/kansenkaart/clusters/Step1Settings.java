package nl.kansenkaart.clusters;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import nl.kansenkaart.KansenkaartException;
import nl.kansenkaart.project.SettingsStore;

/**
 * The analyst's settings of step 1, stored in the project ({@code kk_settings}, step "step1").
 *
 * @param top          how many clusters the ranking selects (low-hanging fruit and overrides come on top)
 * @param radius       DBSCAN radius in metres
 * @param minPoints    DBSCAN minimum establishments around a core point (itself included)
 * @param balassaYear  year of the national jobs table; 0 = the latest year in the table
 */
public record Step1Settings(Weights weights, int top, double radius, int minPoints, int balassaYear) {

    public static final String STEP = "step1";
    public static final int DEFAULT_TOP = 6;
    public static final double DEFAULT_RADIUS = 1000;
    public static final int DEFAULT_MIN_POINTS = 3;
    /**
     * 0 = the latest year in the table (2024 in the shipped one, which also has section C apart from B-E). Its
     * finance jobs (K) drop by a fifth against 2023 in the transcription; set 2023 to compare.
     */
    public static final int DEFAULT_BALASSA_YEAR = 0;

    public Step1Settings {
        if (top < 0) throw new KansenkaartException("the number of clusters to select must be >= 0");
        try {
            new ClusterBuilder.Settings(radius, minPoints);
        } catch (IllegalArgumentException e) {
            throw new KansenkaartException(e.getMessage());
        }
    }

    public static Step1Settings read(SettingsStore store) {
        Map<String, String> s = store.all(STEP);
        Weights w = Weights.defaults();
        for (Criterion c : Criterion.values()) {
            String v = s.get("weight." + c.key());
            if (v != null) w = w.with(c.key() + "=" + v);
        }
        return new Step1Settings(w, integer(s, "selection.top", DEFAULT_TOP), number(s, "dbscan.radius_m", DEFAULT_RADIUS),
                integer(s, "dbscan.min_points", DEFAULT_MIN_POINTS), integer(s, "balassa.year", DEFAULT_BALASSA_YEAR));
    }

    public void write(SettingsStore store) {
        Map<String, String> m = new LinkedHashMap<>();
        for (Criterion c : Criterion.values()) m.put("weight." + c.key(), trim(weights.of(c)));
        m.put("selection.top", Integer.toString(top));
        m.put("dbscan.radius_m", trim(radius));
        m.put("dbscan.min_points", Integer.toString(minPoints));
        m.put("balassa.year", Integer.toString(balassaYear));
        store.putAll(STEP, m);
    }

    public ClusterBuilder.Settings clustering() {
        return new ClusterBuilder.Settings(radius, minPoints);
    }

    private static int integer(Map<String, String> s, String key, int fallback) {
        String v = s.get(key);
        if (v == null) return fallback;
        try {
            return Integer.parseInt(v.trim());
        } catch (NumberFormatException e) {
            throw new KansenkaartException("setting step1 " + key + " is not a whole number: '" + v + "'");
        }
    }

    private static double number(Map<String, String> s, String key, double fallback) {
        String v = s.get(key);
        if (v == null) return fallback;
        try {
            return Double.parseDouble(v.trim());
        } catch (NumberFormatException e) {
            throw new KansenkaartException("setting step1 " + key + " is not a number: '" + v + "'");
        }
    }

    private static String trim(double d) {
        return d == Math.rint(d) ? Long.toString((long) d) : String.format(Locale.ROOT, "%s", d);
    }
}
