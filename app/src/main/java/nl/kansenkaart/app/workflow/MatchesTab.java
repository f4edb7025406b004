package nl.kansenkaart.app.workflow;

import java.util.Comparator;
import java.util.Locale;
import javafx.scene.control.Label;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import nl.kansenkaart.app.i18n.I18n;
import nl.kansenkaart.codes.RLevel;
import nl.kansenkaart.matching.Approach;
import nl.kansenkaart.matching.StoredMatch;

/**
 * Step 3: the matches of the base scenario, best first, each with its amount, distance, scale,
 * approach (inside the region or along a chain), the R-ladder level it achieves, its score, the data
 * quality of both ends, the analyst's decision and the explanation. Choosing a row shows the match
 * on the map with both companies ringed. Decisions and scenarios are made with the command line
 * ({@code kansenkaart decide}, {@code kansenkaart scenario}).
 */
final class MatchesTab extends BorderPane {

    private final I18n i18n;
    private final WorkflowModel model;
    private final TableView<StoredMatch> table = new TableView<>();
    private final Label title = new Label();

    MatchesTab(I18n i18n, WorkflowModel model) {
        this.i18n = i18n;
        this.model = model;
        title.getStyleClass().add("tab-title");
        title.setId("matches-title");
        table.setId("match-table");
        table.getStyleClass().add("step-table");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        Label empty = new Label();
        empty.textProperty().bind(i18n.text("matches.empty"));
        table.setPlaceholder(empty);
        table.getColumns().add(Columns.text(i18n, "matches.col.supply", 170, StoredMatch::supplyName, false));
        table.getColumns().add(Columns.text(i18n, "matches.col.material", 170, StoredMatch::supplyMaterialName, false));
        table.getColumns().add(Columns.text(i18n, "matches.col.demand", 170, StoredMatch::demandName, false));
        table.getColumns().add(Columns.text(i18n, "matches.col.use", 130, StoredMatch::demandMaterialName, false));
        table.getColumns().add(Columns.text(i18n, "matches.col.amount", 100, m -> Figures.amount(m.amount(), locale()) + " "
                + i18n.get(m.unit().equals("GJ") ? "unit.gj" : "unit.t"), true));
        table.getColumns().add(Columns.text(i18n, "matches.col.km", 60, m -> Figures.decimals(m.roadKm(), 1, locale()), true));
        table.getColumns().add(Columns.text(i18n, "matches.col.scale", 92, m -> english() ? m.scale().en() : m.scale().nl(), false));
        table.getColumns().add(Columns.text(i18n, "matches.col.approach", 100, m -> english() ? m.approach().en() : m.approach().nl(), false));
        table.getColumns().add(Columns.text(i18n, "matches.col.level", 110, m -> level(m.rLevel()), false));
        table.getColumns().add(Columns.text(i18n, "matches.col.score", 52, m -> Integer.toString(m.score()), true));
        table.getColumns().add(Columns.text(i18n, "matches.col.quality", 120, m -> quality(m.supplyQuality()) + " / " + quality(m.demandQuality()), false));
        table.getColumns().add(Columns.text(i18n, "matches.col.decision", 80, m -> m.decision() == null ? Figures.NONE
                : i18n.get("decision." + m.decision()), false));
        table.getColumns().add(Columns.text(i18n, "matches.col.explanation", 300, StoredMatch::explanation, false));
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(StoredMatch m, boolean empty) {
                super.updateItem(m, empty);
                setTooltip(empty || m == null ? null : new Tooltip(m.explanation()));
            }
        });
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, m) -> model.currentMatchProperty().set(m));
        setTop(title);
        setCenter(table);
        model.resultsProperty().addListener((obs, old, now) -> {
            // Best first: by score, then in the order step 3 allocated them.
            table.getItems().setAll(now.matches().stream()
                    .sorted(Comparator.comparingInt((StoredMatch m) -> -m.score()).thenComparingInt(StoredMatch::rank)).toList());
            showTitle();
        });
        i18n.localeProperty().addListener((obs, old, now) -> {
            table.refresh();
            showTitle();
        });
    }

    private void showTitle() {
        var matches = model.results().matches();
        long area = matches.stream().filter(m -> m.approach() == Approach.AREA).count();
        title.setText(matches.isEmpty() ? i18n.get("matches.none") : i18n.format("matches.title", matches.size(), area, matches.size() - area));
    }

    private boolean english() {
        return i18n.locale().getLanguage().equals("en");
    }

    private Locale locale() {
        return i18n.locale();
    }

    private String level(RLevel l) {
        String name = english() ? l.en() : l.nl();
        return l.isOnLadder() ? l.name() + " " + name : name;
    }

    private String quality(String q) {
        return q == null ? Figures.NONE : i18n.get("quality." + q);
    }
}
