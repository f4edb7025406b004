package nl.kansenkaart.matching;

import java.util.List;
import java.util.Locale;

/**
 * The result of matching one scenario: matches in allocation order, what stayed unmatched and why,
 * the indicators, the take-and-bring balance per stakeholder, and notes for the analyst.
 *
 * @param notes decisions that could not be applied, and similar remarks for the run report
 */
public record MatchRun(String scenario, MatchSettings settings, List<Match> matches, List<Unmatched> unmatched,
                       ScenarioIndicators indicators, List<StakeholderBalance> balances, Stats stats, List<String> notes) {

    /** Sizes and timings of a run. */
    public record Stats(int supplies, int demands, int candidates, long searchMillis, long allocateMillis, long totalMillis) {}

    public MatchRun {
        matches = List.copyOf(matches);
        unmatched = List.copyOf(unmatched);
        balances = List.copyOf(balances);
        notes = List.copyOf(notes);
    }

    public List<Match> areaBased() {
        return matches.stream().filter(m -> m.approach() == Approach.AREA).toList();
    }

    public List<Match> chainBased() {
        return matches.stream().filter(m -> m.approach() == Approach.CHAIN).toList();
    }

    /** One line for logs and the run command. */
    public String summaryLine() {
        return String.format(Locale.ROOT, "scenario %s: supplies=%d demands=%d candidates=%d matches=%d matched=%.1f t + %.1f GJ"
                        + " unmatched_supply=%.1f t unmet_demand=%.1f t (%d ms)", scenario, stats.supplies(), stats.demands(),
                stats.candidates(), matches.size(), indicators.get(Indicator.MATCHED_T), indicators.get(Indicator.MATCHED_GJ),
                indicators.get(Indicator.UNMATCHED_SUPPLY_T), indicators.get(Indicator.UNMET_DEMAND_T), stats.totalMillis());
    }
}
