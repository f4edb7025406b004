package nl.kansenkaart.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Orientation;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Separator;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import nl.kansenkaart.app.i18n.I18n;
import nl.kansenkaart.app.imports.ImportDialog;
import nl.kansenkaart.app.imports.ImportKinds;
import nl.kansenkaart.io.ImportKind;
import nl.kansenkaart.io.Importers;
import nl.kansenkaart.app.layers.LayerPanel;
import nl.kansenkaart.app.map.MapCanvas;
import nl.kansenkaart.app.exports.ExportDialog;
import nl.kansenkaart.app.workflow.MatchModel;
import nl.kansenkaart.app.workflow.WorkflowModel;
import nl.kansenkaart.app.workflow.WorkflowPanel;
import nl.kansenkaart.cli.Version;
import nl.kansenkaart.demo.SampleProject;
import nl.kansenkaart.matching.ScenarioStore;
import nl.kansenkaart.project.ProjectFile;
import nl.kansenkaart.render.MapText;

/**
 * The main window: menu and tool bar on top, the project and its layer list on the left, the map
 * in the middle with the analysis dock under it, and the status bar below. All work on the project
 * runs on one worker thread ({@link ProjectWorker}), never on the FX thread.
 */
public final class MainWindow extends BorderPane {

    private final Stage stage;
    private final I18n i18n;
    private final Consumer<Locale> onLanguageChosen;
    private final MapCanvas map = new MapCanvas();
    private final LayerPanel layerPanel;
    private final StatusBar status;
    private final ObjectProperty<OpenProject> project = new SimpleObjectProperty<>();
    private final ProjectWorker worker = new ProjectWorker();
    /** The open file for jobs on the worker thread (which must not read JavaFX properties). */
    private volatile ProjectFile openFile;
    private final WorkflowModel workflowModel = new WorkflowModel(worker, () -> openFile);
    private final MatchModel matchModel = new MatchModel(workflowModel);
    private final WorkflowPanel workflow;
    private final MapLinks links;

