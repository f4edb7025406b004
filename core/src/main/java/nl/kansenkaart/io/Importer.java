package nl.kansenkaart.io;

import java.nio.file.Path;
import nl.kansenkaart.project.ProjectFile;

/**
 * Imports one file into a project as a single transaction: either all accepted rows and the
 * import-log entry are stored, or (on error or cancel) nothing is. Rejected rows go to the report.
 */
public interface Importer {

    ImportKind kind();

    ImportResult importFile(ProjectFile project, Path file, ImportOptions options, RejectReport report,
                            ImportProgress progress);
}
