package nl.kansenkaart.io.lma;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import nl.kansenkaart.model.WasteRecord;
import nl.kansenkaart.model.WasteStream;
import nl.kansenkaart.project.WasteRecordStore;
import nl.kansenkaart.project.WasteStreamStore;

/**
 * Writes accepted rows to the project on a second thread while the next rows are parsed: binding
 * and inserting costs about as much as reading and checking, so the two halves overlap on two
 * cores. The queue is bounded (a few thousand rows), so memory stays flat however large the file.
 * The caller's transaction is still the only one: this thread uses the same connection, and the
 * caller waits for it ({@link #finish} or {@link #close}) before it commits or rolls back.
 */
final class BackgroundWriter implements AutoCloseable {

    /** Items per hand-over (a record counts twice: itself and its attribute JSON). */
    private static final int BATCH = 1_000;
    private static final List<Object> END = List.of();

    private final WasteRecordStore.Writer records;
    private final WasteStreamStore.Writer streams;
    /** Few batches in flight: enough to even out the two threads, few enough that GC does not copy them around. */
    private final BlockingQueue<List<Object>> queue = new ArrayBlockingQueue<>(3);
    private final Thread thread;
    private volatile Throwable failure;
    private volatile boolean aborted;
    private List<Object> batch = new ArrayList<>(BATCH);
    /** Reused for every row's attribute JSON on the caller's thread. */
    private final StringBuilder json = new StringBuilder(1024);
    private boolean finished;

    BackgroundWriter(WasteRecordStore.Writer records, WasteStreamStore.Writer streams) {
        this.records = records;
        this.streams = streams;
        this.thread = new Thread(this::drain, "lma-writer");
        thread.setDaemon(true);
        thread.start();
    }

    /** Queues a record; its extra attributes are turned into JSON here, on the caller's thread. */
    void add(WasteRecord r) throws SQLException {
        batch.add(r);
        batch.add(r.extra() instanceof RowAttributes a ? a.json(json) : WasteRecordStore.attributesJson(r.extra()));
        if (batch.size() >= BATCH) hand(batch);
    }

    void add(WasteStream s) throws SQLException {
        batch.add(s);
        if (batch.size() >= BATCH) hand(batch);
    }

    /** Writes what is left and waits for the thread; throws what the thread failed with. */
    void finish() throws SQLException {
        if (!batch.isEmpty()) hand(batch);
        hand(END);
        join();
        finished = true;
        rethrow();
    }

    private void hand(List<Object> b) throws SQLException {
        try {
            while (!queue.offer(b, 100, TimeUnit.MILLISECONDS)) rethrow();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SQLException("interrupted while writing", e);
        }
        rethrow();
        if (b != END) batch = new ArrayList<>(BATCH);
    }

    private void drain() {
        try {
            while (true) {
                List<Object> b = queue.take();
                if (b == END || aborted) return;
                for (int i = 0; i < b.size(); i++) {
                    Object o = b.get(i);
                    if (o instanceof WasteRecord r) records.add(r, (String) b.get(++i));
                    else streams.add((WasteStream) o);
                }
            }
        } catch (Throwable t) {
            failure = t;
        }
    }

    private void rethrow() throws SQLException {
        Throwable t = failure;
        if (t == null) return;
        if (t instanceof SQLException e) throw e;
        if (t instanceof RuntimeException e) throw e;
        if (t instanceof Error e) throw e;
        throw new SQLException(t);
    }

    private void join() {
        boolean interrupted = false;
        while (thread.isAlive()) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) Thread.currentThread().interrupt();
    }

    /** After a failure or cancel on the caller's side: stop writing and wait, so the rollback is safe. */
    @Override
    public void close() {
        if (finished) return;
        aborted = true;
        queue.clear();
        queue.offer(END);
        join();
    }
}
