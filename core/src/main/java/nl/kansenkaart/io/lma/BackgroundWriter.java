package nl.kansenkaart.io.lma;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import nl.kansenkaart.model.NotificationKind;
import nl.kansenkaart.model.WasteRecord;
import nl.kansenkaart.model.WasteStream;
import nl.kansenkaart.project.WasteRecordStore;
import nl.kansenkaart.project.WasteStreamStore;

/**
 * Writes accepted rows to the project on a second thread while the next rows are parsed. The
 * caller fills a batch (parameter values on a prepared statement, attribute JSON) and hands it
 * over; this thread only executes batches, the part that talks to SQLite. So the two halves of the
 * work overlap on two cores. Few batches are in flight, so memory stays flat however large the
 * file. The caller's transaction is still the only one: this thread uses the same connection, and
 * the caller waits for it ({@link #finish} or {@link #close}) before it commits or rolls back.
 */
final class BackgroundWriter implements AutoCloseable {

    private static final int BATCH = 1_000;
    private static final Object END = new Object();

    private final WasteRecordStore.Writer records;
    private final WasteStreamStore.Writer streams;
    /** Few batches in flight: enough to even out the two threads, few enough that GC does not copy them around. */
    private final BlockingQueue<Object> queue = new ArrayBlockingQueue<>(2);
    private final Thread thread;
    private volatile Throwable failure;
    private volatile boolean aborted;
    private WasteRecordStore.Writer.Batch recordBatch;
    private List<WasteStream> streamBatch = new ArrayList<>();
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

    /** Starts the rows of a table: its streams and amounts go to batches of their own. */
    void startRecords(NotificationKind kind, String sourceFile) throws SQLException {
        if (recordBatch != null && recordBatch.accepts(kind, sourceFile)) return;
        handOverRecords();
        recordBatch = records.newBatch(kind, sourceFile);
    }

    /** Adds a new stream (the descriptive fields of {@code first}) and returns its id. */
    long addStream(WasteRecord first) throws SQLException {
        return recordBatch.addStream(first, first.extra() instanceof RowAttributes a ? a.json(json)
                : WasteRecordStore.attributesJson(first.extra()));
    }

    /** Adds a notification row of a stream. */
    void addAmount(long streamId, int year, int month, double weightKg, int loads, long line) throws SQLException {
        recordBatch.addAmount(streamId, year, month, weightKg, loads, line);
        if (recordBatch.rows() >= BATCH) {
            WasteRecordStore.Writer.Batch full = recordBatch;
            handOverRecords();
            recordBatch = records.newBatch(full.kind(), full.sourceFile());
        }
    }

    void add(WasteStream s) throws SQLException {
        streamBatch.add(s);
        if (streamBatch.size() >= BATCH) handOverStreams();
    }

    /** Writes what is left and waits for the thread; throws what the thread failed with. */
    void finish() throws SQLException {
        handOverRecords();
        handOverStreams();
        hand(END);
        join();
        finished = true;
        rethrow();
    }

    private void handOverRecords() throws SQLException {
        if (recordBatch != null && !recordBatch.isEmpty()) hand(recordBatch);
        recordBatch = null;
    }

    private void handOverStreams() throws SQLException {
        if (streamBatch.isEmpty()) return;
        hand(streamBatch);
        streamBatch = new ArrayList<>();
    }

    private void hand(Object item) throws SQLException {
        try {
            while (!queue.offer(item, 100, TimeUnit.MILLISECONDS)) rethrow();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SQLException("interrupted while writing", e);
        }
        rethrow();
    }

    @SuppressWarnings("unchecked")
    private void drain() {
        try {
            while (true) {
                Object item = queue.take();
                if (item == END || aborted) return;
                if (item instanceof WasteRecordStore.Writer.Batch b) records.execute(b);
                else for (WasteStream s : (List<WasteStream>) item) streams.add(s);
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
