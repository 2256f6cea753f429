package de.smartregion.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;

/** Runs on a thread of their own, kept for the caller's next run, replaced after a run that went beyond its time. */
class BoundedRunTest {

    private static final Duration LONG = Duration.ofSeconds(30);

    @Test
    void aCallersRunsShareOneThreadWithTheRunsStack() throws Exception {
        Thread first = BoundedRun.run("test-run", LONG, Thread::currentThread);
        Thread second = BoundedRun.run("test-run", LONG, Thread::currentThread);
        assertThat(first).isSameAs(second).isNotSameAs(Thread.currentThread());
        assertThat(first.getName()).isEqualTo("test-run");
        assertThat(first.isDaemon()).isTrue();
        assertThat(BoundedRun.run("other-run", LONG, Thread::currentThread)).isNotSameAs(first);
    }

    @Test
    void aRunBeyondItsTimeIsLeftAndTheNextGetsAFreshThread() throws Exception {
        Thread before = BoundedRun.run("test-timed", LONG, Thread::currentThread);
        CountDownLatch interrupted = new CountDownLatch(1);
        assertThatThrownBy(() -> BoundedRun.run("test-timed", Duration.ofMillis(50), () -> {
            try {
                Thread.sleep(60_000);
            } catch (InterruptedException e) {
                interrupted.countDown();
            }
            return null;
        })).isInstanceOfSatisfying(BoundedRun.Exceeded.class,
                e -> assertThat(e.limit()).isEqualTo(BoundedRun.Limit.TIME));
        assertThat(interrupted.getCount()).as("the run was interrupted").isZero();
        Thread after = BoundedRun.run("test-timed", LONG, Thread::currentThread);
        assertThat(after).isNotSameAs(before);
        assertThat(BoundedRun.run("test-timed", LONG, () -> "still works")).isEqualTo("still works");
    }

    @Test
    void aStackOverflowEndsItsRunOnlyAndTheThreadServesTheNext() throws Exception {
        Thread before = BoundedRun.run("test-deep", LONG, Thread::currentThread);
        assertThatThrownBy(() -> BoundedRun.run("test-deep", LONG, () -> deep(0)))
                .isInstanceOfSatisfying(BoundedRun.Exceeded.class,
                        e -> assertThat(e.limit()).isEqualTo(BoundedRun.Limit.STACK));
        assertThat(BoundedRun.run("test-deep", LONG, Thread::currentThread)).isSameAs(before);
    }

    /** A depth that overflows the JVM's usual 512 KB to 1 MB stack and fits the run's 4 MB. */
    @Test
    void theRunsStackHoldsWhatAUsualThreadsCannot() throws Exception {
        int depth = 40_000;
        Thread usual = new Thread(() -> deepFrames(depth));
        Throwable[] failed = new Throwable[1];
        usual.setUncaughtExceptionHandler((t, e) -> failed[0] = e);
        usual.start();
        usual.join();
        assertThat(failed[0]).as("a usual thread overflows at this depth").isInstanceOf(StackOverflowError.class);
        assertThat(BoundedRun.run("test-stack", LONG, () -> deepFrames(depth))).isEqualTo(depth);
    }

    @Test
    void aCallerInterruptedWhileItsRunIgnoresItLeavesThatThreadBehind() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Thread caller = Thread.currentThread();
        Thread interrupter = new Thread(() -> {
            try {
                started.await();
            } catch (InterruptedException e) {
                return;
            }
            caller.interrupt();
        });
        interrupter.start();
        try {
            assertThatThrownBy(() -> BoundedRun.run("test-interrupted", LONG, () -> {
                started.countDown();
                // ignores interrupts, as a stuck template may
                while (true) {
                    try {
                        if (release.await(10, java.util.concurrent.TimeUnit.SECONDS)) {
                            return null;
                        }
                    } catch (InterruptedException ignored) {
                        // keeps running
                    }
                }
            })).isInstanceOf(InterruptedException.class);
            assertThat(Thread.interrupted()).as("the caller's interrupt is kept").isTrue();
            long before = System.nanoTime();
            assertThat(BoundedRun.run("test-interrupted", Duration.ofSeconds(3), () -> "next")).isEqualTo("next");
            assertThat(Duration.ofNanos(System.nanoTime() - before)).as("not queued behind the stuck run")
                    .isLessThan(Duration.ofSeconds(2));
        } finally {
            release.countDown();
            interrupter.join();
        }
    }

    @Test
    void whatTheWorkThrowsReachesTheCaller() {
        assertThatThrownBy(() -> BoundedRun.run("test-throws", LONG, () -> {
            throw new IllegalArgumentException("bad template");
        })).isInstanceOf(IllegalArgumentException.class).hasMessage("bad template");
    }

    /** Recursion with a few locals per frame, returning how deep it went. */
    private static int deepFrames(int n) {
        long a = n;
        long b = a * 3;
        return n == 0 ? 0 : deepFrames(n - 1) + (int) (b - a * 3) + 1;
    }

    private static int deep(int n) {
        return deep(n + 1) + 1;
    }
}
