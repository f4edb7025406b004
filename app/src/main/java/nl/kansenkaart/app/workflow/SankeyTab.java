package nl.kansenkaart.app.workflow;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import nl.kansenkaart.app.i18n.I18n;
import nl.kansenkaart.render.MapText;
import nl.kansenkaart.render.SankeyLabels;
import nl.kansenkaart.render.SankeyPainter;
import nl.kansenkaart.resources.Step2Store;
import nl.kansenkaart.run.ClusterFlows;
import nl.kansenkaart.sankey.ClusterSankey;
import nl.kansenkaart.sankey.SankeyActors;
import nl.kansenkaart.sankey.SankeyDiagram;
import nl.kansenkaart.sankey.SankeyLink;
import nl.kansenkaart.sankey.SankeyNode;
import nl.kansenkaart.sankey.SankeyPick;

/**
 * The flow diagram of the cluster in view (sources → materials → processing today, from the
 * step-2 material table), linked to the map: picking a node or band marks the companies behind it.
 * Those are looked up in the background as step 2 links them; until then a pick waits for them.
 */
final class SankeyTab extends BorderPane {

    private final I18n i18n;
    private final WorkflowModel model;
    private final SankeyView view = new SankeyView();
    private final Label title = new Label();
    private final Label info = new Label();
    private Consumer<Set<String>> onCompanies = refs -> { };
    private SankeyDiagram diagram;
    private SankeyActors actors;
    private SankeyPick waiting;
    private int request;

    SankeyTab(I18n i18n, WorkflowModel model) {
        this.i18n = i18n;
        this.model = model;
        title.setId("sankey-title");
        title.getStyleClass().add("tab-title");
        info.setId("sankey-info");
        info.getStyleClass().add("sankey-info");
        Label hint = new Label();
        hint.textProperty().bind(i18n.text("sankey.hint"));
        hint.getStyleClass().add("hint");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox top = new HBox(10, title, spacer, hint);
        top.getStyleClass().add("tab-header");
        setTop(top);
        setCenter(view);
        setBottom(info);
        view.setOnPick(this::picked);
        view.setOnHover(this::hovered);
        model.currentClusterProperty().addListener((obs, old, now) -> load());
        model.resultsProperty().addListener((obs, old, now) -> load());
        i18n.localeProperty().addListener((obs, old, now) -> {
            if (diagram != null) show(diagram);
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

    /** The diagram on screen, or null. */
    SankeyDiagram diagram() {
        return diagram;
    }

    private void load() {
        String id = model.currentClusterProperty().get();
        int mine = ++request;
        diagram = null;
        actors = null;
        waiting = null;
        view.setPainter(null);
        info.setText("");
        showTitle();
        onCompanies.accept(Set.of());
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

    private void show(SankeyDiagram d) {
        SankeyPick keep = view.painter() == null ? null : view.painter().pick();
        SankeyPainter p = new SankeyPainter(d, MapText.of(i18n.locale()));
        p.setPick(keep);
        view.setPainter(p);
        if (d.isEmpty()) info.setText(i18n.get("sankey.noTonnes"));
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
        List<SankeyNode> nodes = d.nodes();
        for (SankeyNode n : nodes) if (n.id().equals(id)) return SankeyLabels.of(n, text);
        return id;
    }

    private void showTitle() {
        String id = model.currentClusterProperty().get();
        if (id == null) title.setText(i18n.get(model.results().balances().isEmpty() ? "materials.noRun" : "materials.choose"));
        else if (!model.results().analysed(id)) title.setText(i18n.format("materials.notAnalysed", nameOf(id)));
        else title.setText(i18n.format("sankey.title", nameOf(id), model.results().yearsText(i18n)));
    }

    private String nameOf(String id) {
        return model.results().clusterName(id, i18n);
    }
}
