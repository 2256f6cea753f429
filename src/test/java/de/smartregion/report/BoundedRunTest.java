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

    @Test
    void whatTheWorkThrowsReachesTheCaller() {
        assertThatThrownBy(() -> BoundedRun.run("test-throws", LONG, () -> {
            throw new IllegalArgumentException("bad template");
        })).isInstanceOf(IllegalArgumentException.class).hasMessage("bad template");
    }

    private static int deep(int n) {
        return deep(n + 1) + 1;
    }
}
