package nl.kansenkaart.sample;

import java.math.BigDecimal;
import java.util.Map;
import java.util.TreeMap;

/** Accepted kilograms of the extract per named flow, exact, for the sample README. */
final class FlowTally {

    static final String AVI_RECEIVED = "avi_received";
    static final String GREENHOUSE_ORGANIC = "greenhouse_organic";
    static final String FOOD_ORGANIC = "food_organic";
    static final String RWZI_SLUDGE = "rwzi_sludge";

    private final Map<String, Long> tenths = new TreeMap<>();

    void add(String key, long kgTenths) {
        tenths.merge(key, kgTenths, Long::sum);
    }

    /** Tonnes, rounded to whole tonnes. */
    long tonnes(String key) {
        return BigDecimal.valueOf(tenths.getOrDefault(key, 0L), 1).divide(BigDecimal.valueOf(1000), 0,
                java.math.RoundingMode.HALF_UP).longValueExact();
    }
}
