package de.smartregion.report;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs work that a user's template controls on a thread of its own, with a time limit and a stack of its own, so
 * that a template that loops, recurses or allocates without end ends the run with a message instead of hanging
 * it or taking the command down with an error. The work should stop when its thread is interrupted; work that
 * does not is left to finish on its daemon thread, which the end of the command ends.
 *
 * <p>Each calling thread keeps its run thread of a name for its next run, until it has been idle for ten seconds: a
 * report run of 1,000 municipalities started 2,000 threads otherwise, some 15 % of its report threads' time
 * (bench/README.md). A thread whose run went beyond its time is left to itself and replaced.
 */
final class BoundedRun {

    /** The stack of a run: four times the JVM's usual thread stack, plenty for any sane nesting of templates. */
    static final long STACK_BYTES = 4L * 1024 * 1024;
    /**
     * How long a run thread waits for the next run before it ends: longer than a report's other work between two
     * template runs, a PDF included.
     */
    private static final Duration IDLE = Duration.ofSeconds(10);
    /** The run threads of the calling thread, by name. */
    private static final ThreadLocal<Map<String, ThreadPoolExecutor>> RUNNERS = ThreadLocal.withInitial(HashMap::new);
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
        Map<String, ThreadPoolExecutor> runners = RUNNERS.get();
        ThreadPoolExecutor runner = runners.computeIfAbsent(name, BoundedRun::runner);
        Future<T> task = runner.submit(work);
        try {
            return task.get(time.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            runners.remove(name);
            runner.shutdownNow();
            runner.awaitTermination(GRACE.toMillis(), TimeUnit.MILLISECONDS);
            throw new Exceeded(Limit.TIME, e);
        } catch (InterruptedException e) {
            // the run may not stop: the next run must not queue behind it
            runners.remove(name);
            runner.shutdownNow();
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

    /** One daemon thread with the run's stack, made when a run comes and ended when none came for {@link #IDLE}. */
    private static ThreadPoolExecutor runner(String name) {
        ThreadPoolExecutor runner = new ThreadPoolExecutor(1, 1, IDLE.toMillis(), TimeUnit.MILLISECONDS,
                new LinkedBlockingQueue<>(), work -> {
                    Thread thread = new Thread(null, work, name, STACK_BYTES);
                    thread.setDaemon(true);
                    return thread;
                });
        runner.allowCoreThreadTimeOut(true);
        return runner;
    }
}
