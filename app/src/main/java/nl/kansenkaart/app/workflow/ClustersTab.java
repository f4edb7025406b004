package nl.kansenkaart.app.workflow;

import javafx.scene.control.Label;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import nl.kansenkaart.app.i18n.I18n;
import nl.kansenkaart.clusters.StoredCluster;

/** Step 1: the weights, the ranking with the selection, and the story of the chosen row. */
final class ClustersTab extends VBox {

    private final RankingTable table;

    ClustersTab(I18n i18n, WorkflowModel model) {
        getStyleClass().add("clusters-tab");
        table = new RankingTable(i18n, model);
        Label details = new Label();
        details.setId("ranking-details");
        details.getStyleClass().add("details");
        details.setWrapText(true);
        details.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, s) -> {
            details.setText(s == null ? "" : table.details(s).replace('\n', ' '));
            if (s != null) model.currentClusterProperty().set(s.sectorClusterId());
        });
        i18n.localeProperty().addListener((obs, old, now) -> {
            StoredCluster s = table.getSelectionModel().getSelectedItem();
            details.setText(s == null ? "" : table.details(s).replace('\n', ' '));
        });
        VBox.setVgrow(table, Priority.ALWAYS);
        getChildren().addAll(new WeightsBar(i18n, model), table, details);
    }

    RankingTable table() {
        return table;
    }
}
