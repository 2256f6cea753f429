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
                    if (!item.run(i) || Thread.currentThread().isInterrupted()) {
                        stop.set(true);
                    }
                }
            } catch (RuntimeException | Error e) {
                failure.compareAndSet(null, e);
                stop.set(true);
            }
        };
        Thread[] helpers = new Thread[Math.max(0, Math.min(threads, n) - 1)];
        try {
            for (int t = 0; t < helpers.length; t++) {
                Thread helper = new Thread(work, name);
                helper.setDaemon(true);
                helper.start();
                helpers[t] = helper;
            }
        } catch (RuntimeException | Error e) {
            // no more threads to be had: the ones started must stop before the caller's arrays are left
            stop.set(true);
            joinAll(helpers);
            throw e;
        }
        work.run();
        joinAll(helpers);
        if (Thread.interrupted()) {
            throw new InterruptedException();
        }
        Throwable failed = failure.get();
        if (failed instanceof RuntimeException r) {
            throw r;
        }
        if (failed instanceof Error err) {
            throw err;
        }
    }

    /**
     * Waits for every helper, interrupted or not, as none may still write into the caller's arrays afterwards; an
     * interrupt is kept for the caller to see.
     */
    private static void joinAll(Thread[] helpers) {
        boolean interrupted = false;
        for (Thread helper : helpers) {
            while (helper != null && helper.isAlive()) {
                try {
                    helper.join();
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
