package de.smartregion.report;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs work that a user's template controls on a thread of its own, with a time limit and a stack of its own, so
 * that a template that loops, recurses or allocates without end ends the run with a message instead of hanging
 * it or taking the command down with an error. The work should stop when its thread is interrupted; work that
 * does not is left to finish on its daemon thread, which the end of the command ends.
 */
final class BoundedRun {

    /** The stack of a run: four times the JVM's usual thread stack, plenty for any sane nesting of templates. */
    static final long STACK_BYTES = 4L * 1024 * 1024;
    /** How long an interrupted run gets to stop before the caller goes on without it. */
    private static final Duration GRACE = Duration.ofSeconds(2);

    /** Which limit a run went beyond. */
    enum Limit { TIME, STACK, MEMORY }

    /** The run went beyond {@link #limit()}; whatever it had made is dropped. */
    static final class Exceeded extends Exception {
        private static final long serialVersionUID = 1L;
        private final Limit limit;

        Exceeded(Limit limit, Throwable cause) {
            super(limit.name(), cause);
            this.limit = limit;
        }

        Limit limit() {
            return limit;
        }
    }

    private BoundedRun() {
    }

    /**
     * @return what {@code work} returned
     * @throws Exceeded when it ran longer than {@code time}, overflowed its stack or ran out of memory
     * @throws Exception what {@code work} threw otherwise
     */
    static <T> T run(String name, Duration time, Callable<T> work) throws Exception {
        FutureTask<T> task = new FutureTask<>(work);
        Thread thread = new Thread(null, task, name, STACK_BYTES);
        thread.setDaemon(true);
        thread.start();
        try {
            return task.get(time.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            thread.interrupt();
            thread.join(GRACE.toMillis());
            throw new Exceeded(Limit.TIME, e);
        } catch (InterruptedException e) {
            thread.interrupt();
            Thread.currentThread().interrupt();
            throw e;
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            // an error may come wrapped, e.g. from a parse that ran on another thread
            for (Throwable t = cause; t != null; t = t.getCause()) {
                if (t instanceof StackOverflowError) {
                    throw new Exceeded(Limit.STACK, t);
                }
                if (t instanceof OutOfMemoryError) {
                    throw new Exceeded(Limit.MEMORY, t);
                }
            }
            if (cause instanceof Exception ex) {
                throw ex;
            }
            throw e;
        }
    }
}
