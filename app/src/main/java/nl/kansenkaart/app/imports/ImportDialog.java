package nl.kansenkaart.app.imports;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import nl.kansenkaart.KansenkaartException;
import nl.kansenkaart.app.ProjectWorker;
import nl.kansenkaart.app.i18n.I18n;
import nl.kansenkaart.io.FileHash;
import nl.kansenkaart.io.ImportCancelledException;
import nl.kansenkaart.io.ImportKind;
import nl.kansenkaart.io.ImportOptions;
import nl.kansenkaart.io.ImportResult;
import nl.kansenkaart.io.Importer;
import nl.kansenkaart.project.ImportLog;
import nl.kansenkaart.project.ProjectFile;

/**
 * Imports one file into the open project: asks what to do when the same file was imported before,
 * runs core's importer on the worker thread with a progress bar and Cancel, then shows the summary
 * (read = accepted + rejected) and the rejected rows, which can be saved as a CSV report. A
 * cancelled or failed import leaves the project unchanged: core runs each import as one transaction.
 */
public final class ImportDialog extends Stage {

    private final I18n i18n;
    private final ProjectWorker worker;
    private final Supplier<ProjectFile> project;
    private final Function<ImportKind, Importer> importers;
    private final Runnable onImported;
    private final Label file = new Label();
    private final Label status = new Label();
    private final Label notes = new Label();
    private final ProgressBar progress = new ProgressBar(0);
    private final RejectTable rejects;
    private final Button cancel = new Button();
    private final Button save = new Button();
    private final Button close = new Button();
    private ImportJob job;
    /** Closed before the import started (while checking for an earlier import): it must not start. */
    private boolean abandoned;

    /**
     * @param project    the open project, used on the worker thread only
     * @param importers  core's importer per kind
     * @param onImported runs after a successful import (the window reads its layers and results again)
     */
    public ImportDialog(Window owner, I18n i18n, ProjectWorker worker, Supplier<ProjectFile> project,
                        Function<ImportKind, Importer> importers, Runnable onImported) {
        this.i18n = i18n;
        this.worker = worker;
        this.project = project;
        this.importers = importers;
        this.onImported = onImported;
        this.rejects = new RejectTable(i18n);
        initOwner(owner);
        initModality(Modality.WINDOW_MODAL);
        file.setId("import-file");
        file.getStyleClass().add("tab-title");
        status.setId("import-status");
        status.setWrapText(true);
        notes.setId("import-notes");
        notes.setWrapText(true);
        notes.getStyleClass().add("hint");
        progress.setId("import-progress");
        progress.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(progress, Priority.ALWAYS);
        cancel.setId("import-cancel");
        cancel.textProperty().bind(i18n.text("import.cancel"));
        cancel.setCancelButton(true);
        cancel.setOnAction(e -> cancelImport());
        save.setId("import-save-report");
        save.textProperty().bind(i18n.text("import.saveReport"));
        save.setDisable(true);
        save.setOnAction(e -> saveReport());
        close.setId("import-close");
        close.textProperty().bind(i18n.text("import.close"));
        close.setDisable(true);
        close.setDefaultButton(true);
        close.setOnAction(e -> hide());
        setOnHidden(e -> {
            if (job == null) abandoned = true;
            else job.discardReport();
        });
        setOnCloseRequest(e -> {
            if (job != null && job.isRunning()) {
                e.consume(); // first cancel, then close
                cancelImport();
            }
        });

        Label rejectTitle = new Label();
        rejectTitle.textProperty().bind(i18n.text("import.rejected"));
        rejectTitle.getStyleClass().add("bar-title");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox progressRow = new HBox(10, progress, cancel);
        progressRow.setAlignment(Pos.CENTER_LEFT);
        HBox buttons = new HBox(10, save, spacer, close);
        VBox top = new VBox(8, file, progressRow, status, notes, rejectTitle);
        BorderPane root = new BorderPane(rejects, top, null, buttons, null);
        BorderPane.setMargin(rejects, new Insets(4, 0, 8, 0));
        root.setPadding(new Insets(12));
        root.getStyleClass().add("import-dialog");
        Scene scene = new Scene(root, 900, 520);
        if (owner != null && owner.getScene() != null) scene.getStylesheets().addAll(owner.getScene().getStylesheets());
        setScene(scene);
    }

