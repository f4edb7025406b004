package nl.kansenkaart.app.imports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.concurrent.Task;
import nl.kansenkaart.io.ImportCancelledException;
import nl.kansenkaart.io.ImportKind;
import nl.kansenkaart.io.ImportOptions;
import nl.kansenkaart.io.ImportProgress;
import nl.kansenkaart.io.ImportResult;
import nl.kansenkaart.io.Importer;
import nl.kansenkaart.io.RejectReport;
import nl.kansenkaart.project.ProjectFile;

/**
 * One import on the project's worker thread, through core's importer for its kind: the importer
 * reports progress and checks {@link #cancel()} between rows; a cancelled or failed import rolls
 * back its transaction, so the project is unchanged. All rejected rows go to a report file kept
 * until the dialog closes (the analyst may save it), the first ones also to the result for the table.
 */
final class ImportJob extends Task<ImportResult> {

    private final Importer importer;
    private final ProjectFile project;
    private final Path file;
    private final ImportOptions options;
    private final Path report;
    private volatile boolean cancelRequested;

    ImportJob(Importer importer, ProjectFile project, Path file, ImportOptions options) {
        this.importer = importer;
        this.project = project;
        this.file = file;
        this.options = options;
        try {
            this.report = Files.createTempFile("kansenkaart-import-", ".report.csv");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a report file: " + e.getMessage(), e);
        }
    }

    ImportKind kind() {
        return importer.kind();
    }

    /** The report of all rejected rows (file;line;column;reason;original), complete once the job is done. */
    Path report() {
        return report;
    }

    /** Asks the importer to stop at its next check; the project then stays as it was. */
    void cancelImport() {
        cancelRequested = true;
        updateMessage("");
    }

    boolean cancelRequested() {
        return cancelRequested;
    }

    @Override
    protected ImportResult call() {
        // Cancelled while waiting for the worker: nothing is read or stored.
        if (cancelRequested) throw new ImportCancelledException(file.getFileName().toString());
        ImportProgress progress = new ImportProgress() {
            @Override
            public void update(long done, long total, long rows) {
                if (total > 0) updateProgress(done, total);
                updateMessage(Long.toString(rows));
            }

            @Override
            public boolean isCancelled() {
                return cancelRequested;
            }
        };
        try (RejectReport rejects = new RejectReport(report)) {
            return importer.importFile(project, file, options, rejects, progress);
        }
    }

    /** Removes the report file (when the dialog closes: it holds rows of the analyst's data). */
    void discardReport() {
        try {
            Files.deleteIfExists(report);
        } catch (IOException e) {
            report.toFile().deleteOnExit();
        }
    }
}
