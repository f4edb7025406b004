package nl.kansenkaart.app.layers;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import nl.kansenkaart.app.i18n.I18n;
import nl.kansenkaart.render.LayerStack;
import nl.kansenkaart.render.LegendEntry;
import nl.kansenkaart.render.MapLayer;

/**
 * The layer list: one row per layer, top layer first as in QGIS, with a visibility check box,
 * the number of features, and the legend of layers that use several symbols.
 */
public final class LayerPanel extends VBox {

    private final I18n i18n;
    private final Runnable onVisibilityChanged;
    private final VBox rows = new VBox();
    private final List<CheckBox> checkBoxes = new ArrayList<>();
    private LayerStack stack;

    public LayerPanel(I18n i18n, Runnable onVisibilityChanged) {
        this.i18n = i18n;
        this.onVisibilityChanged = onVisibilityChanged;
        getStyleClass().add("layer-panel");
        setId("layers");
        Label title = new Label();
        title.textProperty().bind(i18n.text("layers.title"));
        title.getStyleClass().add("panel-title");
        rows.getStyleClass().add("layer-rows");
        getChildren().addAll(title, rows);
        // Legend labels come from the core texts, which are rebuilt for the new language.
        i18n.localeProperty().addListener((obs, old, now) -> rebuild());
    }

    public void setLayers(LayerStack stack) {
        this.stack = stack;
        rebuild();
    }

    /** The check boxes, top layer first (for tests and keyboard users). */
    public List<CheckBox> checkBoxes() {
        return List.copyOf(checkBoxes);
    }

    private void rebuild() {
        rows.getChildren().clear();
        checkBoxes.clear();
        if (stack == null) return;
        List<MapLayer> layers = stack.layers();
        for (int i = layers.size() - 1; i >= 0; i--) rows.getChildren().add(row(layers.get(i)));
    }

    private VBox row(MapLayer layer) {
        var text = i18n.mapText();
        List<LegendEntry> legend = layer.legend(text);
        CheckBox box = new CheckBox(layer.title(text));
        box.setId("layer-" + layer.id());
        box.setSelected(layer.isVisible());
        box.selectedProperty().addListener((obs, old, now) -> {
            layer.setVisible(now);
            onVisibilityChanged.run();
        });
        checkBoxes.add(box);
        Label count = new Label(i18n.format("layers.count", layer.featureCount()));
        count.getStyleClass().add("layer-count");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox head = new HBox(6);
        head.setAlignment(Pos.CENTER_LEFT);
        if (legend.size() == 1) box.setGraphic(new LegendSwatch(legend.get(0).symbol()));
        head.getChildren().addAll(box, spacer, count);
        VBox row = new VBox(2, head);
        row.getStyleClass().add("layer-row");
        if (legend.size() > 1) {
            VBox entries = new VBox(1);
            entries.getStyleClass().add("layer-legend");
            for (LegendEntry e : legend) {
                Label l = new Label(e.label(), new LegendSwatch(e.symbol()));
                l.getStyleClass().add("legend-entry");
                l.setTooltip(new Tooltip(e.label())); // in full, should a narrow panel cut it short
                entries.getChildren().add(l);
            }
            entries.disableProperty().bind(box.selectedProperty().not());
            row.getChildren().add(entries);
        }
        return row;
    }
}
