package nl.kansenkaart.app.workflow;

import java.util.List;
import javafx.geometry.Orientation;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import nl.kansenkaart.app.i18n.I18n;
import nl.kansenkaart.resources.ClusterMaterialRow;
import nl.kansenkaart.resources.MaterialBalance;
import nl.kansenkaart.resources.Step2Store;

/** Step 2 for the cluster in view: its material table and, beside it, its material balance. */
final class MaterialsTab extends BorderPane {

    private final I18n i18n;
    private final WorkflowModel model;
    private final MaterialTable table;
    private final BalanceView balance;
    private final Label title = new Label();
    private int request;

    MaterialsTab(I18n i18n, WorkflowModel model) {
        this.i18n = i18n;
        this.model = model;
        this.table = new MaterialTable(i18n);
        this.balance = new BalanceView(i18n);
        title.setId("materials-title");
        title.getStyleClass().add("tab-title");
        title.setWrapText(true);
        Label balanceTitle = new Label();
        balanceTitle.textProperty().bind(i18n.text("balance.title"));
        balanceTitle.getStyleClass().add("bar-title");
        ScrollPane scroll = new ScrollPane(new VBox(6, balanceTitle, balance));
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("balance-scroll");
        SplitPane split = new SplitPane(table, scroll);
        split.setOrientation(Orientation.HORIZONTAL);
        split.setDividerPositions(0.66);
        SplitPane.setResizableWithParent(scroll, false);
        scroll.setMinWidth(420);
        setTop(title);
        setCenter(split);
        model.currentClusterProperty().addListener((obs, old, now) -> load());
        model.resultsProperty().addListener((obs, old, now) -> load());
        i18n.localeProperty().addListener((obs, old, now) -> showTitle());
    }

    private void load() {
        String id = model.currentClusterProperty().get();
        StepResults r = model.results();
        showTitle();
        MaterialBalance b = id == null ? null : r.balances().stream().filter(x -> x.clusterId().equals(id)).findFirst().orElse(null);
        balance.show(b);
        if (b == null) {
            table.getItems().clear();
            return;
        }
        int mine = ++request; // a slower earlier load must not overwrite a later one
        model.worker().submit(() -> Step2Store.materials(model.project(), id), (List<ClusterMaterialRow> rows) -> {
            if (mine == request) table.getItems().setAll(rows);
        }, t -> table.getItems().clear());
    }

    private void showTitle() {
        String id = model.currentClusterProperty().get();
        StepResults r = model.results();
        if (id == null) {
            title.setText(i18n.get(r.balances().isEmpty() ? "materials.noRun" : "materials.choose"));
            return;
        }
        String name = r.clusterName(id, i18n);
        title.setText(r.analysed(id) ? i18n.format("materials.title", name, r.yearsText(i18n))
                : i18n.format("materials.notAnalysed", name));
    }
}
