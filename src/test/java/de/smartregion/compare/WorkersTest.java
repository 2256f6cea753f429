package de.smartregion.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class WorkersTest {

    @Test
    void everyIndexRunsOnceWhateverTheThreads() throws InterruptedException {
        for (int threads : new int[] {1, 2, 7}) {
            int[] runs = new int[1_000];
            Workers.forEach(runs.length, threads, "test", i -> {
                runs[i]++;
                return true;
            });
            assertThat(runs).as("%d threads", threads).containsOnly(1);
        }
    }

    @Test
    void falseStopsTheBatchAfterTheItemsUnderWay() throws InterruptedException {
        AtomicInteger ran = new AtomicInteger();
        Workers.forEach(10_000, 2, "test", i -> ran.incrementAndGet() < 10);
        assertThat(ran.get()).isBetween(10, 12);
    }

    @Test
    void anItemsFailureIsThrownToTheCallerAfterTheOthersStopped() {
        AtomicInteger ran = new AtomicInteger();
        assertThatThrownBy(() -> Workers.forEach(10_000, 3, "test", i -> {
            ran.incrementAndGet();
            if (i == 5) {
                throw new IllegalStateException("item 5");
            }
            return true;
        })).isInstanceOf(IllegalStateException.class).hasMessage("item 5");
        assertThat(ran.get()).isLessThan(10_000);
    }

    @Test
    void noItemsNoThreads() throws InterruptedException {
        Workers.forEach(0, 4, "test", i -> {
            throw new AssertionError("no item");
        });
    }
}
