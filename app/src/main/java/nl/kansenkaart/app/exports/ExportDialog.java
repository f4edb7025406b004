package nl.kansenkaart.app.exports;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.RadioButton;
import javafx.scene.control.Separator;
import javafx.scene.control.Spinner;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import nl.kansenkaart.KansenkaartException;
import nl.kansenkaart.app.ProjectWorker;
import nl.kansenkaart.app.i18n.I18n;
import nl.kansenkaart.disclosure.DisclosurePolicy;
import nl.kansenkaart.disclosure.DisclosureSettings;
import nl.kansenkaart.export.WorkshopExport;
import nl.kansenkaart.model.Company;
import nl.kansenkaart.project.CompanyStore;
import nl.kansenkaart.project.ProjectFile;

/**
 * File › Export for workshop: where to, which formats, the size of the map and diagrams, the
 * language, and the confidentiality settings stored in the project (minimum companies per figure,
 * largest share of one company, the companies that agreed to show their own figures, and the
 * explicit permission to show all company figures, with a warning). Runs core's
 * {@link WorkshopExport} on the worker thread and then lists what was written and which cells
 * were withheld.
 */
public final class ExportDialog extends Stage {

    private final I18n i18n;
    private final ProjectWorker worker;
    private final Supplier<ProjectFile> project;
    private final TextField folder = new TextField();
    private final Map<WorkshopExport.Format, CheckBox> formats = new EnumMap<>(WorkshopExport.Format.class);
    private final Spinner<Integer> width = new Spinner<>(400, 10_000, 1600, 100);
    private final Spinner<Integer> height = new Spinner<>(300, 10_000, 1000, 100);
    private final ToggleGroup language = new ToggleGroup();
    private final Spinner<Integer> minCompanies = new Spinner<>(1, 50, DisclosurePolicy.DEFAULT.minContributors());
    private final Spinner<Integer> dominance = new Spinner<>(10, 100, (int) Math.round(DisclosurePolicy.DEFAULT.maxDominantShare() * 100), 5);
    private final ConsentList consent;
    private final CheckBox allowAll = new CheckBox();
    private final Label warning = new Label();
    private final ProgressBar progress = new ProgressBar(0);
    private final Label status = new Label();
    private final ListView<String> files = new ListView<>();
    private final WithheldTable withheld;
    private final Button run = new Button();
    private final ReadOnlyObjectWrapper<WorkshopExport.Result> result = new ReadOnlyObjectWrapper<>();
    /** Consents stored for refs that are not (or no longer) companies of the project: kept as they are. */
    private Set<String> otherConsents = Set.of();
    private boolean loading = true;

