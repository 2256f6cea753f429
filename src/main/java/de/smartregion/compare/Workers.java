package de.smartregion.compare;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Works through the items of a batch on several threads, the calling one among them: each thread takes the next
 * index as it becomes free, so that no task object is made per item of a cohort of 100,000, and a slow item holds up
 * no other. The caller keeps results by index, so that they come out in input order whatever the threads did.
 */
public final class Workers {

    /** The work on one item, by its index; false stops the batch once the items under way are done. */
    @FunctionalInterface
    public interface Item {
        boolean run(int index);
    }

    private Workers() {
    }

    /**
     * Runs {@code item} for every index below {@code n} on at most {@code threads} threads and returns when all of
     * them have stopped, so that no item is still under way afterwards. An unchecked exception of an item stops the
     * batch and is thrown here, after the other threads have stopped.
     */
    public static void forEach(int n, int threads, String name, Item item) throws InterruptedException {
        AtomicInteger next = new AtomicInteger();
        AtomicBoolean stop = new AtomicBoolean();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Runnable work = () -> {
            try {
                for (int i = next.getAndIncrement(); i < n && !stop.get(); i = next.getAndIncrement()) {
                    if (!item.run(i)) {
                        stop.set(true);
                    }
                }
            } catch (RuntimeException | Error e) {
                failure.compareAndSet(null, e);
                stop.set(true);
            }
        };
        Thread[] helpers = new Thread[Math.max(0, Math.min(threads, n) - 1)];
        for (int t = 0; t < helpers.length; t++) {
            helpers[t] = new Thread(work, name);
            helpers[t].setDaemon(true);
            helpers[t].start();
        }
        work.run();
        try {
            for (Thread helper : helpers) {
                helper.join();
            }
        } catch (InterruptedException e) {
            stop.set(true);
            for (Thread helper : helpers) {
                joinUninterruptibly(helper);
            }
            throw e;
        }
        Throwable failed = failure.get();
        if (failed instanceof RuntimeException r) {
            throw r;
        }
        if (failed instanceof Error err) {
            throw err;
        }
    }

    /** Waits for a helper that was told to stop, interrupted or not, and keeps the interrupt for the caller. */
    private static void joinUninterruptibly(Thread helper) {
        boolean interrupted = false;
        while (helper.isAlive()) {
            try {
                helper.join();
            } catch (InterruptedException again) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
