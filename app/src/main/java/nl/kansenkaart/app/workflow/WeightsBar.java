package nl.kansenkaart.app.workflow;

import java.util.EnumMap;
import java.util.Map;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import nl.kansenkaart.app.i18n.I18n;
import nl.kansenkaart.clusters.Criterion;
import nl.kansenkaart.clusters.Step1Settings;
import nl.kansenkaart.clusters.Weights;

/**
 * The analyst's weights per criterion and the number of clusters the ranking selects: a change is
 * stored and re-ranks the stored clusters at once. The DBSCAN radius and minimum number of
 * establishments are stored too and apply at the next run of step 1.
 */
final class WeightsBar extends FlowPane {

    private final WorkflowModel model;
    private final Map<Criterion, Spinner<Double>> weights = new EnumMap<>(Criterion.class);
    private final Spinner<Integer> top = new Spinner<>(0, 30, Step1Settings.DEFAULT_TOP);
    private final Spinner<Integer> radius = new Spinner<>(100, 10_000, (int) Step1Settings.DEFAULT_RADIUS, 100);
    private final Spinner<Integer> minPoints = new Spinner<>(2, 50, Step1Settings.DEFAULT_MIN_POINTS);
    private boolean showing;

    WeightsBar(I18n i18n, WorkflowModel model) {
        this.model = model;
        setId("weights");
        getStyleClass().add("weights-bar");
        setHgap(14);
        setVgap(4);
        Label title = new Label();
        title.textProperty().bind(i18n.text("weights.title"));
        title.getStyleClass().add("bar-title");
        getChildren().add(title);
        for (Criterion c : Criterion.values()) {
            Spinner<Double> s = new Spinner<>(new SpinnerValueFactory.DoubleSpinnerValueFactory(0, 10, 1, 0.5));
            s.setId("weight-" + c.key());
            weights.put(c, s);
            getChildren().add(field(i18n, "weights." + c.key(), s, 74));
        }
        getChildren().add(field(i18n, "weights.top", top, 64));
        getChildren().add(field(i18n, "weights.radius", radius, 86));
        getChildren().add(field(i18n, "weights.minPoints", minPoints, 64));
        top.setId("top");
        radius.setId("radius");
        minPoints.setId("min-points");
        for (Spinner<Double> s : weights.values()) s.valueProperty().addListener((obs, old, now) -> changed());
        top.valueProperty().addListener((obs, old, now) -> changed());
        radius.valueProperty().addListener((obs, old, now) -> changed());
        minPoints.valueProperty().addListener((obs, old, now) -> changed());
        disableProperty().bind(model.busyProperty());
        model.resultsProperty().addListener((obs, old, now) -> show(now.settings()));
    }

    private HBox field(I18n i18n, String key, Spinner<?> spinner, double width) {
        spinner.setEditable(true);
        spinner.setPrefWidth(width);
        Label l = new Label();
        l.textProperty().bind(i18n.text(key));
        Tooltip tip = new Tooltip();
        tip.textProperty().bind(i18n.text(key + ".tip"));
        l.setTooltip(tip);
        spinner.setTooltip(tip);
        HBox h = new HBox(5, l, spinner);
        h.setAlignment(Pos.CENTER_LEFT);
        return h;
    }

    private void show(Step1Settings s) {
        if (s == null) return;
        showing = true;
        try {
            for (Criterion c : Criterion.values()) weights.get(c).getValueFactory().setValue(s.weights().of(c));
            top.getValueFactory().setValue(s.top());
            radius.getValueFactory().setValue((int) Math.round(s.radius()));
            minPoints.getValueFactory().setValue(s.minPoints());
        } finally {
            showing = false;
        }
    }

    private void changed() {
        Step1Settings before = model.results().settings();
        if (showing || before == null) return;
        Map<Criterion, Double> w = new EnumMap<>(Criterion.class);
        double sum = 0;
        for (Criterion c : Criterion.values()) {
            w.put(c, weights.get(c).getValue());
            sum += w.get(c);
        }
        if (sum <= 0) { // at least one criterion must count: undo the last change
            show(before);
            return;
        }
        Step1Settings after = new Step1Settings(new Weights(w), top.getValue(), radius.getValue(), minPoints.getValue(),
                before.balassaYear());
        if (!after.equals(before)) model.setSettings(after);
    }
}
