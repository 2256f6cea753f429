package de.smartregion.cli;

import java.io.PrintWriter;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A progress bar on stderr for long batch runs, only on a terminal and only once a run has taken a while: a short
 * run or a script's captured stderr stays clean.
 */
final class Progress implements AutoCloseable {

    private static final long DELAY_MS = 1500;
    private static final long PERIOD_MS = 250;
    private static final int WIDTH = 30;

    private final AtomicInteger done = new AtomicInteger();
    private final ScheduledExecutorService ticker;
    private final PrintWriter err;
    private final int total;
    private volatile boolean shown;

    private Progress(PrintWriter err, int total, boolean enabled) {
        this.err = err;
        this.total = total;
        if (enabled) {
            ticker = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "smartregion-progress");
                t.setDaemon(true);
                return t;
            });
            ticker.scheduleAtFixedRate(this::draw, DELAY_MS, PERIOD_MS, TimeUnit.MILLISECONDS);
        } else {
            ticker = null;
        }
    }

    /** A progress bar when stderr is a terminal (and not --quiet); a silent counter otherwise. */
    static Progress start(PrintWriter err, int total, Terminal terminal, boolean quiet) {
        return new Progress(err, total, terminal.isTty() && !quiet && total > 0);
    }

    AtomicInteger counter() {
        return done;
    }

    private synchronized void draw() {
        int n = Math.min(done.get(), total);
        int filled = (int) ((long) WIDTH * n / total);
        err.print("\r[" + "#".repeat(filled) + " ".repeat(WIDTH - filled) + "] " + n + "/" + total);
        err.flush();
        shown = true;
    }

    @Override
    public synchronized void close() {
        if (ticker != null) {
            ticker.shutdownNow();
            if (shown) {
                // clear the bar so that the messages after it start on a clean line
                err.print("\r" + " ".repeat(WIDTH + 30) + "\r");
                err.flush();
            }
        }
    }
}
