package nl.kansenkaart.app.workflow;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.SplitMenuButton;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import nl.kansenkaart.app.i18n.I18n;
import nl.kansenkaart.clusters.StoredCluster;
import nl.kansenkaart.steps.AnalysisYears;
import nl.kansenkaart.steps.StepReport;

/**
 * The analysis dock under the map: a bar to run the steps (with the LMA years, progress and the
 * cluster in view) and one tab per view: 1 clusters, 2 raw materials and residues, the checklist
 * of own flows, the Sankey diagram (of the cluster in view, or of the matched flows), and 3 the
 * matches with their scenarios.
 */
public final class WorkflowPanel extends BorderPane {

    private final I18n i18n;
    private final WorkflowModel model;
    private final ClustersTab clusters;
    private final SankeyTab sankey;
    private final MatchesTab matches;
    private final TabPane tabs = new TabPane();
    private final ComboBox<String> cluster = new ComboBox<>();
    private final MenuButton years = new MenuButton();
    private final Label status = new Label();
    private final List<Integer> chosenYears = new ArrayList<>();
    private Consumer<String> onMessage = m -> { };

    public WorkflowPanel(I18n i18n, WorkflowModel model, MatchModel matchModel) {
        this.i18n = i18n;
        this.model = model;
        setId("workflow");
        getStyleClass().add("workflow");
        clusters = new ClustersTab(i18n, model);
        sankey = new SankeyTab(i18n, model, matchModel);
        matches = new MatchesTab(i18n, matchModel);
        tabs.getTabs().addAll(tab("tab.clusters", "tab-clusters", clusters), tab("tab.materials", "tab-materials", new MaterialsTab(i18n, model)),
                tab("tab.checklist", "tab-checklist", new ChecklistTable(i18n, model)), tab("tab.sankey", "tab-sankey", sankey),
                tab("tab.matches", "tab-matches", matches));
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        setTop(bar());
        setCenter(tabs);
        model.resultsProperty().addListener((obs, old, now) -> showResults(now));
        i18n.localeProperty().addListener((obs, old, now) -> {
            showResults(model.results());
            cluster.setButtonCell(new ClusterCell()); // the shown name follows the language
        });
    }

    /**
     * Called with the companies to mark on the map when a Sankey node or band is picked, or an
     * unmatched flow or a stakeholder is chosen (empty: none).
     */
    public void setOnCompanies(Consumer<Set<String>> c) {
        sankey.setOnCompanies(c);
        matches.setOnCompanies(c);
    }

    /** Called with a sector cluster id when the analyst clicks its row: the map zooms to it. */
    public void setOnClusterClicked(Consumer<String> c) {
        clusters.table().setOnRowClicked(c);
    }

    /** A short message for the window's status bar (what a run did). */
    public void setOnMessage(Consumer<String> c) {
        this.onMessage = c;
    }

    public TabPane tabs() {
        return tabs;
    }

    /** Within the Sankey and matches tabs: {@code matched-flows}, {@code unmatched}, {@code take-bring} or {@code compare}. */
    public void showView(String view) {
        switch (view) {
            case "matched-flows" -> sankey.showMatchedFlows(true);
            case "sankey" -> sankey.showMatchedFlows(false);
            case "unmatched", "take-bring", "compare", "matches" -> matches.showView(view);
            default -> { }
        }
    }

    /** Runs the given steps, in order, on the chosen LMA years. */
    public void runSteps(List<Integer> steps) {
        status.setText("");
        model.runSteps(steps, List.copyOf(chosenYears), (List<StepReport> reports) -> {
            StringBuilder sb = new StringBuilder();
            for (StepReport r : reports) sb.append(sb.length() == 0 ? "" : " \u00b7 ").append(i18n.format("run.done", r.step()));
            status.setText(sb.toString());
            onMessage.accept(sb.toString());
        });
    }

    private Tab tab(String key, String id, Node content) {
        Tab t = new Tab();
        t.textProperty().bind(i18n.text(key));
        t.setId(id);
        t.setContent(content);
        return t;
    }

