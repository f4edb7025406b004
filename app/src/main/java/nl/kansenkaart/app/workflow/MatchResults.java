package nl.kansenkaart.app.workflow;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.kansenkaart.matching.DecisionStore;
import nl.kansenkaart.matching.MatchResultStore;
import nl.kansenkaart.matching.ScenarioComparison;
import nl.kansenkaart.matching.ScenarioStore;
import nl.kansenkaart.matching.StakeholderBalance;
import nl.kansenkaart.matching.StoredMatch;
import nl.kansenkaart.matching.StoredMatches;
import nl.kansenkaart.matching.StoredResults;
import nl.kansenkaart.matching.StoredUnmatched;
import nl.kansenkaart.project.ProjectFile;

/**
 * What the project holds of step 3 for the scenario in view, read in one go on the worker thread:
 * the saved scenarios, the scenario's matches (rank order), unmatched supply and unmet demand and
 * take-and-bring balance, the indicators of every scenario that has run (for the comparison), and
 * the analyst's decisions with their notes.
 *
 * @param scenario        the scenario shown (the base scenario when the one asked for does not exist)
 * @param comparison      indicators of the scenarios that have results, side by side; null when none has
 * @param decisions       the analyst's decisions by match id
 * @param decidedSinceRun decisions made after the scenario last ran: they apply from its next run
 */
public record MatchResults(String scenario, List<ScenarioStore.Scenario> scenarios, List<StoredMatch> matches,
                           List<StoredUnmatched> unmatched, List<StakeholderBalance> balances, ScenarioComparison comparison,
                           Map<String, DecisionStore.Entry> decisions, int decidedSinceRun) {

    public static final MatchResults NONE = new MatchResults(ScenarioStore.BASE, List.of(), List.of(), List.of(), List.of(), null,
            Map.of(), 0);

    public static MatchResults read(ProjectFile project, String asked) {
        List<ScenarioStore.Scenario> scenarios = new ScenarioStore(project).list();
        ScenarioStore.Scenario shown = scenarios.stream().filter(s -> s.name().equals(asked)).findFirst().orElse(scenarios.get(0));
        String scenario = shown.name();
        MatchResultStore store = new MatchResultStore(project);
        List<String> run = new ArrayList<>();
        for (ScenarioStore.Scenario s : scenarios) if (store.indicators(s.name()) != null) run.add(s.name());
        Map<String, DecisionStore.Entry> decisions = new LinkedHashMap<>();
        int since = 0;
        for (DecisionStore.Entry e : new DecisionStore(project).all()) {
            decisions.put(e.matchId(), e);
            if (shown.lastRun() == null || e.decidedAt().compareTo(shown.lastRun()) > 0) since++;
        }
        return new MatchResults(scenario, scenarios, StoredMatches.read(project, scenario), StoredResults.unmatched(project, scenario),
                StoredResults.balances(project, scenario), run.isEmpty() ? null : ScenarioComparison.stored(project, run),
                Map.copyOf(decisions), since);
    }

    /** Whether the scenario in view has been run. */
    public boolean hasRun() {
        return comparison != null && comparison.scenarios().contains(scenario);
    }

    /** The note the analyst gave with the decision on a match, or null. */
    public String note(String matchId) {
        DecisionStore.Entry e = decisions.get(matchId);
        return e == null ? null : e.note();
    }
}
