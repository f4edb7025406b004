package nl.kansenkaart.matching;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import nl.kansenkaart.codes.RLevel;
import nl.kansenkaart.model.FlowDirection;
import nl.kansenkaart.model.QuantityUnit;

/** The indicator values of one scenario run. */
public record ScenarioIndicators(Map<Indicator, Double> values, IndicatorParts parts) {

    public ScenarioIndicators {
        values = Collections.unmodifiableMap(new EnumMap<>(values));
        parts = parts == null ? new IndicatorParts() : parts;
    }

    public ScenarioIndicators(Map<Indicator, Double> values) {
        this(values, null);
    }

    public double get(Indicator i) {
        return values.getOrDefault(i, 0.0);
    }

    static ScenarioIndicators compute(FlowNodes nodes, List<Match> matches, List<Unmatched> unmatched,
                                      MatchSettings settings, TodayProcessing today) {
        EnumMap<Indicator, Double> v = new EnumMap<>(Indicator.class);
        IndicatorParts p = new IndicatorParts();
        for (Indicator i : Indicator.values()) v.put(i, 0.0);
        for (FlowNode s : nodes.supplies())
            if (s.unit() == QuantityUnit.TONNE) {
                add(v, Indicator.SUPPLY_T, s.amount());
                p.add(Indicator.SUPPLY_T, FlowDirection.SUPPLY, s.actorRef(), s.amount());
            }
        for (FlowNode d : nodes.demands())
            if (d.unit() == QuantityUnit.TONNE) {
                add(v, Indicator.DEMAND_T, d.amount());
                p.add(Indicator.DEMAND_T, FlowDirection.DEMAND, d.actorRef(), d.amount());
            }
        double baselineKnown = 0;
        for (Match m : matches) {
            add(v, Indicator.MATCHES, 1);
            String sRef = m.supply().actorRef(), dRef = m.demand().actorRef();
            if (m.unit() == QuantityUnit.GJ) {
                add(v, p, Indicator.MATCHED_GJ, sRef, dRef, m.amount());
                add(v, p, Indicator.PRIMARY_REPLACED_GJ, sRef, dRef, m.primaryReplaced());
            } else {
                add(v, p, Indicator.MATCHED_T, sRef, dRef, m.amount());
                add(v, p, m.approach() == Approach.AREA ? Indicator.KEPT_IN_REGION_T : Indicator.LEAVING_REGION_T, sRef, dRef, m.amount());
                add(v, p, Indicator.PRIMARY_REPLACED_T, sRef, dRef, m.primaryReplaced());
                add(v, p, Indicator.TONNE_KM, sRef, dRef, m.tonneKm());
                add(v, p, scaleIndicator(m.scale()), sRef, dRef, m.amount());
                RLevel base = today.of(m.supply(), m.transportClass());
                if (base != null) {
                    baselineKnown += m.amount();
                    if (m.rule().rLevel().isBetterThan(base)) add(v, p, Indicator.MOVED_UP_T, sRef, dRef, m.amount());
                }
            }
            add(v, p, Indicator.TRANSPORT_COST_EUR, sRef, dRef, m.amount() * m.transportEurPerUnit());
            if (m.valueEurPerUnit() != null) add(v, p, Indicator.VALUE_MOVED_EUR, sRef, dRef, m.amount() * m.valueEurPerUnit());
        }
        for (Unmatched u : unmatched) {
            if (u.node().unit() != QuantityUnit.TONNE) continue;
            boolean supply = u.node().direction() == FlowDirection.SUPPLY;
            Indicator i = supply ? Indicator.UNMATCHED_SUPPLY_T : Indicator.UNMET_DEMAND_T;
            add(v, i, u.left());
            p.add(i, u.node().direction(), u.node().actorRef(), u.left());
        }
        v.put(Indicator.TRANSPORT_CO2_T, v.get(Indicator.TONNE_KM) * settings.co2KgPerTonneKm() / 1000.0);
        p.derive(Indicator.TONNE_KM, Indicator.TRANSPORT_CO2_T, settings.co2KgPerTonneKm() / 1000.0);
        double t = v.get(Indicator.MATCHED_T);
        v.put(Indicator.MEAN_DISTANCE_KM, t > 0 ? v.get(Indicator.TONNE_KM) / t : 0);
        v.put(Indicator.MOVED_UP_SHARE, baselineKnown > 0 ? 100.0 * v.get(Indicator.MOVED_UP_T) / baselineKnown : 0);
        return new ScenarioIndicators(v, p);
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

    private static void add(Map<Indicator, Double> v, IndicatorParts p, Indicator i, String supplyRef, String demandRef, double x) {
        add(v, i, x);
        p.addBoth(i, supplyRef, demandRef, x);
    }
}
