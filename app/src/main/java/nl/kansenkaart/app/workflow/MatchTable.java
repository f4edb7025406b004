package nl.kansenkaart.app.workflow;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.BiConsumer;
import javafx.css.PseudoClass;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import nl.kansenkaart.app.i18n.I18n;
import nl.kansenkaart.codes.RLevel;
import nl.kansenkaart.matching.Decision;
import nl.kansenkaart.matching.StoredMatch;

/**
 * The matches of the scenario in view, best first: supplier, material, taker and use (names in the
 * UI language), amount, road distance, scale, approach, R-ladder level, score, data quality of both
 * ends, the analyst's decision with its note, and the explanation in the UI language. A rejected
 * match stays (struck through) until the next run, which leaves it out. The context menu decides.
 */
final class MatchTable extends TableView<StoredMatch> {

    private static final PseudoClass REJECTED = PseudoClass.getPseudoClass("rejected");
    private static final PseudoClass DECIDED = PseudoClass.getPseudoClass("decided");

    private final I18n i18n;
    private final MatchModel model;
    private BiConsumer<StoredMatch, Decision> onDecide = (m, d) -> { };

    MatchTable(I18n i18n, MatchModel model) {
        this.i18n = i18n;
        this.model = model;
        setId("match-table");
        getStyleClass().add("step-table");
        setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        Label empty = new Label();
        empty.textProperty().bind(i18n.text(() -> model.results().hasRun() ? i18n.get("matches.empty")
                : i18n.format("matches.none", model.results().scenario()), model.resultsProperty()));
        empty.setWrapText(true);
        setPlaceholder(empty);
        getColumns().add(Columns.text(i18n, "matches.col.supply", 160, StoredMatch::supplyName, false));
        getColumns().add(Columns.text(i18n, "matches.col.material", 170, m -> m.supplyMaterialName(english()), false));
        getColumns().add(Columns.text(i18n, "matches.col.demand", 160, StoredMatch::demandName, false));
        getColumns().add(Columns.text(i18n, "matches.col.use", 130, m -> m.demandMaterialName(english()), false));
        getColumns().add(Columns.text(i18n, "matches.col.amount", 96, m -> Figures.amount(m.amount(), locale()) + " "
                + i18n.get(m.isEnergy() ? "unit.gj" : "unit.t"), true));
        getColumns().add(Columns.text(i18n, "matches.col.km", 56, m -> Figures.decimals(m.roadKm(), 1, locale()), true));
        getColumns().add(Columns.text(i18n, "matches.col.scale", 84, m -> english() ? m.scale().en() : m.scale().nl(), false));
        getColumns().add(Columns.text(i18n, "matches.col.approach", 96, m -> english() ? m.approach().en() : m.approach().nl(), false));
        getColumns().add(Columns.text(i18n, "matches.col.level", 104, m -> level(m.rLevel()), false));
        getColumns().add(Columns.text(i18n, "matches.col.score", 50, m -> Integer.toString(m.score()), true));
        getColumns().add(Columns.text(i18n, "matches.col.quality", 116, m -> quality(m.supplyQuality()) + " / " + quality(m.demandQuality()), false));
        getColumns().add(Columns.text(i18n, "matches.col.decision", 100, m -> m.decision() == null ? Figures.NONE
                : i18n.get("decision." + m.decision()), false));
        getColumns().add(Columns.text(i18n, "matches.col.note", 110, m -> {
            String note = model.results().note(m.matchId());
            return note == null ? "" : note;
        }, false));
        getColumns().add(Columns.text(i18n, "matches.col.explanation", 320, m -> m.explanation(english()), false));
        setRowFactory(t -> {
            TableRow<StoredMatch> row = new TableRow<>() {
                @Override
                protected void updateItem(StoredMatch m, boolean empty) {
                    super.updateItem(m, empty);
                    boolean none = empty || m == null;
                    pseudoClassStateChanged(REJECTED, !none && m.decisionValue() == Decision.REJECT);
                    pseudoClassStateChanged(DECIDED, !none && m.decision() != null);
                    if (none) {
                        setTooltip(null);
                        return;
                    }
                    String text = m.explanation(english());
                    if (m.decisionValue() == Decision.REJECT) text = i18n.get("decide.rejected.tip") + "\n\n" + text;
                    Tooltip tip = new Tooltip(text);
                    tip.setWrapText(true);
                    tip.setMaxWidth(640);
                    setTooltip(tip);
                }
            };
            row.setContextMenu(menu(row));
            return row;
        });
        i18n.localeProperty().addListener((obs, old, now) -> refresh());
    }

    /** Called when the analyst decides from the context menu (null: clear). */
    void setOnDecide(BiConsumer<StoredMatch, Decision> onDecide) {
        this.onDecide = onDecide;
    }

    /** Shows the matches that pass the filter, best first (by score, then in the order step 3 allocated them); keeps the chosen one. */
    void show(List<StoredMatch> matches, MatchFilter filter) {
        StoredMatch chosen = getSelectionModel().getSelectedItem();
        getItems().setAll(matches.stream().filter(filter)
                .sorted(Comparator.comparingInt((StoredMatch m) -> -m.score()).thenComparingInt(StoredMatch::rank)).toList());
        if (chosen != null)
            getItems().stream().filter(m -> m.matchId().equals(chosen.matchId())).findFirst().ifPresent(m -> getSelectionModel().select(m));
    }

    private ContextMenu menu(TableRow<StoredMatch> row) {
        ContextMenu menu = new ContextMenu();
        for (Decision d : new Decision[] {Decision.ACCEPT, Decision.REJECT, Decision.PIN, null}) {
            MenuItem item = new MenuItem();
            item.textProperty().bind(i18n.text(d == null ? "decide.clear" : "decide." + d.label()));
            item.setOnAction(e -> {
                if (row.getItem() != null) onDecide.accept(row.getItem(), d);
            });
            item.disableProperty().bind(model.flow().busyProperty());
            menu.getItems().add(item);
        }
        return menu;
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
