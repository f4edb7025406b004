package nl.kansenkaart.matching;

import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import nl.kansenkaart.model.FlowDirection;

/**
 * Each company's part in each indicator, on the supply and on the demand side: what disclosure
 * control needs to decide whether a scenario total may be shown (a total dominated by one
 * company on either side would reveal that company's figure). Counts and ratios have no parts.
 */
public final class IndicatorParts {

    private final Map<Indicator, Map<FlowDirection, Map<String, Double>>> parts = new EnumMap<>(Indicator.class);

    void add(Indicator i, FlowDirection side, String actorRef, double value) {
        parts.computeIfAbsent(i, k -> new EnumMap<>(FlowDirection.class))
                .computeIfAbsent(side, k -> new LinkedHashMap<>()).merge(actorRef, value, Double::sum);
    }

    /** Both sides of a match take part in what it moves. */
    void addBoth(Indicator i, String supplyRef, String demandRef, double value) {
        add(i, FlowDirection.SUPPLY, supplyRef, value);
        add(i, FlowDirection.DEMAND, demandRef, value);
    }

    /** Copies the parts of {@code from} into {@code to}, each times {@code factor} (a derived indicator). */
    void derive(Indicator from, Indicator to, double factor) {
        Map<FlowDirection, Map<String, Double>> src = parts.get(from);
        if (src == null) return;
        src.forEach((side, byActor) -> byActor.forEach((ref, v) -> add(to, side, ref, v * factor)));
    }

    /** Actor → part on one side; empty when the indicator has no parts on that side. */
    public Map<String, Double> of(Indicator i, FlowDirection side) {
        Map<FlowDirection, Map<String, Double>> m = parts.get(i);
        Map<String, Double> s = m == null ? null : m.get(side);
        return s == null ? Map.of() : Collections.unmodifiableMap(s);
    }

    /** Whether the indicator is a sum of company figures (as opposed to a count or a ratio). */
    public boolean hasParts(Indicator i) {
        return parts.containsKey(i);
    }

    public Map<Indicator, Map<FlowDirection, Map<String, Double>>> all() {
        return Collections.unmodifiableMap(parts);
    }
}
