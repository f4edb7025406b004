package nl.kansenkaart.app.workflow;

import java.util.Locale;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import nl.kansenkaart.app.i18n.I18n;
import nl.kansenkaart.resources.OwnFlowStatus;
import nl.kansenkaart.resources.OwnFlowsChecklist;

/**
 * The checklist of the governments' own flows (sewage sludge, struvite, household waste, bottom ash,
 * residual heat, green waste, asphalt, ...): whether the project has each, how much, and how much
 * of it is measured; "not found" marks what to collect in the next round.
 */
final class ChecklistTable extends TableView<OwnFlowsChecklist.Result> {

    ChecklistTable(I18n i18n, WorkflowModel model) {
        setId("checklist-table");
        getStyleClass().add("step-table");
        setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        Label empty = new Label();
        empty.textProperty().bind(i18n.text("checklist.empty"));
        setPlaceholder(empty);
        getColumns().add(Columns.text(i18n, "checklist.col.item", 260, r -> {
            boolean en = i18n.locale().getLanguage().equals("en");
            String s = en ? r.item().itemEn() : r.item().itemNl();
            return s == null ? r.item().item() : s;
        }, false));
        getColumns().add(Columns.text(i18n, "checklist.col.cluster", 160, r -> model.results().clusterName(r.item().clusterId(), i18n), false));
        getColumns().add(Columns.text(i18n, "checklist.col.direction", 80, r -> i18n.get("direction." + r.item().direction().name()), false));
        TableColumn<OwnFlowsChecklist.Result, String> status = Columns.text(i18n, "checklist.col.status", 150,
                r -> i18n.get("status." + r.status().name()), false);
        status.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String s, boolean empty) {
                super.updateItem(s, empty);
                getStyleClass().removeIf(x -> x.startsWith("status-"));
                OwnFlowsChecklist.Result r = empty || getTableRow() == null ? null : getTableRow().getItem();
                setText(empty ? null : s);
                if (r != null) getStyleClass().add("status-" + r.status().name().toLowerCase(Locale.ROOT));
            }
        });
        getColumns().add(status);
        getColumns().add(Columns.text(i18n, "checklist.col.tonnes", 90, r -> r.tonnes() == 0 ? Figures.NONE
                : Figures.amount(r.tonnes(), i18n.locale()), true));
        getColumns().add(Columns.text(i18n, "checklist.col.gj", 90, r -> r.gigajoules() == 0 ? Figures.NONE
                : Figures.amount(r.gigajoules(), i18n.locale()), true));
        getColumns().add(Columns.text(i18n, "checklist.col.measured", 80, r -> r.status() == OwnFlowStatus.RECEIVED_ONLY ? Figures.NONE
                : Figures.share(r.measuredShare(), i18n.locale()), true));
        getColumns().add(Columns.text(i18n, "checklist.col.actors", 80, r -> Integer.toString(r.actors()), true));
        model.resultsProperty().addListener((obs, old, now) -> getItems().setAll(now.checklist()));
        i18n.localeProperty().addListener((obs, old, now) -> refresh());
    }
}
