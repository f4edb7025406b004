package nl.kansenkaart.matching;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import nl.kansenkaart.codes.RLevel;
import nl.kansenkaart.model.QuantityUnit;

/** The indicator values of one scenario run. */
public record ScenarioIndicators(Map<Indicator, Double> values) {

    public ScenarioIndicators {
        values = Collections.unmodifiableMap(new EnumMap<>(values));
    }

    public double get(Indicator i) {
        return values.getOrDefault(i, 0.0);
    }

    static ScenarioIndicators compute(FlowNodes nodes, List<Match> matches, List<Unmatched> unmatched,
                                      MatchSettings settings, TodayProcessing today) {
        EnumMap<Indicator, Double> v = new EnumMap<>(Indicator.class);
        for (Indicator i : Indicator.values()) v.put(i, 0.0);
        for (FlowNode s : nodes.supplies()) if (s.unit() == QuantityUnit.TONNE) add(v, Indicator.SUPPLY_T, s.amount());
        for (FlowNode d : nodes.demands()) if (d.unit() == QuantityUnit.TONNE) add(v, Indicator.DEMAND_T, d.amount());
        double baselineKnown = 0;
        for (Match m : matches) {
            add(v, Indicator.MATCHES, 1);
            if (m.unit() == QuantityUnit.GJ) {
                add(v, Indicator.MATCHED_GJ, m.amount());
                add(v, Indicator.PRIMARY_REPLACED_GJ, m.primaryReplaced());
            } else {
                add(v, Indicator.MATCHED_T, m.amount());
                add(v, m.approach() == Approach.AREA ? Indicator.KEPT_IN_REGION_T : Indicator.LEAVING_REGION_T, m.amount());
                add(v, Indicator.PRIMARY_REPLACED_T, m.primaryReplaced());
                add(v, Indicator.TONNE_KM, m.tonneKm());
                add(v, scaleIndicator(m.scale()), m.amount());
                RLevel base = today.of(m.supply(), m.transportClass());
                if (base != null) {
                    baselineKnown += m.amount();
                    if (m.rule().rLevel().isBetterThan(base)) add(v, Indicator.MOVED_UP_T, m.amount());
                }
            }
            add(v, Indicator.TRANSPORT_COST_EUR, m.amount() * m.transportEurPerUnit());
            if (m.valueEurPerUnit() != null) add(v, Indicator.VALUE_MOVED_EUR, m.amount() * m.valueEurPerUnit());
        }
        for (Unmatched u : unmatched) {
            if (u.node().unit() != QuantityUnit.TONNE) continue;
            add(v, u.node().direction() == nl.kansenkaart.model.FlowDirection.SUPPLY ? Indicator.UNMATCHED_SUPPLY_T : Indicator.UNMET_DEMAND_T, u.left());
        }
        v.put(Indicator.TRANSPORT_CO2_T, v.get(Indicator.TONNE_KM) * settings.co2KgPerTonneKm() / 1000.0);
        double t = v.get(Indicator.MATCHED_T);
        v.put(Indicator.MEAN_DISTANCE_KM, t > 0 ? v.get(Indicator.TONNE_KM) / t : 0);
        v.put(Indicator.MOVED_UP_SHARE, baselineKnown > 0 ? 100.0 * v.get(Indicator.MOVED_UP_T) / baselineKnown : 0);
        return new ScenarioIndicators(v);
    }

    private static Indicator scaleIndicator(ScaleLevel s) {
        return switch (s) {
            case LOCAL -> Indicator.LOCAL_T;
            case REGIONAL -> Indicator.REGIONAL_T;
            case SUPRA_REGIONAL -> Indicator.SUPRA_REGIONAL_T;
            case NATIONAL -> Indicator.NATIONAL_T;
            case INTERNATIONAL -> Indicator.INTERNATIONAL_T;
        };
    }

    private static void add(Map<Indicator, Double> v, Indicator i, double x) {
        v.merge(i, x, Double::sum);
    }
}
