package nl.kansenkaart.app.workflow;

import javafx.scene.control.Label;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import nl.kansenkaart.app.i18n.I18n;
import nl.kansenkaart.matching.StoredUnmatched;

/**
 * Supply nobody takes and demand nobody meets in the scenario in view: whose, what, how much of it
 * is left and why (the first reason that applies; the engine's detail in the tooltip). The map
 * marks them with triangles; choosing a row rings the company.
 */
final class UnmatchedTable extends TableView<StoredUnmatched> {

    private final I18n i18n;

    UnmatchedTable(I18n i18n) {
        this.i18n = i18n;
        setId("unmatched-table");
        getStyleClass().add("step-table");
        setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        Label empty = new Label();
        empty.textProperty().bind(i18n.text("unmatched.empty"));
        setPlaceholder(empty);
        getColumns().add(Columns.text(i18n, "unmatched.col.direction", 80, u -> i18n.get("direction." + u.direction().name()), false));
        getColumns().add(Columns.text(i18n, "unmatched.col.actor", 220, StoredUnmatched::actorName, false));
        getColumns().add(Columns.text(i18n, "unmatched.col.material", 260, u -> u.materialName(english()), false));
        getColumns().add(Columns.text(i18n, "unmatched.col.left", 110, u -> amount(u.left(), u), true));
        getColumns().add(Columns.text(i18n, "unmatched.col.amount", 110, u -> amount(u.amount(), u), true));
        getColumns().add(Columns.text(i18n, "unmatched.col.reason", 320, u -> i18n.get("unmatched.reason." + u.reason().name()), false));
        setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(StoredUnmatched u, boolean empty) {
                super.updateItem(u, empty);
                setTooltip(empty || u == null || u.detail() == null ? null : new Tooltip(u.detail()));
            }
        });
        i18n.localeProperty().addListener((obs, old, now) -> refresh());
    }

    private String amount(double v, StoredUnmatched u) {
        return Figures.amount(v, i18n.locale()) + " " + i18n.get(u.isEnergy() ? "unit.gj" : "unit.t");
    }

    private boolean english() {
        return i18n.locale().getLanguage().equals("en");
    }
}
