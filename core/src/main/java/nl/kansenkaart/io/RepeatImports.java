package nl.kansenkaart.io;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import nl.kansenkaart.KansenkaartException;
import nl.kansenkaart.project.ImportLog;
import nl.kansenkaart.project.ProjectFile;

/**
 * Re-import detection by file content (SHA-256): importing a file a second time is refused with a
 * clear message, unless the analyst asks to replace the earlier import or to import it again.
 */
public final class RepeatImports {

    /** Removes what an earlier import stored, inside the import's transaction. */
    @FunctionalInterface
    public interface Remover {
        void remove(Connection c, long importId) throws SQLException;
    }

    private RepeatImports() {}

    /**
     * The earlier import of the same content, when it is to be replaced; empty when there is none or
     * a duplicate was asked for. Throws when there is one and neither option was given.
     */
    public static Optional<ImportLog.Entry> check(ProjectFile project, ImportKind kind, String fileName, String sha256,
                                                  ImportOptions options) {
        Optional<ImportLog.Entry> earlier = new ImportLog(project).findByHash(kind.key(), sha256);
        if (earlier.isEmpty() || options.allowDuplicate()) return Optional.empty();
        ImportLog.Entry e = earlier.get();
        if (options.replaceEarlier()) return earlier;
        throw new KansenkaartException(fileName + " was imported before (import #" + e.id() + " of " + e.fileName() + ", "
                + e.importedAt() + ", " + e.accepted() + " rows); replace that import (--replace) or import it again (--again)");
    }

    /** Deletes the earlier import's rows and its log entry, inside the caller's transaction. */
    public static void replace(Connection c, Optional<ImportLog.Entry> earlier, Remover remover) throws SQLException {
        if (earlier.isEmpty()) return;
        remover.remove(c, earlier.get().id());
        ImportLog.delete(c, earlier.get().id());
    }
}