    /**
     * @param onLanguageChosen told when the analyst picks a language, to remember it for the next start
     */
    public MainWindow(Stage stage, I18n i18n, Consumer<Locale> onLanguageChosen) {
        this.stage = stage;
        this.i18n = i18n;
        this.onLanguageChosen = onLanguageChosen;
        getStyleClass().add("main-window");
        layerPanel = new LayerPanel(i18n, map::repaint);
        status = new StatusBar(i18n, map);
        workflow = new WorkflowPanel(i18n, workflowModel, matchModel);
        workflow.setOnMessage(m -> status.messageProperty().set(m));
        workflowModel.setOnError(this::showError);
        links = new MapLinks(map, layerPanel, workflowModel, matchModel, workflow, () -> openFile);
        map.mapTextProperty().bind(Bindings.createObjectBinding(() -> MapText.of(i18n.locale()), i18n.localeProperty()));

        setTop(new VBox(menuBar(), toolBar()));
        setLeft(sidePanel());
        SplitPane centre = new SplitPane(map, workflow);
        centre.setOrientation(Orientation.VERTICAL);
        centre.setDividerPositions(0.56);
        SplitPane.setResizableWithParent(workflow, false);
        setCenter(centre);
        setBottom(status);
        status.messageProperty().set(i18n.get("status.noProject"));
        sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) installKeys(scene);
        });
        stage.titleProperty().bind(i18n.text(() -> project.get() == null ? i18n.get("app.title")
                : project.get().name() + " \u2014 " + i18n.get("app.title"), project));
    }

    public MapCanvas map() {
        return map;
    }

    public LayerPanel layerPanel() {
        return layerPanel;
    }

    /**
     * Opens a project in the background and shows it; {@code onShown} runs on the FX thread once
     * its layers are on the map, {@code onFailed} if it cannot be read.
     */
    public void open(Path file, Runnable onShown, Consumer<Throwable> onFailed) {
        status.messageProperty().set(i18n.format("status.loading", file.getFileName()));
        worker.submit(() -> OpenProject.load(file), p -> {
            closeProject();
            project.set(p);
            openFile = p.file();
            layerPanel.setLayers(p.layers());
            map.layersProperty().set(p.layers());
            status.messageProperty().set(p.path().toString());
            workflowModel.currentClusterProperty().set(null);
            workflowModel.scenarioProperty().set(ScenarioStore.BASE);
            workflowModel.reload();
            onShown.run();
        }, t -> {
            status.messageProperty().set(project.get() == null ? i18n.get("status.noProject") : project.get().path().toString());
            onFailed.accept(t);
        });
    }

    public WorkflowPanel workflow() {
        return workflow;
    }

    public WorkflowModel workflowModel() {
        return workflowModel;
    }

    public MatchModel matchModel() {
        return matchModel;
    }

    ProjectWorker worker() {
        return worker;
    }

    /** The open project, or null. */
    OpenProject project() {
        return project.get();
    }

    /** Runs {@code then} on the FX thread once the jobs queued so far on the project are done. */
    void whenIdle(Runnable then) {
        worker.submit(() -> Boolean.TRUE, x -> javafx.application.Platform.runLater(then), t -> then.run());
    }

    /**
     * Shows an analysis view (one of {@link GuiOptions#TABS}: a tab, or a view within the Sankey or
     * matches tab) and a sector cluster, zoomed to on the map; null leaves either as it is.
     */
    void show(String tab, String cluster) {
        if (tab != null) {
            String main = switch (tab) {
                case "matched-flows" -> "sankey";
                case "unmatched", "take-bring", "compare" -> "matches";
                default -> tab;
            };
            workflow.tabs().getTabs().stream().filter(t -> t.getId().equals("tab-" + main)).findFirst()
                    .ifPresent(t -> workflow.tabs().getSelectionModel().select(t));
            workflow.showView(tab);
        }
        if (cluster != null) {
            workflowModel.currentClusterProperty().set(cluster);
            links.zoomToCluster(cluster);
        }
    }

    /** Reads the open project's layers and results again (after an import), keeping the view. */
    void refresh(Runnable done) {
        workflowModel.reload();
        links.reloadLayers(done);
    }

    /** Closes the open project's file (on exit or before another is shown). */
    public void closeProject() {
        OpenProject p = project.get();
        openFile = null;
        if (p != null) p.close();
        project.set(null);
    }

    private MenuBar menuBar() {
        MenuItem open = item("menu.file.open", this::chooseAndOpen);
        open.setAccelerator(KeyCombination.keyCombination("Shortcut+O"));
        MenuItem quit = item("menu.file.quit", stage::close);
        quit.setAccelerator(KeyCombination.keyCombination("Shortcut+Q"));
        Menu imports = menu("menu.file.import");
        for (ImportKind kind : ImportKind.values()) {
            MenuItem i = new MenuItem();
            i.textProperty().bind(i18n.text(() -> i18n.format("menu.file.import.kind", ImportKinds.label(kind, i18n))));
            i.setOnAction(e -> chooseAndImport(kind));
            imports.getItems().add(i);
        }
        imports.disableProperty().bind(project.isNull().or(workflowModel.busyProperty()));
        MenuItem export = item("menu.file.export", this::showExportDialog);
        export.setId("menu-export");
        export.disableProperty().bind(project.isNull().or(workflowModel.busyProperty()));
        Menu file = menu("menu.file", open, imports, export, new SeparatorMenuItem(), quit);

        MenuItem runSteps = item("menu.analysis.run12", () -> workflow.runSteps(java.util.List.of(1, 2)));
        runSteps.setAccelerator(KeyCombination.keyCombination("F5"));
        runSteps.disableProperty().bind(workflowModel.busyProperty().or(project.isNull()));
        Menu analysis = menu("menu.analysis", runSteps, item("menu.analysis.run123", () -> workflow.runSteps(java.util.List.of(1, 2, 3))),
                item("menu.analysis.run1", () -> workflow.runSteps(java.util.List.of(1))),
                item("menu.analysis.run2", () -> workflow.runSteps(java.util.List.of(2))),
                item("menu.analysis.run3", () -> workflow.runSteps(java.util.List.of(3))));
        for (MenuItem i : analysis.getItems()) if (i != runSteps) i.disableProperty().bind(runSteps.disableProperty());

        Menu view = menu("menu.view", item("menu.view.zoomIn", map::zoomIn), item("menu.view.zoomOut", map::zoomOut),
                item("menu.view.zoomRegion", map::zoomToRegion));

        ToggleGroup languages = new ToggleGroup();
        Menu language = menu("menu.language");
        for (Locale l : I18n.SUPPORTED) {
            RadioMenuItem r = new RadioMenuItem(l.getDisplayLanguage(l));
            r.setToggleGroup(languages);
            r.setSelected(l.equals(i18n.locale()));
            r.setOnAction(e -> chooseLanguage(l));
            i18n.localeProperty().addListener((obs, old, now) -> r.setSelected(l.equals(now)));
            language.getItems().add(r);
        }
        Menu help = menu("menu.help", item("menu.help.about", this::showAbout));
        MenuBar bar = new MenuBar(file, analysis, view, language, help);
        bar.setUseSystemMenuBar(true);
        return bar;
    }

    private ToolBar toolBar() {
        Button in = button("+", "toolbar.zoomIn.tip", map::zoomIn);
        in.setId("zoom-in");
        Button out = button("\u2212", "toolbar.zoomOut.tip", map::zoomOut);
        out.setId("zoom-out");
        Button region = button(null, "toolbar.zoomRegion.tip", map::zoomToRegion);
        region.textProperty().bind(i18n.text("toolbar.zoomRegion"));
        region.setId("zoom-region");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);

        ToggleGroup group = new ToggleGroup();
        HBox languages = new HBox();
        languages.getStyleClass().add("segmented");
        for (Locale l : I18n.SUPPORTED) {
            ToggleButton b = new ToggleButton(l.getLanguage().toUpperCase(Locale.ROOT));
            b.setId("lang-" + l.getLanguage());
            b.setToggleGroup(group);
            b.setSelected(l.equals(i18n.locale()));
            b.setTooltip(new Tooltip(l.getDisplayLanguage(l)));
            b.setOnAction(e -> chooseLanguage(l));
            i18n.localeProperty().addListener((obs, old, now) -> b.setSelected(l.equals(now)));
            languages.getChildren().add(b);
        }
        return new ToolBar(in, out, region, new Separator(Orientation.VERTICAL), spacer, languages);
    }

    private VBox sidePanel() {
        Label name = new Label();
        name.getStyleClass().add("project-name");
        name.setId("project-name");
        name.setWrapText(true);
        name.textProperty().bind(i18n.text(() -> project.get() == null ? i18n.get("status.noProject") : project.get().name(), project));
        Label details = new Label();
        details.getStyleClass().add("project-details");
        details.textProperty().bind(Bindings.createStringBinding(() -> {
            OpenProject p = project.get();
            if (p == null) return "";
            return (p.region() == null ? "" : p.region() + "\n") + p.path().getFileName();
        }, project));
        details.setWrapText(true);
        VBox header = new VBox(2, name, details);
        header.getStyleClass().add("project-header");

        ScrollPane layers = new ScrollPane(layerPanel);
        layers.setFitToWidth(true);
        layers.getStyleClass().add("layer-scroll");
        VBox.setVgrow(layers, Priority.ALWAYS);
        VBox side = new VBox(header, layers);
        side.getStyleClass().add("side-panel");
        side.setPrefWidth(320);
        side.setMinWidth(220);
        return side;
    }

    private void installKeys(Scene scene) {
        // Zoom keys work wherever the focus is, except while typing in a text field.
        scene.addEventFilter(KeyEvent.KEY_TYPED, e -> {
            if (scene.getFocusOwner() instanceof TextInputControl) return;
            switch (e.getCharacter()) {
                case "+", "=" -> map.zoomIn();
                case "-" -> map.zoomOut();
                default -> {
                    return;
                }
            }
            e.consume();
        });
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.HOME && !(scene.getFocusOwner() instanceof TextInputControl)) {
                map.zoomToRegion();
                e.consume();
            }
        });
    }

    private void chooseLanguage(Locale l) {
        i18n.setLocale(l);
        onLanguageChosen.accept(i18n.locale());
    }

    private void chooseAndOpen() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(i18n.get("dialog.open.title"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(i18n.get("dialog.open.filter"), "*" + ProjectFile.EXTENSION));
        Path dir = project.get() != null ? project.get().path().getParent() : SampleProject.appHome();
        if (dir != null && Files.isDirectory(dir)) chooser.setInitialDirectory(dir.toFile());
        var chosen = chooser.showOpenDialog(stage);
        if (chosen != null) open(chosen.toPath(), () -> { }, this::showOpenError);
    }

    private void chooseAndImport(ImportKind kind) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(i18n.format("import.title", ImportKinds.label(kind, i18n)));
        chooser.getExtensionFilters().add(ImportKinds.filter(kind, i18n));
        Path dir = project.get() == null ? null : project.get().path().getParent();
        if (dir != null && Files.isDirectory(dir)) chooser.setInitialDirectory(dir.toFile());
        var chosen = chooser.showOpenDialog(stage);
        if (chosen != null) importFile(kind, chosen.toPath());
    }

    /** Imports a file into the open project through the import dialog; the map and views refresh after it. */
    public ImportDialog importFile(ImportKind kind, Path file) {
        ImportDialog d = new ImportDialog(stage, i18n, worker, () -> openFile, Importers::forKind, () -> refresh(() -> { }));
        d.start(kind, file);
        return d;
    }

    /** The workshop export dialog for the open project (File › Export for workshop). */
    public ExportDialog showExportDialog() {
        OpenProject p = project.get();
        if (p == null) return null;
        ExportDialog d = new ExportDialog(stage, i18n, worker, () -> openFile, p.path());
        d.show();
        return d;
    }

    /** Shows why a project could not be opened: the one-line message core gives for data errors. */
    void showOpenError(Throwable t) {
        Alert a = new Alert(Alert.AlertType.ERROR);
        a.initOwner(stage);
        a.setTitle(i18n.get("error.open.title"));
        a.setHeaderText(i18n.get("error.open.header"));
        a.setContentText(t.getMessage() == null ? t.toString() : t.getMessage());
        a.show();
    }

    /** A failed job: the one-line message core gives for data errors. */
    void showError(Throwable t) {
        Alert a = new Alert(Alert.AlertType.ERROR);
        a.initOwner(stage);
        a.setTitle(i18n.get("error.title"));
        a.setHeaderText(i18n.get("error.header"));
        a.setContentText(t.getMessage() == null ? t.toString() : t.getMessage());
        a.show();
    }

    private void showAbout() {
        Alert a = new Alert(Alert.AlertType.INFORMATION);
        a.initOwner(stage);
        a.setTitle(i18n.get("about.title"));
        a.setHeaderText(i18n.get("app.title"));
        a.setContentText(i18n.format("about.text", Version.text()));
        a.show();
    }

    private Menu menu(String key, MenuItem... items) {
        Menu m = new Menu();
        m.textProperty().bind(i18n.text(key));
        m.getItems().addAll(items);
        return m;
    }

    private MenuItem item(String key, Runnable action) {
        MenuItem m = new MenuItem();
        m.textProperty().bind(i18n.text(key));
        m.setOnAction(e -> action.run());
        return m;
    }

    private Button button(String text, String tipKey, Runnable action) {
        Button b = new Button(text);
        Tooltip tip = new Tooltip();
        tip.textProperty().bind(i18n.text(tipKey));
        b.setTooltip(tip);
        b.setOnAction(e -> action.run());
        return b;
    }
}
