package nl.kansenkaart.app.workflow;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.concurrent.Task;
import nl.kansenkaart.KansenkaartException;
import nl.kansenkaart.app.ProjectWorker;
import nl.kansenkaart.clusters.Reranking;
import nl.kansenkaart.clusters.SelectionOverrideStore;
import nl.kansenkaart.clusters.Step1Settings;
import nl.kansenkaart.matching.ScenarioStore;
import nl.kansenkaart.matching.StoredMatch;
import nl.kansenkaart.project.ProjectFile;
import nl.kansenkaart.project.SettingsStore;
import nl.kansenkaart.resources.YearChoice;
import nl.kansenkaart.run.Step3Matching;
import nl.kansenkaart.run.Steps;
import nl.kansenkaart.steps.AnalysisStep;
import nl.kansenkaart.steps.AnalysisYears;
import nl.kansenkaart.steps.StepReport;

/**
 * The state of the analysis as the app shows it, and what the analyst can do to it: run steps,
 * change weights, override the selection. All work on the project goes to the worker thread through
 * core (the same calls as the command line); results come back as a fresh {@link StepResults}.
 */
public final class WorkflowModel {

    private final ProjectWorker worker;
    private final Supplier<ProjectFile> project;
    private final ReadOnlyObjectWrapper<StepResults> results = new ReadOnlyObjectWrapper<>(StepResults.NONE);
    private final ObjectProperty<String> currentCluster = new SimpleObjectProperty<>();
    private final ObjectProperty<StoredMatch> currentMatch = new SimpleObjectProperty<>();
    private final ObjectProperty<String> scenario = new SimpleObjectProperty<>(ScenarioStore.BASE);
    /** The scenario for jobs on the worker thread, which must not read JavaFX properties. */
    private volatile String scenarioName = ScenarioStore.BASE;
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final ObjectProperty<Task<?>> running = new SimpleObjectProperty<>();
    private Consumer<Throwable> onError = t -> { };
    private Runnable onStepLayersChanged = () -> { };

    /** @param project the open project, or null; only used on the worker thread */
    public WorkflowModel(ProjectWorker worker, Supplier<ProjectFile> project) {
        this.worker = worker;
        this.project = project;
        scenario.addListener((obs, old, now) -> scenarioName = now == null ? ScenarioStore.BASE : now);
    }

    public ProjectWorker worker() {
        return worker;
    }

    public ProjectFile project() {
        ProjectFile p = project.get();
        if (p == null) throw new KansenkaartException("no project is open");
        return p;
    }

    /** The open project or null, on the worker thread. */
    ProjectFile projectOrNull() {
        return project.get();
    }

    public ReadOnlyObjectProperty<StepResults> resultsProperty() {
        return results.getReadOnlyProperty();
    }

    public StepResults results() {
        return results.get();
    }

    /** The sector cluster the analyst is looking at (chosen in the ranking, on the map or in the step-2 views). */
    public ObjectProperty<String> currentClusterProperty() {
        return currentCluster;
    }

    /** The match of step 3 the analyst is looking at, or null. */
    public ObjectProperty<StoredMatch> currentMatchProperty() {
        return currentMatch;
    }

    /** The scenario of step 3 the analyst is looking at: step 3 runs it, the matches tab, map and Sankey show it. */
    public ObjectProperty<String> scenarioProperty() {
        return scenario;
    }

    /** The scenario in view, readable from any thread. */
    public String scenario() {
        return scenarioName;
    }

    /** True while steps run; the views then refuse changes. */
    public BooleanProperty busyProperty() {
        return busy;
    }

    /** The step run in progress, for its progress bar; null when none. */
    public ObjectProperty<Task<?>> runningProperty() {
        return running;
    }

    public void setOnError(Consumer<Throwable> onError) {
        this.onError = onError;
    }

    /** Called after anything that changes the step layers on the map (a run, a new selection, another scenario). */
    public void setOnStepLayersChanged(Runnable r) {
        this.onStepLayersChanged = r;
    }

    void stepLayersChanged() {
        onStepLayersChanged.run();
    }

    /** Reads the stored results again (after opening a project or an import). */
    public void reload() {
        worker.submit(() -> project.get() == null ? StepResults.NONE : StepResults.read(project.get()), results::set, onError);
    }

    /**
     * Runs steps in order, each in its own transaction as core does, then shows the new results.
     *
     * @param years the LMA years to analyse (stored for later runs); empty keeps the stored choice
     */
    public Task<List<StepReport>> runSteps(List<Integer> steps, List<Integer> years, Consumer<List<StepReport>> done) {
        Task<List<StepReport>> task = new Task<>() {
            @Override
            protected List<StepReport> call() {
                ProjectFile p = project();
                AnalysisYears chosen = YearChoice.resolve(p, years);
                List<StepReport> reports = new ArrayList<>();
                for (int i = 0; i < steps.size(); i++) {
                    int n = steps.get(i);
                    // Step 3 runs the scenario in view; the others have no scenarios.
                    AnalysisStep step = n == 3 ? new Step3Matching(scenarioName)
                            : Steps.find(n).orElseThrow(() -> new KansenkaartException("step " + n + " is not part of this build"));
                    updateProgress(i, steps.size());
                    updateMessage(Integer.toString(n));
                    reports.add(step.run(p, chosen));
                }
                updateProgress(steps.size(), steps.size());
                updateResults(StepResults.read(p));
                return reports;
            }

            private void updateResults(StepResults r) {
                Platform.runLater(() -> results.set(r));
            }
        };
        return runBusy(task, done);
    }

    /**
     * Runs a long job on the worker with the progress bar and the run buttons disabled; afterwards
     * the step layers are read again and {@code done} runs. A failure reads the project again and
     * shows core's message.
     */
    <T> Task<T> runBusy(Task<T> task, Consumer<T> done) {
        busy.set(true);
        running.set(task);
        worker.submit(task, value -> {
            busy.set(false);
            running.set(null);
            onStepLayersChanged.run();
            done.accept(value);
        }, t -> {
            busy.set(false);
            running.set(null);
            reload();
            onError.accept(t);
        });
        return task;
    }

    /**
     * Keeps a cluster in or out of the selection whatever the ranking says (null: the ranking decides
     * again), with the analyst's note; stored in the project and re-ranked at once.
     */
    public void setOverride(String clusterId, Boolean selected, String note) {
        worker.submit(() -> {
            ProjectFile p = project();
            p.transaction(c -> {
                if (selected == null) SelectionOverrideStore.clear(c, clusterId);
                else SelectionOverrideStore.set(c, clusterId, selected, note == null || note.isBlank() ? null : note.trim());
                return null;
            });
            Reranking.apply(p);
            return StepResults.read(p);
        }, r -> {
            results.set(r);
            onStepLayersChanged.run();
        }, this::failed);
    }

    /** Stores new weights and top N and re-ranks the stored clusters (radius and Balassa year wait for the next run). */
    public void setSettings(Step1Settings settings) {
        worker.submit(() -> {
            ProjectFile p = project();
            settings.write(new SettingsStore(p));
            Reranking.apply(p);
            return StepResults.read(p);
        }, r -> {
            results.set(r);
            onStepLayersChanged.run();
        }, this::failed);
    }

    /** Reports a failed job (the analyst sees core's one-line message) and reads the project again. */
    void failed(Throwable t) {
        reload();
        onError.accept(t);
    }
}
