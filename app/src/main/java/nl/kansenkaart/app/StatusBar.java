package nl.kansenkaart.app;

import java.util.Map;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.geometry.Point2D;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.geometry.Orientation;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import nl.kansenkaart.app.i18n.I18n;
import nl.kansenkaart.app.map.MapCanvas;
import nl.kansenkaart.model.LocationPrecision;
import nl.kansenkaart.render.CompanyLayer;
import nl.kansenkaart.render.CompanyPoint;
import nl.kansenkaart.render.LayerStack;
import nl.kansenkaart.project.Tables;

/**
 * The bottom line of the window: a message (loading, the company under the cursor), how the
 * companies are located, the map scale and the cursor's RD New coordinates.
 */
final class StatusBar extends HBox {

    /** How close (in pixels) the cursor must come to a company for its name to show. */
    private static final double IDENTIFY_PX = 6;

    private final I18n i18n;
    private final StringProperty message = new SimpleStringProperty("");
    private final ObjectProperty<CompanyPoint> hovered = new SimpleObjectProperty<>();
    private final ObjectProperty<LayerStack> layers = new SimpleObjectProperty<>();

    StatusBar(I18n i18n, MapCanvas map) {
        this.i18n = i18n;
        getStyleClass().add("status-bar");
        setAlignment(Pos.CENTER_LEFT);
        setSpacing(10);

        Label info = label("status-message");
        info.textProperty().bind(i18n.text(() -> hovered.get() != null ? describe(hovered.get()) : message.get(), message, hovered));
        info.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(info, Priority.ALWAYS);

        Label companies = label("status-companies");
        companies.textProperty().bind(i18n.text(this::companySummary, layers));

        Label scale = label("status-scale");
        scale.textProperty().bind(i18n.text(() -> map.getViewport() == null ? ""
                : i18n.format("status.scale", Math.round(map.getViewport().scaleDenominator())), map.viewportProperty()));
        scale.setMinWidth(Region.USE_PREF_SIZE);

        Label cursor = label("status-cursor");
        cursor.textProperty().bind(i18n.text(() -> {
            Point2D p = map.cursorWorldProperty().get();
            return p == null ? "" : i18n.format("status.cursor", p.getX(), p.getY());
        }, map.cursorWorldProperty()));
        cursor.setMinWidth(230);

        getChildren().addAll(info, companies, separator(), scale, separator(), cursor);

        map.layersProperty().addListener((obs, old, now) -> layers.set(now));
        map.cursorWorldProperty().addListener((obs, old, p) -> hovered.set(identify(map, p)));
    }

    StringProperty messageProperty() {
        return message;
    }

    private CompanyPoint identify(MapCanvas map, Point2D p) {
        LayerStack l = layers.get();
        if (p == null || l == null || map.getViewport() == null) return null;
        return l.get(Tables.COMPANIES).filter(c -> c.isVisible() && c instanceof CompanyLayer).map(c -> (CompanyLayer) c)
                .flatMap(c -> c.nearest(p.getX(), p.getY(), IDENTIFY_PX * map.getViewport().metresPerPixel())).orElse(null);
    }

    private String describe(CompanyPoint c) {
        return i18n.format("status.company", c.name(), c.sbi() == null ? "?" : c.sbi(), c.address());
    }

    private String companySummary() {
        LayerStack l = layers.get();
        if (l == null) return "";
        return l.get(Tables.COMPANIES).filter(c -> c instanceof CompanyLayer).map(c -> {
            Map<LocationPrecision, Integer> n = ((CompanyLayer) c).precisionCounts();
            int precise = n.get(LocationPrecision.COORDINATES) + n.get(LocationPrecision.ADDRESS) + n.get(LocationPrecision.PC6);
            return i18n.format("status.companies", c.featureCount(), precise, n.get(LocationPrecision.PC4), n.get(LocationPrecision.NOT_LOCATED));
        }).orElse("");
    }

    private static Label label(String id) {
        Label l = new Label();
        l.setId(id);
        return l;
    }

    private static Separator separator() {
        return new Separator(Orientation.VERTICAL);
    }
}
