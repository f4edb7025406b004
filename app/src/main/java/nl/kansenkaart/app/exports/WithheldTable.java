package nl.kansenkaart.app.exports;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import java.util.function.Function;
import nl.kansenkaart.app.i18n.I18n;
import nl.kansenkaart.disclosure.SuppressionLog;

/** The cells an export withheld, where and why (never a value), as disclosure-log.csv lists them. */
final class WithheldTable extends TableView<SuppressionLog.Entry> {

    WithheldTable(I18n i18n) {
        setId("export-withheld");
        setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        getColumns().add(column(i18n, "export.col.table", 150, SuppressionLog.Entry::table));
        getColumns().add(column(i18n, "export.col.row", 260, SuppressionLog.Entry::row));
        getColumns().add(column(i18n, "export.col.column", 110, SuppressionLog.Entry::column));
        getColumns().add(column(i18n, "export.col.contributors", 70, e -> Integer.toString(e.contributors())));
        getColumns().add(column(i18n, "export.col.reason", 260, SuppressionLog.Entry::reason));
    }

    private static TableColumn<SuppressionLog.Entry, String> column(I18n i18n, String key, double width,
                                                                   Function<SuppressionLog.Entry, String> value) {
        TableColumn<SuppressionLog.Entry, String> c = new TableColumn<>();
        c.textProperty().bind(i18n.text(key));
        c.setPrefWidth(width);
        c.setCellValueFactory(d -> new ReadOnlyStringWrapper(value.apply(d.getValue())));
        return c;
    }
}