    /** Shows the dialog and imports {@code source} as {@code kind}, asking first if it was imported before. */
    public void start(ImportKind kind, Path source) {
        setTitle(i18n.format("import.title", ImportKinds.label(kind, i18n)));
        file.setText(i18n.format("import.file", ImportKinds.label(kind, i18n), source.getFileName()));
        status.setText(i18n.get("import.checking"));
        show();
        worker.submit(() -> {
            ProjectFile p = require();
            return new ImportLog(p).findByHash(kind.key(), FileHash.sha256(source));
        }, (Optional<ImportLog.Entry> earlier) -> {
            if (abandoned) return;
            if (earlier.isEmpty()) run(kind, source, ImportOptions.DEFAULT);
            else ReimportQuestion.ask(this, i18n, earlier.get(), options -> {
                if (options.isPresent() && !abandoned) run(kind, source, options.get());
                else notImported(i18n.get("import.notImported"));
            });
        }, t -> notImported(t.getMessage()));
    }

    /** The job of this dialog, once started (for tests). */
    public boolean isRunning() {
        return job != null && job.isRunning();
    }

    private ProjectFile require() {
        ProjectFile p = project.get();
        if (p == null) throw new KansenkaartException("no project is open");
        return p;
    }

    private void run(ImportKind kind, Path source, ImportOptions options) {
        job = new ImportJob(importers.apply(kind), require(), source, options);
        progress.progressProperty().bind(job.progressProperty());
        status.textProperty().bind(i18n.text(() -> job.getMessage() == null || job.getMessage().isEmpty()
                ? (job.cancelRequested() ? i18n.get("import.cancelling") : i18n.get("import.waiting"))
                : i18n.format("import.running", Long.parseLong(job.getMessage())), job.messageProperty()));
        cancel.setDisable(false);
        worker.submit(job, this::done, this::failed);
    }

    private void cancelImport() {
        if (job == null || !job.isRunning() && job.isDone()) {
            hide();
            return;
        }
        job.cancelImport();
        cancel.setDisable(true);
    }

    private void done(ImportResult r) {
        finish();
        progress.setProgress(1);
        String kg = r.kg() == null ? "" : i18n.format("import.kg", r.kg().doubleValue() / 1000);
        status.setText(i18n.format("import.summary", r.rowsRead(), r.accepted(), r.rejected(), r.notLocated()) + kg);
        notes.setText(String.join("\n", r.notes()));
        rejects.getItems().setAll(r.rejectedRows());
        if (r.rejected() > r.rejectedRows().size())
            notes.setText((notes.getText().isEmpty() ? "" : notes.getText() + "\n") + i18n.format("import.firstRows", r.rejectedRows().size(), r.rejected()));
        save.setDisable(r.rejected() == 0);
        onImported.run();
    }

    private void failed(Throwable t) {
        finish();
        boolean cancelled = t instanceof ImportCancelledException || (job != null && job.cancelRequested());
        notImported(cancelled ? i18n.get("import.cancelled") : i18n.format("import.failed", t.getMessage() == null ? t.toString() : t.getMessage()));
    }

    private void notImported(String why) {
        finish();
        progress.setProgress(0);
        status.setText(why);
    }

    private void finish() {
        status.textProperty().unbind();
        progress.progressProperty().unbind();
        cancel.setDisable(true);
        close.setDisable(false);
    }

    private void saveReport() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(i18n.get("import.saveReport"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("CSV (*.csv)", "*.csv"));
        chooser.setInitialFileName(file.getText().replaceAll(".*: ", "") + ".report.csv");
        var chosen = chooser.showSaveDialog(this);
        if (chosen != null) saveReport(chosen.toPath());
    }

    /** Writes the full report (every rejected row, as the command line writes it) to {@code target}. */
    public void saveReport(Path target) {
        try {
            Files.copy(job.report(), target, StandardCopyOption.REPLACE_EXISTING);
            notes.setText(i18n.format("import.reportSaved", target));
        } catch (IOException e) {
            notes.setText(i18n.format("import.failed", e.getMessage()));
        }
    }
}
