package nl.kansenkaart.app;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import javafx.concurrent.Task;

/**
 * The one thread that touches the project file. Every read and write of the open project (loading
 * layers, running steps, imports, storing an override) is queued here, so the FX thread never waits
 * on the database and two jobs never interleave their statements on the one SQLite connection.
 */
public final class ProjectWorker {

    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "project-worker");
        t.setDaemon(true);
        return t;
    });

    /** Queues {@code job}; {@code done} or {@code failed} then runs on the FX thread. */
    public <T> Task<T> submit(Callable<T> job, Consumer<T> done, Consumer<Throwable> failed) {
        Task<T> task = new Task<>() {
            @Override
            protected T call() throws Exception {
                return job.call();
            }
        };
        return submit(task, done, failed);
    }

    /** Queues a task that reports progress itself. */
    public <T> Task<T> submit(Task<T> task, Consumer<T> done, Consumer<Throwable> failed) {
        task.setOnSucceeded(e -> done.accept(task.getValue()));
        task.setOnFailed(e -> failed.accept(task.getException()));
        executor.execute(task);
        return task;
    }
}
