package nl.kansenkaart.geo;

import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.kansenkaart.codes.CsvResource;

/**
 * The shipped table of 4,699 four-digit postcodes with centroid, town and municipality
 * (bobdenotter/4pp, MIT, state 2019). Centroids are converted to RD New once, at load.
 */
public final class Pc4Table {

    /** One PC4 area. {@code poBoxOnly} marks postcodes used only for PO boxes (no physical area). */
    public record Pc4(String postcode, String town, String municipality, String province, double x, double y,
                      boolean poBoxOnly) {}

    private static volatile Pc4Table instance;

    private final Map<String, Pc4> byCode;

    private Pc4Table(Map<String, Pc4> byCode) {
        this.byCode = byCode;
    }

    public static Pc4Table get() {
        Pc4Table t = instance;
        if (t == null) {
            synchronized (Pc4Table.class) {
                if (instance == null) instance = load();
                t = instance;
            }
        }
        return t;
    }

    private static Pc4Table load() {
        List<Map<String, String>> rows = CsvResource.read("/nl/kansenkaart/geo/pc4_4pp.csv");
        RdNew rd = new RdNew();
        Map<String, Pc4> map = new LinkedHashMap<>();
        for (Map<String, String> r : rows) {
            double[] p = rd.toRd(Double.parseDouble(r.get("longitude")), Double.parseDouble(r.get("latitude")));
            map.put(r.get("postcode"), new Pc4(r.get("postcode"), r.get("woonplaats"), r.get("gemeente"),
                    r.get("provincie"), p[0], p[1], "Postbus".equals(r.get("soort"))));
        }
        return new Pc4Table(Collections.unmodifiableMap(map));
    }

    public Map<String, Pc4> all() {
        return byCode;
    }

    public Pc4 find(String pc4) {
        return byCode.get(pc4);
    }

    /** PC4 → {x, y} in RD metres. */
    public Map<String, double[]> centroidsRd() {
        Map<String, double[]> m = new HashMap<>(byCode.size() * 2);
        byCode.forEach((k, v) -> m.put(k, new double[] {v.x(), v.y()}));
        return m;
    }
}
