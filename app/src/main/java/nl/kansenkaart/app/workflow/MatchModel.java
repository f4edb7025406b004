package nl.kansenkaart.app.workflow;

import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.concurrent.Task;
import nl.kansenkaart.matching.Decision;
import nl.kansenkaart.matching.DecisionStore;
import nl.kansenkaart.matching.MatchSettings;
import nl.kansenkaart.matching.ScenarioComparison;
import nl.kansenkaart.matching.ScenarioStore;
import nl.kansenkaart.matching.StoredMatch;
import nl.kansenkaart.project.ProjectFile;

/**
 * Step 3 as the app shows it, and what the analyst can do there: decide on a match (stored by
 * core's decision store, applied at the next run), run the scenario in view again, save a new
 * scenario, and run all scenarios to compare them. All project work goes to the worker thread;
 * results come back as a fresh {@link MatchResults}, also after every run of the steps.
 */
public final class MatchModel {

    private final WorkflowModel flow;
    private final ReadOnlyObjectWrapper<MatchResults> results = new ReadOnlyObjectWrapper<>(MatchResults.NONE);
    private final ObjectProperty<MatchFilter> filter = new SimpleObjectProperty<>(MatchFilter.ALL);
    private int request;

    public MatchModel(WorkflowModel flow) {
        this.flow = flow;
        flow.resultsProperty().addListener((obs, old, now) -> reload());
        // After every run: step 3 changes nothing in the results of steps 1 and 2, so those need not fire.
        flow.busyProperty().addListener((obs, was, now) -> {
            if (was && !now) reload();
        });
        flow.scenarioProperty().addListener((obs, old, now) -> {
            reload();
            flow.stepLayersChanged(); // the map shows the scenario's matches
        });
    }

    public WorkflowModel flow() {
        return flow;
    }

    public ReadOnlyObjectProperty<MatchResults> resultsProperty() {
        return results.getReadOnlyProperty();
    }

    public MatchResults results() {
        return results.get();
    }

    /** Which matches the analyst looks at (approach, material group, R-level). */
    public ObjectProperty<MatchFilter> filterProperty() {
        return filter;
    }

    /** Reads step 3's results for the scenario in view again; an older read that arrives late is dropped. */
    public void reload() {
        int mine = ++request;
        String scenario = flow.scenario();
        flow.worker().submit(() -> flow.projectOrNull() == null ? MatchResults.NONE : MatchResults.read(flow.project(), scenario), r -> {
            if (mine == request) results.set(r);
        }, flow::failed);
    }

    /**
     * Records the analyst's decision on a match (null clears it) with a note; it holds for every
     * later run and scenario, and applies from the next run.
     */
    public void decide(StoredMatch match, Decision decision, String note, Runnable done) {
        String scenario = flow.scenario();
        flow.worker().submit(() -> {
            ProjectFile p = flow.project();
            DecisionStore store = new DecisionStore(p);
            if (decision == null) store.clear(match.matchId());
            else store.decide(store.pair(match.matchId()), decision, note == null || note.isBlank() ? null : note.trim());
            return MatchResults.read(p, scenario);
        }, r -> {
            ++request;
            results.set(r);
            done.run();
        }, flow::failed);
    }

    /** Runs step 3 for the scenario in view (the decisions apply), with the dock's progress bar. */
    public Task<?> runScenario(Consumer<String> done) {
        return flow.runSteps(List.of(3), List.of(), reports -> done.accept(reports.get(0).lines().isEmpty() ? "" : reports.get(0).lines().get(0)));
    }

    /** Saves a scenario (core checks the name and every setting) and shows it; {@code run} runs it at once. */
    public void saveScenario(String name, MatchSettings settings, String description, boolean run, Runnable done) {
        flow.worker().submit(() -> {
            new ScenarioStore(flow.project()).save(name, settings, description);
            return ScenarioStore.checkName(name);
        }, saved -> {
            if (saved.equals(flow.scenarioProperty().get())) reload();
            else flow.scenarioProperty().set(saved);
            if (run) runScenario(s -> { });
            done.run();
        }, flow::failed);
    }

    /** Runs every saved scenario (each stores its results) so they can be compared side by side. */
    public Task<ScenarioComparison> runAllScenarios(Consumer<ScenarioComparison> done) {
        Task<ScenarioComparison> task = new Task<>() {
            @Override
            protected ScenarioComparison call() {
                updateProgress(-1, 1);
                updateMessage("3");
                ProjectFile p = flow.project();
                List<String> names = new ScenarioStore(p).list().stream().map(ScenarioStore.Scenario::name).toList();
                return ScenarioComparison.run(p, names);
            }
        };
        return flow.runBusy(task, done); // the end of the run reads the results again
    }
}
