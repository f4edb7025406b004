package nl.kansenkaart.app;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import nl.kansenkaart.app.layers.LayerPanel;
import nl.kansenkaart.app.map.MapCanvas;
import nl.kansenkaart.app.workflow.MatchModel;
import nl.kansenkaart.app.workflow.WorkflowModel;
import nl.kansenkaart.app.workflow.WorkflowPanel;
import nl.kansenkaart.clusters.ClusterStore;
import nl.kansenkaart.matching.ScenarioStore;
import nl.kansenkaart.matching.StoredMatch;
import nl.kansenkaart.project.ProjectFile;
import nl.kansenkaart.project.Tables;
import nl.kansenkaart.render.ClusterLayer;
import nl.kansenkaart.render.CompanyLayer;
import nl.kansenkaart.render.HighlightLayer;
import nl.kansenkaart.render.LayerStack;
import nl.kansenkaart.render.MapLayer;
import nl.kansenkaart.render.MatchLayer;
import nl.kansenkaart.render.ProjectLayers;
import nl.kansenkaart.render.UnmatchedLayer;
import org.locationtech.jts.geom.Envelope;

/**
 * Ties the analysis views to the map: the cluster in view is highlighted with its companies
 * ringed; clicking its row zooms to it; clicking a cluster on the map brings up its row; a Sankey
 * pick, an unmatched flow or a stakeholder rings the companies behind it; a match is drawn strong
 * with both ends ringed; the match lines follow the scenario and the filters in view. Also reads
 * the layers again after a run or an import, keeping the view and which layers are switched off.
 */
final class MapLinks {

    /** Never zoom in closer than this for a cluster or a company (about 1:19,000). */
    private static final double CLOSEST_METRES_PER_PIXEL = 5;

    private final MapCanvas map;
    private final LayerPanel layerPanel;
    private final WorkflowModel model;
    private final MatchModel matchModel;
    private final Supplier<ProjectFile> project;
    private HighlightLayer members;
    private int request;

    MapLinks(MapCanvas map, LayerPanel layerPanel, WorkflowModel model, MatchModel matchModel, WorkflowPanel panel,
             Supplier<ProjectFile> project) {
        this.map = map;
        this.layerPanel = layerPanel;
        this.model = model;
        this.matchModel = matchModel;
        this.project = project;
        matchModel.filterProperty().addListener((obs, old, f) -> {
            matches().ifPresent(l -> l.setShown(f));
            map.repaint();
        });
        // Whatever brings new layers (opening, an import, a run), the match lines keep the analyst's filter.
        map.layersProperty().addListener((obs, old, now) -> matches().ifPresent(l -> l.setShown(matchModel.filterProperty().get())));
        model.currentClusterProperty().addListener((obs, old, id) -> showCluster(id));
        model.setOnStepLayersChanged(this::reloadStepLayers);
        model.currentMatchProperty().addListener((obs, old, m) -> showMatch(m));
        panel.setOnClusterClicked(this::zoomToCluster);
        panel.setOnCompanies(this::showCompanies);
        map.setOnMapClicked(p -> clusters().flatMap(c -> c.clusterAt(p.getX(), p.getY()))
                .ifPresent(id -> model.currentClusterProperty().set(id)));
    }

    /** Reads all layers of the open project again, then runs {@code done}. */
    void reloadLayers(Runnable done) {
        ProjectFile p = project.get();
        if (p == null) return;
        model.worker().submit(() -> ProjectLayers.load(p), stack -> {
            show(keepVisibility(stack));
            showCluster(model.currentClusterProperty().get());
            // ProjectLayers shows the base scenario; another scenario in view brings its own step layers.
            if (!model.scenario().equals(ScenarioStore.BASE)) reloadStepLayers();
            done.run();
        }, t -> { });
    }

    /**
     * Reads the layers of the steps again (clusters; the matches and unmatched flows of the scenario
     * in view), keeping all other layers as they are.
     */
    private void reloadStepLayers() {
        ProjectFile p = project.get();
        if (p == null) return;
        String scenario = model.scenario();
        model.worker().submit(() -> new StepLayers(ClusterLayer.load(p), MatchLayer.load(p, scenario, m -> true),
                UnmatchedLayer.load(p, scenario)), loaded -> {
                    LayerStack now = map.layersProperty().get();
                    if (now == null) return;
                    List<MapLayer> layers = new ArrayList<>();
                    boolean placed = false;
                    for (MapLayer l : now.layers()) {
                        if (STEP_LAYERS.contains(l.id())) continue;
                        if (!placed && l.id().equals(Tables.COMPANIES)) {
                            // Clusters and matches under the companies, the unmatched flows' triangles over them, as ProjectLayers puts them.
                            loaded.under().forEach(layers::add);
                            layers.add(l);
                            if (loaded.unmatched() != null) layers.add(loaded.unmatched());
                            placed = true;
                            continue;
                        }
                        layers.add(l);
                    }
                    if (!placed) {
                        loaded.under().forEach(layers::add);
                        if (loaded.unmatched() != null) layers.add(loaded.unmatched());
                    }
                    show(keepVisibility(new LayerStack(layers)));
                    showCluster(model.currentClusterProperty().get());
                }, t -> { });
    }

