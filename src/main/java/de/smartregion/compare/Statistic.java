package de.smartregion.compare;

/**
 * A statistic of a cohort's scores, in the order reports and JSON show them. Adding one means a constant here, its
 * column heading ({@code compare.KEY} in the message bundles) and its property in
 * {@code schemas/comparison.schema.json}; tests check both.
 */
public enum Statistic {
    N("n"),
    MIN("min"),
    P25("p25"),
    MEDIAN("median"),
    P75("p75"),
    MAX("max"),
    MEAN("mean");

    private final String key;

    Statistic(String key) {
        this.key = key;
    }

    /** The name in JSON and the message key's suffix. */
    public String key() {
        return key;
    }

    /** Whether this statistic is a count, shown and written as a whole number. */
    public boolean count() {
        return this == N;
    }

    /** This statistic of {@code sorted}, ascending and not empty. */
    double of(double[] sorted) {
        return switch (this) {
            case N -> sorted.length;
            case MIN -> sorted[0];
            case P25 -> Statistics.percentileInc(sorted, 0.25);
            case MEDIAN -> Statistics.percentileInc(sorted, 0.5);
            case P75 -> Statistics.percentileInc(sorted, 0.75);
            case MAX -> sorted[sorted.length - 1];
            case MEAN -> mean(sorted);
        };
    }

    private static double mean(double[] sorted) {
        double sum = 0;
        for (double x : sorted) {
            sum += x;
        }
        return sum / sorted.length;
    }
}
