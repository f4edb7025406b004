package nl.kansenkaart.render;

import java.awt.Graphics2D;
import java.util.List;
import org.locationtech.jts.geom.Envelope;

/**
 * One layer of the map: data decoded once into drawing-ready form, a style, and a visibility
 * switch. Layers draw their geometry in their turn and hand their labels to the shared
 * {@link LabelPlacer}, so labels of all layers are placed last, above all geometry, without overlap.
 */
public interface MapLayer {

    /** Stable key, the project table the layer comes from where there is one. */
    String id();

    /** Title for layer lists and legends. */
    String title(MapText text);

    boolean isVisible();

    void setVisible(boolean visible);

    /** World extent in RD New, or a null envelope when the layer holds nothing drawable. */
    Envelope extent();

    /** Number of features, as shown in the layer list. */
    int featureCount();

    /** Draws the layer's geometry for {@code viewport} and proposes its labels. */
    void draw(Graphics2D g, MapViewport viewport, LabelPlacer labels);

    /** The same, for layers whose labels follow the map's language (most label data and need not override this). */
    default void draw(Graphics2D g, MapViewport viewport, LabelPlacer labels, MapText text) {
        draw(g, viewport, labels);
    }

    /** What the symbols of this layer mean, for a legend. */
    List<LegendEntry> legend(MapText text);

    /** Source and licence to credit on the map, or null. */
    String attribution();
}
