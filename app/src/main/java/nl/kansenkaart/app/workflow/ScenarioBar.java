package nl.kansenkaart.app.workflow;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import nl.kansenkaart.app.i18n.I18n;
import nl.kansenkaart.codes.RLevel;
import nl.kansenkaart.matching.Approach;
import nl.kansenkaart.matching.ScenarioStore;
import nl.kansenkaart.matching.StoredMatch;
import nl.kansenkaart.model.MaterialGroup;

/**
 * Above the step-3 views: the scenario in view (any saved one; the map, the tables and the Sankey
 * follow it), a button to run it, one to save a new scenario, and the filters (area- or chain-based,
 * material group, R-level) that the matches table, the map and the Sankey apply.
 */
final class ScenarioBar extends HBox {

    private static final String ALL = "";

    private final I18n i18n;
    private final MatchModel model;
    private final ComboBox<String> scenario = new ComboBox<>();
    private final ComboBox<String> approach = new ComboBox<>();
    private final ComboBox<String> group = new ComboBox<>();
    private final ComboBox<String> level = new ComboBox<>();
    private boolean updating;

    ScenarioBar(I18n i18n, MatchModel model, Runnable run, Runnable newScenario) {
        this.i18n = i18n;
        this.model = model;
        setId("scenario-bar");
        getStyleClass().add("sub-bar");
        setSpacing(8);
        setAlignment(Pos.CENTER_LEFT);
        Label label = new Label();
        label.textProperty().bind(i18n.text("scenario.label"));
        scenario.setId("scenario-choice");
        scenario.setPrefWidth(190);
        scenario.setCellFactory(l -> new ScenarioCell());
        scenario.setButtonCell(new ScenarioCell());
        scenario.valueProperty().addListener((obs, old, now) -> {
            if (!updating && now != null) model.flow().scenarioProperty().set(now);
        });
        scenario.disableProperty().bind(model.flow().busyProperty());
        Button runButton = new Button();
        runButton.setId("scenario-run");
        runButton.textProperty().bind(i18n.text("scenario.run"));
        Tooltip tip = new Tooltip();
        tip.textProperty().bind(i18n.text("scenario.run.tip"));
        runButton.setTooltip(tip);
        runButton.disableProperty().bind(model.flow().busyProperty());
        runButton.setOnAction(e -> run.run());
        Button add = new Button();
        add.setId("scenario-new");
        add.textProperty().bind(i18n.text("scenario.new"));
        add.disableProperty().bind(model.flow().busyProperty());
        add.setOnAction(e -> newScenario.run());

        approach.setId("filter-approach");
        approach.getItems().setAll(ALL, Approach.AREA.name(), Approach.CHAIN.name());
        approach.setValue(ALL);
        filterCells(approach, v -> i18n.get("filter.approach." + (v.isEmpty() ? "all" : v)));
        group.setId("filter-group");
        filterCells(group, v -> v.isEmpty() ? i18n.get("filter.group.all") : english() ? MaterialGroup.valueOf(v).en() : MaterialGroup.valueOf(v).nl());
        level.setId("filter-level");
        filterCells(level, v -> v.isEmpty() ? i18n.get("filter.level.all") : levelName(RLevel.valueOf(v)));
        approach.valueProperty().addListener((obs, old, v) -> filter());
        group.valueProperty().addListener((obs, old, v) -> filter());
        level.valueProperty().addListener((obs, old, v) -> filter());

        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        getChildren().addAll(label, scenario, runButton, add, spacer, approach, group, level);
        model.resultsProperty().addListener((obs, old, now) -> show(now));
        i18n.localeProperty().addListener((obs, old, now) -> {
            // The shown names follow the language.
            scenario.setButtonCell(new ScenarioCell());
            for (ComboBox<String> c : List.of(approach, group, level)) {
                String v = c.getValue();
                c.setValue(null);
                c.setValue(v);
            }
        });
    }

    private void show(MatchResults r) {
        updating = true;
        try {
            scenario.getItems().setAll(r.scenarios().stream().map(ScenarioStore.Scenario::name).toList());
            scenario.setValue(r.scenario());
            Set<MaterialGroup> groups = EnumSet.noneOf(MaterialGroup.class);
            Set<RLevel> levels = EnumSet.noneOf(RLevel.class);
            for (StoredMatch m : r.matches()) {
                MaterialGroup g = MatchFilter.groupOf(m);
                if (g != null) groups.add(g);
                levels.add(m.rLevel());
            }
            keep(group, groups.stream().map(Enum::name).toList());
            keep(level, levels.stream().map(Enum::name).toList());
        } finally {
            updating = false;
        }
        filter();
    }

    /** New choices; the current one stays when it is still there, else "all". */
    private static void keep(ComboBox<String> c, List<String> present) {
        String v = c.getValue();
        c.getItems().setAll(ALL);
        c.getItems().addAll(present);
        c.setValue(v != null && c.getItems().contains(v) ? v : ALL);
    }

    private void filter() {
        if (updating) return;
        String a = approach.getValue(), g = group.getValue(), l = level.getValue();
        model.filterProperty().set(new MatchFilter(a == null || a.isEmpty() ? null : Approach.valueOf(a),
                g == null || g.isEmpty() ? null : MaterialGroup.valueOf(g), l == null || l.isEmpty() ? null : RLevel.valueOf(l)));
    }

    private static void filterCells(ComboBox<String> c, Function<String, String> text) {
        c.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(String v, boolean empty) {
                super.updateItem(v, empty);
                setText(empty || v == null ? null : text.apply(v));
            }
        });
        c.setButtonCell(c.getCellFactory().call(null));
    }

    private boolean english() {
        return i18n.locale().getLanguage().equals("en");
    }

    private String levelName(RLevel l) {
        String name = english() ? l.en() : l.nl();
        return l.isOnLadder() ? l.name() + " " + name : name;
    }

    /** A scenario by its name, saying so when it has not run. */
    private final class ScenarioCell extends ListCell<String> {
        @Override
        protected void updateItem(String name, boolean empty) {
            super.updateItem(name, empty);
            if (empty || name == null) {
                setText(null);
                return;
            }
            boolean run = model.results().scenarios().stream().anyMatch(s -> s.name().equals(name) && s.lastRun() != null);
            setText(run ? name : i18n.format("scenario.notRun", name));
        }
    }
}