    private HBox bar() {
        SplitMenuButton run = new SplitMenuButton();
        run.setId("run-steps");
        run.textProperty().bind(i18n.text("run.steps12"));
        run.setOnAction(e -> runSteps(List.of(1, 2)));
        MenuItem all = new MenuItem(), only1 = new MenuItem(), only2 = new MenuItem(), only3 = new MenuItem();
        all.textProperty().bind(i18n.text("run.steps123"));
        only1.textProperty().bind(i18n.text("run.step1"));
        only2.textProperty().bind(i18n.text("run.step2"));
        only3.textProperty().bind(i18n.text("run.step3"));
        all.setOnAction(e -> runSteps(List.of(1, 2, 3)));
        only1.setOnAction(e -> runSteps(List.of(1)));
        only2.setOnAction(e -> runSteps(List.of(2)));
        only3.setOnAction(e -> runSteps(List.of(3)));
        run.getItems().addAll(all, only1, only2, only3);
        run.disableProperty().bind(model.busyProperty());
        run.setTooltip(tooltip("run.tip"));

        years.setId("years");
        years.setTooltip(tooltip("years.tip"));
        years.disableProperty().bind(model.busyProperty());

        ProgressBar progress = new ProgressBar();
        progress.setId("run-progress");
        progress.setPrefWidth(140);
        progress.visibleProperty().bind(model.busyProperty());
        progress.managedProperty().bind(progress.visibleProperty());
        Label running = new Label();
        running.visibleProperty().bind(model.busyProperty());
        running.managedProperty().bind(running.visibleProperty());
        model.runningProperty().addListener((obs, old, task) -> {
            progress.progressProperty().unbind();
            running.textProperty().unbind();
            if (task == null) return;
            progress.progressProperty().bind(task.progressProperty());
            running.textProperty().bind(Bindings.createStringBinding(() -> task.getMessage() == null || task.getMessage().isEmpty() ? ""
                    : i18n.format("run.running", Integer.parseInt(task.getMessage())), task.messageProperty(), i18n.localeProperty()));
        });
        status.setId("run-status");
        status.getStyleClass().add("run-status");

        Label outOfDate = new Label();
        outOfDate.setId("step2-out-of-date");
        outOfDate.getStyleClass().add("warning");
        outOfDate.textProperty().bind(i18n.text("run.step2OutOfDate"));
        Button rerun = new Button();
        rerun.textProperty().bind(i18n.text("run.step2"));
        rerun.setOnAction(e -> runSteps(List.of(2)));
        rerun.disableProperty().bind(model.busyProperty());
        HBox stale = new HBox(6, outOfDate, rerun);
        stale.setAlignment(Pos.CENTER_LEFT);
        stale.visibleProperty().bind(Bindings.createBooleanBinding(() -> model.results().step2OutOfDate(), model.resultsProperty()));
        stale.managedProperty().bind(stale.visibleProperty());

        Label clusterLabel = new Label();
        clusterLabel.textProperty().bind(i18n.text("bar.cluster"));
        cluster.setId("cluster-choice");
        cluster.setPrefWidth(260);
        cluster.setCellFactory(l -> new ClusterCell());
        cluster.setButtonCell(new ClusterCell());
        cluster.valueProperty().addListener((obs, old, id) -> {
            if (id != null) model.currentClusterProperty().set(id);
        });
        model.currentClusterProperty().addListener((obs, old, id) -> cluster.setValue(id));

        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(10, run, years, progress, running, status, stale, spacer, clusterLabel, cluster);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("workflow-bar");
        return bar;
    }

    private Tooltip tooltip(String key) {
        Tooltip t = new Tooltip();
        t.textProperty().bind(i18n.text(key));
        return t;
    }

    private void showResults(StepResults r) {
        // Selected clusters first (step 2 analysed them), then the others in ranking order.
        List<String> ids = new ArrayList<>();
        for (StoredCluster s : r.ranking()) if (s.selected()) ids.add(s.sectorClusterId());
        for (StoredCluster s : r.ranking()) if (!s.selected()) ids.add(s.sectorClusterId());
        String current = model.currentClusterProperty().get();
        cluster.getItems().setAll(ids);
        cluster.setValue(current);
        if (current == null && !r.balances().isEmpty()) model.currentClusterProperty().set(r.balances().get(0).clusterId());

        chosenYears.clear();
        chosenYears.addAll(r.years().years());
        years.getItems().clear();
        for (int y : new TreeSet<>(r.yearsPresent())) {
            CheckMenuItem item = new CheckMenuItem(Integer.toString(y));
            item.setSelected(chosenYears.contains(y));
            item.setOnAction(e -> {
                if (item.isSelected()) chosenYears.add(y);
                else if (chosenYears.size() > 1) chosenYears.remove(Integer.valueOf(y));
                else item.setSelected(true); // at least one year with LMA data
                chosenYears.sort(null);
                showYears(r);
            });
            years.getItems().add(item);
        }
        showYears(r);
    }

    private void showYears(StepResults r) {
        if (r.yearsPresent().isEmpty()) years.setText(i18n.get("years.none"));
        else years.setText(i18n.format("years.label", new AnalysisYears(chosenYears).label()));
    }

    /** A cluster by its name, with a note when step 2 has not analysed it. */
    private final class ClusterCell extends ListCell<String> {
        @Override
        protected void updateItem(String id, boolean empty) {
            super.updateItem(id, empty);
            if (empty || id == null) {
                setText(null);
                return;
            }
            StepResults r = model.results();
            String name = r.clusterName(id, i18n);
            setText(r.analysed(id) ? name : i18n.format("bar.notAnalysed", name));
        }
    }
}
