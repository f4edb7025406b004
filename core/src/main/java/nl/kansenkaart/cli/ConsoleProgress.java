package nl.kansenkaart.cli;

import java.io.PrintWriter;
import nl.kansenkaart.io.ImportProgress;

/**
 * Progress of a long import on the terminal: one self-overwriting line on stderr every two
 * seconds, only when a person is watching (a console is attached), so logs and pipes stay clean.
 */
final class ConsoleProgress implements ImportProgress {

    private static final long INTERVAL_NANOS = 2_000_000_000L;

    private final PrintWriter err;
    private final boolean enabled;
    private long last = System.nanoTime();
    private boolean printed;

    ConsoleProgress(PrintWriter err) {
        this.err = err;
        this.enabled = System.console() != null;
    }

    @Override
    public void update(long done, long total, long rows) {
        if (!enabled) return;
        long now = System.nanoTime();
        if (now - last < INTERVAL_NANOS) return;
        last = now;
        String pct = total > 0 ? String.format(" (%d%%)", Math.min(100, done * 100 / total)) : "";
        err.printf("\rimporting: %,d rows%s   ", rows, pct);
        err.flush();
        printed = true;
    }

    @Override
    public boolean isCancelled() {
        return false;
    }

    /** Ends the progress line so the next output starts on a fresh line. */
    void finish() {
        if (printed) {
            err.println();
            err.flush();
        }
    }
}
