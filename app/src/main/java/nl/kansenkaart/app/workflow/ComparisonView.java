package nl.kansenkaart.app.workflow;

import java.util.List;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import nl.kansenkaart.app.i18n.I18n;
import nl.kansenkaart.matching.Indicator;
import nl.kansenkaart.matching.ScenarioComparison;
import nl.kansenkaart.matching.ScenarioStore;

/**
 * The indicators of every scenario that has run, side by side: one row per indicator, one column per
 * scenario, as {@code kansenkaart scenario compare} prints them. A button runs all saved scenarios
 * first; scenarios without results are named.
 */
final class ComparisonView extends BorderPane {

    private final I18n i18n;
    private final MatchModel model;
    private final TableView<Indicator> table = new TableView<>();
    private final Label notRun = new Label();

    ComparisonView(I18n i18n, MatchModel model) {
        this.i18n = i18n;
        this.model = model;
        table.setId("comparison-table");
        table.getStyleClass().add("step-table");
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        Label empty = new Label();
        empty.textProperty().bind(i18n.text("compare.empty"));
        table.setPlaceholder(empty);
        Label about = new Label();
        about.textProperty().bind(i18n.text("compare.all"));
        about.getStyleClass().add("hint");
        notRun.setId("comparison-not-run");
        notRun.getStyleClass().add("warning");
        Button runAll = new Button();
        runAll.setId("compare-run-all");
        runAll.textProperty().bind(i18n.text("compare.runAll"));
        runAll.disableProperty().bind(model.flow().busyProperty());
        runAll.setOnAction(e -> model.runAllScenarios(c -> { }));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox top = new HBox(10, about, notRun, spacer, runAll);
        top.setAlignment(Pos.CENTER_LEFT);
        top.getStyleClass().add("sub-bar");
        setTop(top);
        setCenter(table);
        model.resultsProperty().addListener((obs, old, now) -> show(now));
        i18n.localeProperty().addListener((obs, old, now) -> show(model.results()));
    }

    TableView<Indicator> table() {
        return table;
    }

    private void show(MatchResults r) {
        table.getColumns().clear();
        ScenarioComparison c = r.comparison();
        List<String> missing = r.scenarios().stream().map(ScenarioStore.Scenario::name)
                .filter(n -> c == null || !c.scenarios().contains(n)).toList();
        notRun.setText(missing.isEmpty() ? "" : i18n.format("compare.notRun", String.join(", ", missing)));
        if (c == null) {
            table.getItems().clear();
            return;
        }
        TableColumn<Indicator, String> label = Columns.text(i18n, "compare.col.indicator", 420, this::label, false);
        table.getColumns().add(label);
        for (String s : c.scenarios()) {
            TableColumn<Indicator, String> col = new TableColumn<>(s);
            col.setId("scenario-" + s);
            col.setPrefWidth(130);
            col.setSortable(false);
            col.setStyle("-fx-alignment: CENTER-RIGHT;");
            col.setCellValueFactory(d -> new ReadOnlyStringWrapper(value(d.getValue(), c.value(s, d.getValue()))));
            table.getColumns().add(col);
        }
        table.getItems().setAll(Indicator.values());
    }

    private String label(Indicator i) {
        String unit = unit(i);
        String name = I18n.ENGLISH.getLanguage().equals(i18n.locale().getLanguage()) ? i.label() : i.labelNl();
        return name + (unit.isEmpty() ? "" : " (" + unit + ")");
    }

    /** The unit as the UI language writes it. */
    private String unit(Indicator i) {
        boolean en = i18n.locale().getLanguage().equals("en");
        return en ? i.unit() : i.unit().replace("/yr", "/jr").replace("t.km", "tkm").replace("EUR", "\u20ac");
    }

    private String value(Indicator i, double v) {
        if (i == Indicator.MATCHES) return Figures.amount(v, i18n.locale());
        if (i == Indicator.MOVED_UP_SHARE) return Figures.decimals(v, 1, i18n.locale());
        return Figures.amount(v, i18n.locale());
    }
}