    private static final Set<String> STEP_LAYERS = Set.of(ClusterLayer.ID, MatchLayer.ID, UnmatchedLayer.ID);

    /** The step layers as read on the worker; null where a step has no results. */
    private record StepLayers(ClusterLayer clusters, MatchLayer matches, UnmatchedLayer unmatched) {
        List<MapLayer> under() {
            List<MapLayer> out = new ArrayList<>();
            if (clusters != null) out.add(clusters);
            if (matches != null) out.add(matches);
            return out;
        }
    }

    private void show(LayerStack stack) {
        layerPanel.setLayers(stack);
        map.replaceLayers(stack);
    }

    /** The new layers, switched off where the analyst had switched off the same layer. */
    private LayerStack keepVisibility(LayerStack fresh) {
        LayerStack old = map.layersProperty().get();
        if (old != null)
            for (MapLayer l : fresh.layers()) old.get(l.id()).ifPresent(o -> l.setVisible(o.isVisible()));
        return fresh;
    }

    private Optional<ClusterLayer> clusters() {
        LayerStack s = map.layersProperty().get();
        return s == null ? Optional.empty() : s.get(ClusterLayer.ID).map(l -> (ClusterLayer) l);
    }

    private Optional<CompanyLayer> companies() {
        LayerStack s = map.layersProperty().get();
        return s == null ? Optional.empty() : s.get(Tables.COMPANIES).filter(l -> l instanceof CompanyLayer).map(l -> (CompanyLayer) l);
    }

    /** Highlights a sector cluster and rings its companies. */
    private void showCluster(String id) {
        clusters().ifPresent(c -> c.setHighlighted(id));
        members = null;
        map.overlayProperty().set(null);
        map.repaint();
        ProjectFile p = project.get();
        if (id == null || p == null) return;
        int mine = ++request;
        model.worker().submit(() -> new TreeSet<>(ClusterStore.members(p, id)), (Set<String> refs) -> {
            if (mine != request) return;
            members = companies().map(c -> HighlightLayer.of(c, refs)).orElse(null);
            map.overlayProperty().set(members);
        }, t -> { });
    }

    void zoomToCluster(String id) {
        clusters().flatMap(c -> c.extentOf(id)).ifPresent(e -> map.zoomTo(e, CLOSEST_METRES_PER_PIXEL));
    }

    /** Highlights a match, rings its two ends and shows them both. */
    private void showMatch(StoredMatch m) {
        matches().ifPresent(l -> l.setHighlighted(m == null ? null : m.matchId()));
        if (m == null) {
            map.overlayProperty().set(members);
            map.repaint();
            return;
        }
        map.overlayProperty().set(companies().map(c -> HighlightLayer.of(c, Set.of(m.supplyRef(), m.demandRef()))).orElse(null));
        map.repaint();
        matches().flatMap(l -> l.extentOf(m.matchId())).ifPresent(e -> map.zoomTo(e, CLOSEST_METRES_PER_PIXEL));
    }

    private Optional<MatchLayer> matches() {
        LayerStack s = map.layersProperty().get();
        return s == null ? Optional.empty() : s.get(MatchLayer.ID).map(l -> (MatchLayer) l);
    }

    /** Rings the companies behind a Sankey pick, zooming out to them when some are out of view; none: back to the cluster's. */
    private void showCompanies(Set<String> refs) {
        if (refs.isEmpty()) {
            map.overlayProperty().set(members);
            return;
        }
        HighlightLayer h = companies().map(c -> HighlightLayer.of(c, refs)).orElse(null);
        map.overlayProperty().set(h);
        if (h == null || h.points().isEmpty() || map.getViewport() == null) return;
        Envelope view = map.getViewport().extent();
        if (!view.contains(h.extent())) map.zoomTo(h.extent(), CLOSEST_METRES_PER_PIXEL);
    }
}
