package nl.kansenkaart.app.workflow;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import nl.kansenkaart.app.i18n.I18n;
import nl.kansenkaart.matching.Decision;
import nl.kansenkaart.matching.StoredMatch;
import nl.kansenkaart.model.QuantityUnit;
import nl.kansenkaart.render.MapText;
import nl.kansenkaart.render.SankeyLabels;
import nl.kansenkaart.render.SankeyPainter;
import nl.kansenkaart.resources.Step2Store;
import nl.kansenkaart.run.ClusterFlows;
import nl.kansenkaart.sankey.ClusterSankey;
import nl.kansenkaart.sankey.MatchSankey;
import nl.kansenkaart.sankey.SankeyActors;
import nl.kansenkaart.sankey.SankeyDiagram;
import nl.kansenkaart.sankey.SankeyLink;
import nl.kansenkaart.sankey.SankeyNode;
import nl.kansenkaart.sankey.SankeyPick;
import nl.kansenkaart.sankey.SupplierClusters;

/**
 * Flow diagrams, linked to the map: picking a node or band marks the companies behind it. Two
 * views, switched at the top: the residues of the cluster in view (sources → materials →
 * processing today, from the step-2 material table; who is behind it is looked up in the
 * background as step 2 links it) and the matched flows of the scenario in view (suppliers'
 * clusters → materials → uses, in tonnes or in GJ, as filtered in the matches tab).
 */
final class SankeyTab extends BorderPane {

    private enum Mode { CLUSTER, MATCHES }

    private final I18n i18n;
    private final WorkflowModel model;
    private final MatchModel matches;
    private final SankeyView view = new SankeyView();
    private final Label title = new Label();
    private final Label info = new Label();
    private final ToggleGroup modes = new ToggleGroup();
    private final ToggleGroup units = new ToggleGroup();
    private final HBox unitSwitch;
    private Consumer<Set<String>> onCompanies = refs -> { };
    private SankeyDiagram diagram;
    private SankeyActors actors;
    private SankeyPick waiting;
    private SupplierClusters suppliers;
    private int request;

