package nl.kansenkaart.app.workflow;

import java.util.function.BiConsumer;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import nl.kansenkaart.app.i18n.I18n;
import nl.kansenkaart.matching.Decision;
import nl.kansenkaart.matching.StoredMatch;

/**
 * Under the matches: the decision on the chosen match (accept, reject, pin or clear, with a note
 * that is kept with it), and, once decisions were made after the last run, the button that runs
 * step 3 again so they apply.
 */
final class DecisionBar extends HBox {

    private final I18n i18n;
    private final ObjectProperty<StoredMatch> match = new SimpleObjectProperty<>();
    private final Label on = new Label();
    private final TextField note = new TextField();

    DecisionBar(I18n i18n, MatchModel model, BiConsumer<StoredMatch, Decision> decide, Runnable rerun) {
        this.i18n = i18n;
        setId("decision-bar");
        getStyleClass().add("decision-bar");
        setSpacing(8);
        setAlignment(Pos.CENTER_LEFT);
        Label title = new Label();
        title.textProperty().bind(i18n.text("decide.label"));
        title.getStyleClass().add("bar-title");
        title.setMinWidth(Region.USE_PREF_SIZE);
        on.setId("decision-on");
        on.setMinWidth(80);
        on.setMaxWidth(360);
        note.setId("decision-note");
        note.promptTextProperty().bind(i18n.text("decide.note.prompt"));
        note.setPrefColumnCount(22);
        note.setMinWidth(140);
        getChildren().addAll(title, on, note);
        for (Decision d : new Decision[] {Decision.ACCEPT, Decision.REJECT, Decision.PIN, null}) {
            String key = d == null ? "decide.clear" : "decide." + d.label();
            Button b = new Button();
            b.setId(d == null ? "decide-clear" : "decide-" + d.label());
            b.textProperty().bind(i18n.text(key));
            Tooltip tip = new Tooltip();
            tip.textProperty().bind(i18n.text(key + ".tip"));
            b.setTooltip(tip);
            b.disableProperty().bind(match.isNull().or(model.flow().busyProperty())
                    .or(d == null ? Bindings.createBooleanBinding(() -> match.get() == null || match.get().decision() == null, match)
                            : Bindings.createBooleanBinding(() -> false)));
            b.setOnAction(e -> decide.accept(match.get(), d));
            b.setMinWidth(Region.USE_PREF_SIZE);
            getChildren().add(b);
        }
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Label pending = new Label();
        pending.setId("decisions-pending");
        pending.getStyleClass().add("warning");
        pending.setMinWidth(80);
        pending.textProperty().bind(i18n.text(() -> i18n.format("decide.pending", Math.max(1, model.results().decidedSinceRun())),
                model.resultsProperty()));
        Button again = new Button();
        again.setId("rerun-step3");
        again.textProperty().bind(i18n.text("decide.rerun"));
        again.setOnAction(e -> rerun.run());
        again.disableProperty().bind(model.flow().busyProperty());
        again.setMinWidth(Region.USE_PREF_SIZE);
        HBox stale = new HBox(6, pending, again);
        stale.setAlignment(Pos.CENTER_LEFT);
        stale.visibleProperty().bind(Bindings.createBooleanBinding(() -> model.results().decidedSinceRun() > 0, model.resultsProperty()));
        stale.managedProperty().bind(stale.visibleProperty());
        getChildren().addAll(spacer, stale);
        match.addListener((obs, old, m) -> show(m, model));
        model.resultsProperty().addListener((obs, old, now) -> show(match.get(), model));
        i18n.localeProperty().addListener((obs, old, now) -> show(match.get(), model));
        show(null, model);
    }

    /** The match the bar decides on (the row chosen in the table). */
    ObjectProperty<StoredMatch> matchProperty() {
        return match;
    }

    /** The note as typed, for the decision. */
    String note() {
        return note.getText();
    }

    private void show(StoredMatch m, MatchModel model) {
        if (m == null) {
            on.setText(i18n.get("decide.none"));
            note.clear();
            note.setDisable(true);
            return;
        }
        note.setDisable(false);
        on.setText(i18n.format("decide.on", m.supplyName(), m.demandName()));
        String stored = model.results().note(m.matchId());
        note.setText(stored == null ? "" : stored);
    }
}
