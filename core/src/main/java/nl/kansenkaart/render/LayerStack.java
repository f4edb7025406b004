package nl.kansenkaart.render;

import java.util.List;
import java.util.Optional;
import nl.kansenkaart.project.Tables;
import org.locationtech.jts.geom.Envelope;

/** The layers of a map in drawing order, bottom first. */
public final class LayerStack {

    private final List<MapLayer> layers;

    public LayerStack(List<MapLayer> layers) {
        this.layers = List.copyOf(layers);
    }

    /** All layers, bottom first. */
    public List<MapLayer> layers() {
        return layers;
    }

    public Optional<MapLayer> get(String id) {
        return layers.stream().filter(l -> l.id().equals(id)).findFirst();
    }

    /**
     * The extent an analyst means by "the region": the study region, else the municipalities,
     * else everything the project holds (the basemap of the whole country does not count).
     */
    public Envelope regionExtent() {
        for (String id : List.of(Tables.STUDY_REGION, Tables.MUNICIPALITIES)) {
            Optional<MapLayer> l = get(id);
            if (l.isPresent() && !l.get().extent().isNull()) return l.get().extent();
        }
        Envelope all = new Envelope();
        for (MapLayer l : layers) if (!l.id().equals(ProjectLayers.BASEMAP)) all.expandToInclude(l.extent());
        if (all.isNull()) get(ProjectLayers.BASEMAP).ifPresent(b -> all.expandToInclude(b.extent()));
        return all;
    }
}
