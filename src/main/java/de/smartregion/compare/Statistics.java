package de.smartregion.compare;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * The distribution of one score across a cohort: each {@link Statistic}, with percentiles interpolated linearly
 * between ranks as Excel's PERCENTILE.INC does, so that an analyst can check every figure in a spreadsheet.
 */
public record Statistics(Map<Statistic, Double> values) {

    public Statistics {
        if (!values.keySet().containsAll(EnumSet.allOf(Statistic.class))) {
            throw new IllegalArgumentException("statistics without " + EnumSet.complementOf(EnumSet.copyOf(
                    values.keySet())));
        }
        values = Collections.unmodifiableMap(new EnumMap<>(values));
    }

    /** The statistics of the scores, absent ones (null) left out; null when there are none. */
    public static Statistics of(Stream<Double> scores) {
        double[] v = scores.filter(Objects::nonNull).mapToDouble(Double::doubleValue).sorted().toArray();
        if (v.length == 0) {
            return null;
        }
        Map<Statistic, Double> stats = new EnumMap<>(Statistic.class);
        for (Statistic s : Statistic.values()) {
            stats.put(s, s.of(v));
        }
        return new Statistics(stats);
    }

    public double get(Statistic statistic) {
        return values.get(statistic);
    }

    /** How many scores there are. */
    public int n() {
        return (int) get(Statistic.N);
    }

    /** PERCENTILE.INC of ascending {@code sorted} at {@code p} in [0,1]: rank p × (n − 1), interpolated. */
    public static double percentileInc(double[] sorted, double p) {
        double rank = p * (sorted.length - 1);
        int lower = (int) Math.floor(rank);
        int upper = Math.min(lower + 1, sorted.length - 1);
        return sorted[lower] + (rank - lower) * (sorted[upper] - sorted[lower]);
    }

    /**
     * PERCENTRANK.INC as a percentage: the share of the other values that lie below {@code x}, 0 for the lowest and
     * 100 for the highest; 100 for a cohort of one.
     */
    public static double percentRank(double[] sorted, double x) {
        if (sorted.length == 1) {
            return 100;
        }
        // binary search for the first value not below x: a cohort of 100,000 must not cost 10^10 steps
        int lo = 0;
        int hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] < x) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return 100.0 * lo / (sorted.length - 1);
    }
}
