package de.smartregion.model;

import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.IntFunction;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * Scores by position, such as a municipality's field scores in questionnaire order, some of which may be absent.
 * An absent score is null here as everywhere else. The scores are kept as primitives, an absent one as NaN that never
 * leaves this class, so that a cohort of a hundred thousand rows stays small. Immutable; equal by content.
 */
public final class Scores implements Iterable<Double> {

    private final double[] values;

    private Scores(double[] values) {
        this.values = values;
    }

    /** @param scores null where there is none */
    public static Scores of(List<Double> scores) {
        return of(scores.size(), scores::get);
    }

    /** The {@code size} scores {@code score} gives by position, null where there is none. */
    public static Scores of(int size, IntFunction<Double> score) {
        double[] values = new double[size];
        for (int i = 0; i < size; i++) {
            Double s = score.apply(i);
            if (s != null && s.isNaN()) {
                throw new IllegalArgumentException("score " + i + " is NaN; an absent score is null");
            }
            values[i] = s == null ? Double.NaN : s;
        }
        return new Scores(values);
    }

    public int size() {
        return values.length;
    }

    /** The score at position {@code i}; null when there is none. */
    public Double get(int i) {
        double v = values[i];
        return Double.isNaN(v) ? null : v;
    }

    /** The scores in order, null where there is none. */
    public Stream<Double> stream() {
        return IntStream.range(0, values.length).mapToObj(this::get);
    }

    @Override
    public Iterator<Double> iterator() {
        return new Iterator<>() {
            private int next;

            @Override
            public boolean hasNext() {
                return next < values.length;
            }

            @Override
            public Double next() {
                if (next == values.length) {
                    throw new NoSuchElementException();
                }
                return get(next++);
            }
        };
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Scores s && Arrays.equals(values, s.values);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(values);
    }

    /** As a list prints, e.g. {@code [47.5, null]}. */
    @Override
    public String toString() {
        return stream().toList().toString();
    }
}
