package nl.kansenkaart.app.workflow;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import nl.kansenkaart.KansenkaartException;
import nl.kansenkaart.app.i18n.I18n;
import nl.kansenkaart.codes.RLevel;
import nl.kansenkaart.matching.MatchSettings;
import nl.kansenkaart.matching.ScenarioStore;

/**
 * A small form for a new scenario: a name, a description and every setting of step 3, starting
 * from the scenario in view. Core checks the name and each value ({@link MatchSettings#with},
 * {@link ScenarioStore#checkName}); its one-line message shows in the form, which stays open until
 * the input is valid.
 */
final class ScenarioDialog extends Dialog<ScenarioDialog.Input> {

    /** What the analyst asked for: checked by core, ready to save. */
    record Input(String name, MatchSettings settings, String description, boolean runNow) {}

    private static final Set<String> FLAGS = Set.of("allow_hazardous", "region_only", "include_estimated");
    private static final Set<String> DECIMALS = Set.of("detour_factor", "haul_factor", "co2_kg_per_tkm", "transport_cost_factor");

    private final I18n i18n;
    private final MatchSettings base;
    private final TextField name = new TextField();
    private final TextField description = new TextField();
    private final CheckBox runNow = new CheckBox();
    private final Label error = new Label();
    private final Map<String, Node> fields = new LinkedHashMap<>();

    ScenarioDialog(Window owner, I18n i18n, String from, MatchSettings base) {
        this.i18n = i18n;
        this.base = base;
        initOwner(owner);
        setTitle(i18n.get("scenario.dialog.title"));
        setHeaderText(i18n.format("scenario.dialog.header", from));
        ButtonType save = new ButtonType(i18n.get("scenario.save"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(i18n.get("scenario.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        getDialogPane().getButtonTypes().addAll(save, cancel);
        if (owner != null && owner.getScene() != null) getDialogPane().getStylesheets().addAll(owner.getScene().getStylesheets());

        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(6);
        int row = 0;
        name.setId("scenario-name");
        description.setId("scenario-description");
        grid.addRow(row++, label("scenario.name"), name);
        grid.addRow(row++, label("scenario.description"), description);
        boolean dutch = !i18n.locale().getLanguage().equals("en");
        for (Map.Entry<String, String> e : base.toMap().entrySet()) {
            String key = e.getKey(), value = e.getValue();
            Node field;
            if (FLAGS.contains(key)) {
                CheckBox c = new CheckBox();
                c.setSelected(Boolean.parseBoolean(value));
                field = c;
            } else if (key.equals("worst_r_level")) {
                ComboBox<String> c = new ComboBox<>();
                for (RLevel l : RLevel.values()) if (l.isOnLadder()) c.getItems().add(l.name());
                c.setValue(value);
                field = c;
            } else {
                TextField t = new TextField(dutch && DECIMALS.contains(key) ? value.replace('.', ',') : value);
                t.setPrefColumnCount(12);
                field = t;
            }
            field.setId("setting-" + key);
            fields.put(key, field);
            grid.addRow(row++, label("scenario.key." + key), field);
        }
        runNow.setText(i18n.get("scenario.runNow"));
        runNow.setSelected(true);
        runNow.setId("scenario-run-now");
        error.setId("scenario-error");
        error.getStyleClass().add("warning");
        error.setWrapText(true);
        error.setMaxWidth(560);
        VBox content = new VBox(10, grid, runNow, error);
        content.setPadding(new Insets(4, 0, 0, 0));
        getDialogPane().setContent(content);

        Button ok = (Button) getDialogPane().lookupButton(save);
        ok.setId("scenario-save");
        ok.addEventFilter(javafx.event.ActionEvent.ACTION, e -> {
            if (check().isEmpty()) e.consume(); // stays open with core's message
        });
        setResultConverter(b -> b == save ? check().orElse(null) : null);
    }

    /** The input as core accepts it, or empty with the reason shown. */
    Optional<Input> check() {
        try {
            String n = ScenarioStore.checkName(name.getText());
            Map<String, String> changes = new LinkedHashMap<>();
            fields.forEach((key, node) -> changes.put(key, valueOf(node)));
            MatchSettings settings = base.with(changes);
            error.setText("");
            String d = description.getText() == null || description.getText().isBlank() ? null : description.getText().trim();
            return Optional.of(new Input(n, settings, d, runNow.isSelected()));
        } catch (KansenkaartException e) {
            error.setText(e.getMessage());
            return Optional.empty();
        }
    }

    private static String valueOf(Node n) {
        if (n instanceof CheckBox c) return Boolean.toString(c.isSelected());
        if (n instanceof ComboBox<?> c) return String.valueOf(c.getValue());
        return ((TextField) n).getText();
    }

    private Label label(String key) {
        Label l = new Label(i18n.get(key));
        l.setWrapText(true);
        l.setMaxWidth(360);
        return l;
    }
}
