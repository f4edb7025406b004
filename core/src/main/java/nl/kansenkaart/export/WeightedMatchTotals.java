package nl.kansenkaart.export;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.kansenkaart.disclosure.CellRef;
import nl.kansenkaart.disclosure.DisclosureLedger;
import nl.kansenkaart.matching.Indicator;

/**
 * The scenario indicators that are weighted sums of the match amounts (as {@code ScenarioIndicators}
 * computes them): tonne-km = sum of tonnes x road km, transport cost = sum of amount x transport
 * EUR per unit, value moved = sum of amount x value EUR per unit where known, primary material or
 * energy replaced = sum of amount x the substitution of the match's rule. Road km, cost and value
 * per unit are in the workshop matches table and the substitution in the (public) rules, while an
 * amount is shown only with both companies' consent: with most amounts shown, such a total would
 * give a withheld one as (total - shown amounts x weight) / its weight. Declared as weighted
 * groups, secondary suppression prevents that.
 * <p>The weights are the exact per-match figures. The GeoPackage publishes them as they are; the
 * CSV rounds them to three decimals, which only narrows a withheld amount down to a small
 * interval instead of one number, and that discloses just the same.
 */
final class WeightedMatchTotals {

    private final Map<CellRef, List<CellRef>> parts = new LinkedHashMap<>();
    private final Map<CellRef, List<Double>> weights = new LinkedHashMap<>();

    /**
     * One match's amount cell with the figures the matches table publishes for it.
     *
     * @param transportEurPerUnit null when unknown: then it is in no transport cost the reader could subtract
     * @param valueEurPerUnit     null when unknown: then the match is not in the value moved
     * @param substitution        units of primary material replaced per unit (its rule's)
     */
    void add(String scenario, CellRef amount, boolean energy, double roadKm, Double transportEurPerUnit, Double valueEurPerUnit,
             double substitution) {
        if (!energy) add(MatchWorkshopTables.indicator(scenario, Indicator.TONNE_KM), amount, roadKm); // heat goes by pipe
        add(MatchWorkshopTables.indicator(scenario, energy ? Indicator.PRIMARY_REPLACED_GJ : Indicator.PRIMARY_REPLACED_T), amount,
                substitution);
        if (transportEurPerUnit != null) add(MatchWorkshopTables.indicator(scenario, Indicator.TRANSPORT_COST_EUR), amount, transportEurPerUnit);
        if (valueEurPerUnit != null) add(MatchWorkshopTables.indicator(scenario, Indicator.VALUE_MOVED_EUR), amount, valueEurPerUnit);
    }

    private void add(CellRef total, CellRef amount, double weight) {
        parts.computeIfAbsent(total, k -> new ArrayList<>()).add(amount);
        weights.computeIfAbsent(total, k -> new ArrayList<>()).add(weight);
    }

    /** Declares total = sum of weight x amount for every total the export has (a scenario without indicators has none). */
    void declare(DisclosureLedger ledger) {
        parts.forEach((total, amounts) -> {
            if (ledger.has(total)) ledger.group(total, amounts, weights.get(total));
        });
    }
}
