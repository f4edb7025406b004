package nl.kansenkaart.app.workflow;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.Tooltip;
import nl.kansenkaart.app.i18n.I18n;

/** Read-only text columns whose header (and its tooltip, when the bundle has one) follows the UI language. */
final class Columns {

    private Columns() {}

    static <T> TableColumn<T, String> text(I18n i18n, String key, double width, Function<T, String> value, boolean right) {
        TableColumn<T, String> c = new TableColumn<>();
        c.setId(key.substring(key.lastIndexOf('.') + 1));
        c.setPrefWidth(width);
        c.setSortable(false);
        c.setCellValueFactory(d -> new ReadOnlyStringWrapper(value.apply(d.getValue())));
        if (right) c.setStyle("-fx-alignment: CENTER-RIGHT;");
        Label header = new Label();
        header.textProperty().bind(i18n.text(key));
        header.setTextAlignment(javafx.scene.text.TextAlignment.CENTER);
        if (i18n.has(key + ".tip")) {
            Tooltip tip = new Tooltip();
            tip.textProperty().bind(i18n.text(key + ".tip"));
            header.setTooltip(tip);
        }
        c.setGraphic(header);
        return c;
    }
}
