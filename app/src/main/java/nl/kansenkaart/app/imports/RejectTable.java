package nl.kansenkaart.app.imports;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import java.util.function.Function;
import nl.kansenkaart.app.i18n.I18n;
import nl.kansenkaart.io.RejectedRow;

/** The rejected rows of an import as the report has them: file, line, column, reason and the original values. */
final class RejectTable extends TableView<RejectedRow> {

    RejectTable(I18n i18n) {
        setId("reject-table");
        getStyleClass().add("step-table");
        setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        Label empty = new Label();
        empty.textProperty().bind(i18n.text("import.noRejects"));
        setPlaceholder(empty);
        getColumns().add(column(i18n, "import.col.file", 140, RejectedRow::source));
        getColumns().add(column(i18n, "import.col.line", 56, r -> Long.toString(r.line())));
        getColumns().add(column(i18n, "import.col.column", 110, RejectedRow::column));
        getColumns().add(column(i18n, "import.col.reason", 260, RejectedRow::reason));
        getColumns().add(column(i18n, "import.col.original", 300, RejectedRow::original));
        setRowFactory(t -> new javafx.scene.control.TableRow<>() {
            @Override
            protected void updateItem(RejectedRow r, boolean empty) {
                super.updateItem(r, empty);
                setTooltip(empty || r == null ? null : new Tooltip(r.reason() + "\n" + r.original()));
            }
        });
    }

    private static TableColumn<RejectedRow, String> column(I18n i18n, String key, double width, Function<RejectedRow, String> value) {
        TableColumn<RejectedRow, String> c = new TableColumn<>();
        c.textProperty().bind(i18n.text(key));
        c.setId(key.substring(key.lastIndexOf('.') + 1));
        c.setPrefWidth(width);
        c.setCellValueFactory(d -> new ReadOnlyStringWrapper(value.apply(d.getValue())));
        return c;
    }
}
