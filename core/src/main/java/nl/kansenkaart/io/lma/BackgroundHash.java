package nl.kansenkaart.io.lma;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import nl.kansenkaart.KansenkaartException;
import nl.kansenkaart.io.FileHash;

/**
 * The file's SHA-256, computed on a second core while the rows are imported: hashing a large
 * extract costs as long as a good part of reading it. Only when an earlier import had the same
 * size (a re-import is then possible) does the importer wait for it before starting.
 */
final class BackgroundHash implements AutoCloseable {

    private final Path file;
    private final FutureTask<String> task;
    private final Thread thread;

    BackgroundHash(Path file) {
        this.file = file;
        this.task = new FutureTask<>(() -> FileHash.sha256(file));
        this.thread = new Thread(task, "lma-hash");
        thread.setDaemon(true);
        thread.start();
    }

    String get() {
        try {
            return task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new KansenkaartException("interrupted while reading " + file.getFileName(), e);
        } catch (ExecutionException e) {
            Throwable c = e.getCause();
            String m = c instanceof UncheckedIOException u && u.getCause() != null ? u.getCause().getMessage() : c.getMessage();
            throw new KansenkaartException("cannot read " + file.getFileName() + ": " + m, c);
        }
    }

    /** Stops hashing when the import ended without needing the hash. */
    @Override
    public void close() {
        if (!task.isDone()) task.cancel(true);
    }
}
