package nl.kansenkaart.matching;

import java.util.Map;
import nl.kansenkaart.codes.RLevel;

/**
 * How supplied materials are processed today, the baseline of "moved up the R-ladder": per EURAL
 * code the R-level that carries the most kilograms in the project's LMA records, else the
 * transport class's usual processing, else unknown.
 */
public record TodayProcessing(Map<String, RLevel> byEural) {

    public static final TodayProcessing NONE = new TodayProcessing(Map.of());

    public TodayProcessing {
        byEural = Map.copyOf(byEural);
    }

    /** The baseline R-level of a supply, or null when unknown. */
    public RLevel of(FlowNode supply, TransportClass tc) {
        RLevel r = supply.material().isEural() ? byEural.get(supply.material().code()) : null;
        if (r == null) r = tc.todayR();
        return r == null || r == RLevel.UNKNOWN ? null : r;
    }
}
