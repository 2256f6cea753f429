package de.smartregion.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Values as Excel's PERCENTILE.INC and PERCENTRANK.INC give them. */
class StatisticsTest {

    @Test
    void percentilesInterpolateBetweenRanks() {
        double[] v = {1, 2, 3, 4};
        // rank p * (n - 1): p25 at 0.75 -> 1 + 0.75; median at 1.5 -> 2.5; p75 at 2.25 -> 3.25
        assertThat(Statistics.percentileInc(v, 0.25)).isCloseTo(1.75, within(1e-12));
        assertThat(Statistics.percentileInc(v, 0.5)).isCloseTo(2.5, within(1e-12));
        assertThat(Statistics.percentileInc(v, 0.75)).isCloseTo(3.25, within(1e-12));
        assertThat(Statistics.percentileInc(v, 0)).isEqualTo(1);
        assertThat(Statistics.percentileInc(v, 1)).isEqualTo(4);
        assertThat(Statistics.percentileInc(new double[] {7}, 0.25)).isEqualTo(7);
    }

    @Test
    void statisticsLeaveOutAbsentScores() {
        Statistics s = Statistics.of(Stream.of(40.0, null, 10.0, 30.0, 20.0, 100.0));
        assertThat(s.n()).isEqualTo(5);
        assertThat(s.get(Statistic.MIN)).isEqualTo(10);
        // sorted 10 20 30 40 100: p25 at rank 1 -> 20, median 30, p75 at rank 3 -> 40
        assertThat(s.get(Statistic.P25)).isEqualTo(20);
        assertThat(s.get(Statistic.MEDIAN)).isEqualTo(30);
        assertThat(s.get(Statistic.P75)).isEqualTo(40);
        assertThat(s.get(Statistic.MAX)).isEqualTo(100);
        assertThat(s.get(Statistic.MEAN)).isCloseTo(40, within(1e-12));
        assertThat(Statistics.of(Stream.of((Double) null))).isNull();
    }

    @Test
    void percentRankIsTheShareOfOthersBelow() {
        double[] v = {10, 20, 20, 40};
        assertThat(Statistics.percentRank(v, 10)).isEqualTo(0);
        assertThat(Statistics.percentRank(v, 20)).isCloseTo(100.0 / 3, within(1e-12));
        assertThat(Statistics.percentRank(v, 40)).isEqualTo(100);
        assertThat(Statistics.percentRank(new double[] {5}, 5)).isEqualTo(100);
    }
}