    /** @param projectFile where the open project lies: the package goes next to it by default */
    public ExportDialog(Window owner, I18n i18n, ProjectWorker worker, Supplier<ProjectFile> project, Path projectFile) {
        this.i18n = i18n;
        this.worker = worker;
        this.project = project;
        this.consent = new ConsentList(i18n);
        this.withheld = new WithheldTable(i18n);
        initOwner(owner);
        initModality(Modality.WINDOW_MODAL);
        titleProperty().bind(i18n.text("export.title"));

        Path dir = projectFile.toAbsolutePath().getParent();
        String base = projectFile.getFileName().toString().replaceFirst("\\.kansenkaart$", "");
        folder.setText((dir == null ? Path.of(base + "-workshop") : dir.resolve(base + "-workshop")).toString());
        folder.setId("export-folder");
        HBox.setHgrow(folder, Priority.ALWAYS);
        Button choose = new Button();
        choose.textProperty().bind(i18n.text("export.choose"));
        choose.setOnAction(e -> chooseFolder());

        HBox formatRow = new HBox(12);
        for (WorkshopExport.Format f : WorkshopExport.Format.values()) {
            CheckBox c = new CheckBox(f == WorkshopExport.Format.GPKG ? "GeoPackage" : f.name());
            c.setId("export-format-" + f.name().toLowerCase(Locale.ROOT));
            c.setSelected(true);
            formats.put(f, c);
            formatRow.getChildren().add(c);
        }
        for (Spinner<Integer> s : List.of(width, height, minCompanies, dominance)) {
            s.setEditable(true);
            s.setPrefWidth(96);
        }
        width.setId("export-width");
        height.setId("export-height");
        RadioButton nl = new RadioButton("Nederlands"), en = new RadioButton("English");
        nl.setId("export-lang-nl");
        en.setId("export-lang-en");
        nl.setUserData(I18n.DUTCH);
        en.setUserData(I18n.ENGLISH);
        nl.setToggleGroup(language);
        en.setToggleGroup(language);
        (i18n.locale().getLanguage().equals("en") ? en : nl).setSelected(true);
        HBox sizeRow = new HBox(6, width, new Label("\u00d7"), height);
        sizeRow.setAlignment(Pos.CENTER_LEFT);

        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        grid.addRow(0, label("export.folder"), new HBox(6, folder, choose));
        grid.addRow(1, label("export.formats"), formatRow);
        grid.addRow(2, label("export.size"), sizeRow);
        grid.addRow(3, label("export.language"), new HBox(12, nl, en));
        GridPane.setHgrow(grid.getChildren().get(1), Priority.ALWAYS);

        Label disclosure = label("export.disclosure");
        disclosure.getStyleClass().add("bar-title");
        minCompanies.setId("export-min-companies");
        dominance.setId("export-dominance");
        tip(minCompanies, "export.min.tip");
        tip(dominance, "export.dominance.tip");
        GridPane rules = new GridPane();
        rules.setHgap(10);
        rules.setVgap(6);
        rules.addRow(0, label("export.min"), minCompanies);
        rules.addRow(1, label("export.dominance"), dominance);
        allowAll.setId("export-allow-all");
        allowAll.textProperty().bind(i18n.text("export.allowAll"));
        allowAll.selectedProperty().addListener((obs, old, now) -> {
            if (now && !loading && !confirmAllowAll()) allowAll.setSelected(false);
        });
        warning.setId("export-allow-all-warning");
        warning.textProperty().bind(i18n.text("export.allowAll.warning"));
        warning.getStyleClass().add("warning");
        warning.setWrapText(true);
        warning.visibleProperty().bind(allowAll.selectedProperty());
        warning.managedProperty().bind(warning.visibleProperty());
        consent.disableProperty().bind(allowAll.selectedProperty());
        VBox.setVgrow(consent, Priority.ALWAYS);

        Label intro = label("export.intro");
        intro.getStyleClass().add("hint");
        VBox settings = new VBox(10, intro, grid, new Separator(), disclosure, rules, label("export.consent"), consent, allowAll, warning);
        settings.setPrefWidth(620);
        settings.setMinWidth(620);
        HBox.setHgrow(settings, Priority.NEVER);

        files.setId("export-files");
        Tab filesTab = new Tab(), withheldTab = new Tab();
        filesTab.textProperty().bind(i18n.text("export.files"));
        withheldTab.textProperty().bind(i18n.text("export.withheld"));
        filesTab.setContent(files);
        Label withheldHint = label("export.withheld.hint");
        withheldHint.getStyleClass().add("hint");
        withheldTab.setContent(new BorderPane(withheld, withheldHint, null, null, null));
        Label none = label("export.notYet");
        none.getStyleClass().add("hint");
        files.setPlaceholder(none);
        TabPane outcome = new TabPane(filesTab, withheldTab);
        outcome.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        outcome.setId("export-outcome");
        HBox.setHgrow(outcome, Priority.ALWAYS);

        progress.setId("export-progress");
        progress.setPrefWidth(160);
        status.setId("export-status");
        status.setWrapText(true);
        run.setId("export-run");
        run.textProperty().bind(i18n.text("export.run"));
        run.setDefaultButton(true);
        run.setOnAction(e -> export());
        Button close = new Button();
        close.setId("export-close");
        close.textProperty().bind(i18n.text("export.close"));
        close.setCancelButton(true);
        close.setOnAction(e -> hide());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox.setHgrow(status, Priority.ALWAYS);
        HBox buttons = new HBox(10, progress, status, spacer, run, close);
        buttons.setAlignment(Pos.CENTER_LEFT);

        HBox body = new HBox(16, settings, outcome);
        BorderPane root = new BorderPane(body, null, null, buttons, null);
        BorderPane.setMargin(buttons, new Insets(10, 0, 0, 0));
        root.setPadding(new Insets(12));
        root.getStyleClass().add("export-dialog");
        Scene scene = new Scene(root, 1240, 800);
        if (owner != null && owner.getScene() != null) scene.getStylesheets().addAll(owner.getScene().getStylesheets());
        setScene(scene);
        run.setDisable(true);
        load();
    }

    /** The result of the last export, or null. */
    public ReadOnlyObjectProperty<WorkshopExport.Result> resultProperty() {
        return result.getReadOnlyProperty();
    }

    /** Where the package goes (for the analyst: the text field; for tests and scripts: here). */
    public void setFolder(Path dir) {
        folder.setText(dir.toString());
    }

    public void setFormats(Set<WorkshopExport.Format> chosen) {
        formats.forEach((f, c) -> c.setSelected(chosen.contains(f)));
    }