    SankeyTab(I18n i18n, WorkflowModel model, MatchModel matches) {
        this.i18n = i18n;
        this.model = model;
        this.matches = matches;
        title.setId("sankey-title");
        title.getStyleClass().add("tab-title");
        info.setId("sankey-info");
        info.getStyleClass().add("sankey-info");
        Label hint = new Label();
        hint.textProperty().bind(i18n.text("sankey.hint"));
        hint.getStyleClass().add("hint");
        hint.setMinWidth(0);
        title.setMinWidth(Region.USE_PREF_SIZE);
        HBox modeSwitch = segmented(modes, "sankey-mode-", List.of(Mode.CLUSTER.name(), Mode.MATCHES.name()));
        labelSwitch(modes, List.of("sankey.mode.cluster", "sankey.mode.matches"));
        unitSwitch = segmented(units, "sankey-unit-", List.of(QuantityUnit.TONNE.name(), QuantityUnit.GJ.name()));
        labelSwitch(units, List.of("sankey.unit.t", "sankey.unit.gj"));
        unitSwitch.visibleProperty().bind(modes.selectedToggleProperty().isEqualTo(modes.getToggles().get(1)));
        unitSwitch.managedProperty().bind(unitSwitch.visibleProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox top = new HBox(10, modeSwitch, unitSwitch, title, spacer, hint);
        top.setAlignment(Pos.CENTER_LEFT);
        top.getStyleClass().add("tab-header");
        setTop(top);
        setCenter(view);
        setBottom(info);
        view.setOnPick(this::picked);
        view.setOnHover(this::hovered);
        modes.selectedToggleProperty().addListener((obs, old, now) -> load());
        units.selectedToggleProperty().addListener((obs, old, now) -> load());
        model.currentClusterProperty().addListener((obs, old, now) -> {
            if (mode() == Mode.CLUSTER) load();
        });
        model.resultsProperty().addListener((obs, old, now) -> {
            suppliers = null; // a run may have changed the companies
            if (mode() == Mode.CLUSTER) load();
        });
        matches.resultsProperty().addListener((obs, old, now) -> {
            if (mode() == Mode.MATCHES) load();
        });
        matches.filterProperty().addListener((obs, old, now) -> {
            if (mode() == Mode.MATCHES) load();
        });
        i18n.localeProperty().addListener((obs, old, now) -> {
            if (mode() == Mode.MATCHES) load(); // the labels are built in the UI language
            else if (diagram != null) show(diagram);
            showTitle();
        });
    }

    /** Called with the refs of the companies behind a pick (empty: nothing picked). */
    void setOnCompanies(Consumer<Set<String>> c) {
        this.onCompanies = c;
    }

    SankeyView view() {
        return view;
    }

    /** Switches between the residues of the cluster in view and the matched flows. */
    void showMatchedFlows(boolean matched) {
        modes.selectToggle(modes.getToggles().get(matched ? 1 : 0));
    }

    /** The diagram on screen, or null. */
    SankeyDiagram diagram() {
        return diagram;
    }

    private static HBox segmented(ToggleGroup group, String idPrefix, List<String> values) {
        HBox box = new HBox();
        box.getStyleClass().add("switch");
        for (int i = 0; i < values.size(); i++) {
            ToggleButton b = new ToggleButton();
            b.setId(idPrefix + values.get(i).toLowerCase(java.util.Locale.ROOT));
            b.setUserData(values.get(i));
            b.setToggleGroup(group);
            b.setSelected(i == 0);
            b.setMinWidth(Region.USE_PREF_SIZE);
            box.getChildren().add(b);
        }
        // A segmented switch always has one side chosen.
        group.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null && old != null) old.setSelected(true);
        });
        return box;
    }

    /** The switch's labels follow the UI language. */
    private void labelSwitch(ToggleGroup group, List<String> keys) {
        for (int i = 0; i < keys.size(); i++) ((ToggleButton) group.getToggles().get(i)).textProperty().bind(i18n.text(keys.get(i)));
    }

    private Mode mode() {
        return modes.getSelectedToggle() == null ? Mode.CLUSTER : Mode.valueOf((String) modes.getSelectedToggle().getUserData());
    }

    private QuantityUnit unit() {
        return units.getSelectedToggle() == null ? QuantityUnit.TONNE : QuantityUnit.valueOf((String) units.getSelectedToggle().getUserData());
    }

    private void load() {
        int mine = ++request;
        diagram = null;
        actors = null;
        waiting = null;
        view.setPainter(null);
        info.setText("");
        showTitle();
        onCompanies.accept(Set.of());
        if (mode() == Mode.MATCHES) loadMatches(mine);
        else loadCluster(mine);
    }

    private void loadCluster(int mine) {
        String id = model.currentClusterProperty().get();
        if (id == null || !model.results().analysed(id)) return;
        // No title in the drawing: the tab says which cluster it is.
        model.worker().submit(() -> ClusterSankey.build("", Step2Store.materials(model.project(), id)), (SankeyDiagram d) -> {
            if (mine != request) return;
            diagram = d;
            show(d);
        }, t -> info.setText(t.getMessage()));
        // Who is behind each node: read as step 2 reads it, after the diagram is on screen.
        model.worker().submit(() -> ClusterFlows.read(model.project(), id).actors(), (SankeyActors a) -> {
            if (mine != request) return;
            actors = a;
            if (waiting != null) picked(waiting);
        }, t -> info.setText(t.getMessage()));
    }

    private void loadMatches(int mine) {
        if (suppliers == null) {
            model.worker().submit(() -> SupplierClusters.read(model.project()), s -> {
                suppliers = s;
                if (mine == request) loadMatches(mine);
            }, t -> info.setText(t.getMessage()));
            return;
        }
        MatchFilter filter = matches.filterProperty().get();
        List<StoredMatch> shown = matches.results().matches().stream().filter(filter).toList();
        boolean english = i18n.locale().getLanguage().equals("en");
        MatchSankey.Result r = MatchSankey.build("", shown, unit(), suppliers, english, MapText.of(i18n.locale()).get("sankey.match.otherSectors"));
        diagram = r.diagram();
        actors = r.actors();
        show(diagram);
    }

    private void show(SankeyDiagram d) {
        SankeyPick keep = view.painter() == null ? null : view.painter().pick();
        SankeyPainter p = new SankeyPainter(d, MapText.of(i18n.locale()));
        p.setPick(keep);
        view.setPainter(p);
        if (d.isEmpty() && mode() == Mode.CLUSTER) info.setText(i18n.get("sankey.noTonnes"));
    }

    private void picked(SankeyPick pick) {
        if (pick == null) {
            waiting = null;
            info.setText("");
            onCompanies.accept(Set.of());
            return;
        }
        if (actors == null) {
            waiting = pick;
            info.setText(i18n.format("sankey.looking", describe(pick)));
            return;
        }
        waiting = null;
        Set<String> refs = actors.behind(pick, view.painter().aggregation());
        info.setText(i18n.format("sankey.picked", describe(pick), refs.size()));
        onCompanies.accept(refs);
    }

    private void hovered(Optional<SankeyPick> pick) {
        if (waiting != null || view.painter() == null) return;
        SankeyPick current = view.painter().pick();
        if (pick.isEmpty()) {
            if (current == null) info.setText("");
            return;
        }
        if (current == null) info.setText(describe(pick.get()));
    }

    /** "02 01 03 afval van plantaardige weefsels" or "source → material (estimated): 120 t/yr". */
    private String describe(SankeyPick pick) {
        SankeyDiagram drawn = view.painter().aggregation().diagram();
        MapText text = MapText.of(i18n.locale());
        if (pick.isNode()) return label(drawn, pick.nodeId(), text);
        SankeyLink l = pick.link();
        return i18n.format("sankey.band", label(drawn, l.source(), text), label(drawn, l.target(), text),
                i18n.get("quality." + l.quality().name()), Figures.amount(l.value(), i18n.locale()), SankeyLabels.unit(l.unit(), text));
    }

    private static String label(SankeyDiagram d, String id, MapText text) {
        for (SankeyNode n : d.nodes()) if (n.id().equals(id)) return SankeyLabels.of(n, text);
        return id;
    }

    private void showTitle() {
        if (mode() == Mode.MATCHES) {
            MatchResults r = matches.results();
            MatchFilter f = matches.filterProperty().get();
            long n = r.matches().stream().filter(f).filter(m -> m.decisionValue() != Decision.REJECT).count();
            title.setText(r.matches().isEmpty() ? i18n.format("sankey.matches.none", r.scenario())
                    : i18n.format("sankey.matches.title", r.scenario(), n, f.isAll() ? "" : i18n.get("sankey.matches.filtered")));
            return;
        }
        String id = model.currentClusterProperty().get();
        if (id == null) title.setText(i18n.get(model.results().balances().isEmpty() ? "materials.noRun" : "materials.choose"));
        else if (!model.results().analysed(id)) title.setText(i18n.format("materials.notAnalysed", nameOf(id)));
        else title.setText(i18n.format("sankey.title", nameOf(id), model.results().yearsText(i18n)));
    }

    private String nameOf(String id) {
        return model.results().clusterName(id, i18n);
    }
}
