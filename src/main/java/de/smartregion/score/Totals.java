package de.smartregion.score;

import de.smartregion.model.Aggregation;

/**
 * The running totals of a field score or of the overall index, summed in the order the members are added, as
 * docs/methodology.md defines them: the weighted mean Σ w s / Σ w, or the minimum. Also answers "and with one member's
 * score replaced?" in constant time, for impacts in questionnaires too large to re-score once per question.
 */
final class Totals {

    private final boolean min;
    private double weighted;
    private double weights;
    private double lowest = Double.POSITIVE_INFINITY;
    /** The least score of the others when the member at {@link #lowestAt} is taken out. */
    private double second = Double.POSITIVE_INFINITY;
    private int lowestAt = -1;
    private int count;

    Totals(Aggregation aggregation) {
        this.min = aggregation == Aggregation.MIN;
    }

    /** Adds member {@code key} (distinct per member) with its weight and a score that is not NaN. */
    void add(int key, double weight, double score) {
        count++;
        weighted += weight * score;
        weights += weight;
        // Double.compare orders as Math.min does, -0 below 0
        if (Double.compare(score, lowest) < 0) {
            second = lowest;
            lowest = score;
            lowestAt = key;
        } else if (Double.compare(score, second) < 0) {
            second = score;
        }
    }

    boolean isEmpty() {
        return count == 0;
    }

    /** The aggregate; NaN when no member was added. */
    double value() {
        if (count == 0) {
            return Double.NaN;
        }
        return min ? lowest : weighted / weights;
    }

    /**
     * The aggregate with member {@code key}, added with {@code weight} and {@code score}, scoring {@code replacement}.
     * A minimum is exact. A weighted mean gets the change of its sum in one addition: no change gives exactly
     * {@link #value()}, any other the same number as summing afresh up to the rounding of doubles, as the sums
     * of doubles depend on the order of their terms in their last digits anyway.
     */
    double valueWith(int key, double weight, double score, double replacement) {
        if (min) {
            return Math.min(key == lowestAt ? second : lowest, replacement);
        }
        return (weighted + (weight * replacement - weight * score)) / weights;
    }
}