    /** Ticks a company in the consent list. */
    public void setConsent(String ref, boolean agreed) {
        consent.setAgreed(ref, agreed);
    }

    /** Reads the stored settings and the companies of the project. */
    private void load() {
        status.setText("");
        worker.submit(() -> {
            ProjectFile p = require();
            return new Loaded(DisclosureSettings.load(p), new CompanyStore(p).readAll());
        }, (Loaded l) -> {
            minCompanies.getValueFactory().setValue(l.policy().minContributors());
            dominance.getValueFactory().setValue((int) Math.round(l.policy().maxDominantShare() * 100));
            consent.setCompanies(l.companies(), l.policy().consenting());
            Set<String> other = new TreeSet<>(l.policy().consenting());
            other.removeIf(consent::knows);
            otherConsents = other;
            allowAll.setSelected(l.policy().allowAll());
            loading = false;
            run.setDisable(false);
        }, t -> status.setText(i18n.format("export.failed", message(t))));
    }

    private record Loaded(DisclosurePolicy policy, List<Company> companies) {}

    private ProjectFile require() {
        ProjectFile p = project.get();
        if (p == null) throw new KansenkaartException("no project is open");
        return p;
    }

    /** Stores the confidentiality settings in the project and writes the package on the worker thread. */
    public void export() {
        for (Spinner<Integer> s : List.of(width, height, minCompanies, dominance)) {
            try {
                s.commitValue(); // a number typed without Enter counts too
            } catch (RuntimeException e) {
                s.cancelEdit(); // not a number: the last valid value stays
            }
        }
        Set<WorkshopExport.Format> chosen = EnumSet.noneOf(WorkshopExport.Format.class);
        formats.forEach((f, c) -> {
            if (c.isSelected()) chosen.add(f);
        });
        String dirText = folder.getText() == null ? "" : folder.getText().trim();
        if (dirText.isEmpty()) {
            status.setText(i18n.get("export.noFolder"));
            return;
        }
        if (chosen.isEmpty()) {
            status.setText(i18n.get("export.noFormat"));
            return;
        }
        Path dir = Path.of(dirText);
        Set<String> agreed = new TreeSet<>(otherConsents);
        agreed.addAll(consent.agreed());
        DisclosurePolicy policy = new DisclosurePolicy(minCompanies.getValue(), dominance.getValue() / 100.0, agreed, allowAll.isSelected());
        int w = width.getValue(), h = height.getValue();
        boolean english = language.getSelectedToggle() != null && language.getSelectedToggle().getUserData() == I18n.ENGLISH;
        run.setDisable(true);
        progress.setProgress(-1);
        status.setText(i18n.get("export.running"));
        worker.submit(() -> {
            ProjectFile p = require();
            DisclosureSettings.save(p, policy);
            return new WorkshopExport(p, policy).write(dir, chosen, w, h, english);
        }, r -> {
            progress.setProgress(1);
            run.setDisable(false);
            status.setText(i18n.format("export.done", r.files().size(), dir.toAbsolutePath(), r.tables(), r.suppressedCells()));
            files.getItems().setAll(r.files().stream().map(f -> f.getFileName().toString()).toList());
            withheld.getItems().setAll(r.withheld());
            result.set(r);
        }, t -> {
            progress.setProgress(0);
            run.setDisable(false);
            status.setText(i18n.format("export.failed", message(t)));
        });
    }

    private boolean confirmAllowAll() {
        Alert a = new Alert(Alert.AlertType.CONFIRMATION, i18n.get("export.allowAll.confirm"), ButtonType.OK, ButtonType.CANCEL);
        a.initOwner(this);
        a.setTitle(i18n.get("export.title"));
        a.setHeaderText(i18n.get("export.allowAll"));
        return a.showAndWait().filter(b -> b == ButtonType.OK).isPresent();
    }

    private void chooseFolder() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(i18n.get("export.title"));
        Path current = Path.of(folder.getText().isBlank() ? "." : folder.getText()).toAbsolutePath();
        Path start = Files.isDirectory(current) ? current : current.getParent();
        if (start != null && Files.isDirectory(start)) chooser.setInitialDirectory(start.toFile());
        var chosen = chooser.showDialog(this);
        if (chosen != null) folder.setText(chosen.toPath().toString());
    }

    private Label label(String key) {
        Label l = new Label();
        l.textProperty().bind(i18n.text(key));
        l.setWrapText(true);
        return l;
    }

    private void tip(javafx.scene.control.Control c, String key) {
        Tooltip t = new Tooltip();
        t.textProperty().bind(i18n.text(key));
        c.setTooltip(t);
    }

    private static String message(Throwable t) {
        return t.getMessage() == null ? t.toString() : t.getMessage();
    }
}
