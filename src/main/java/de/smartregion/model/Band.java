package de.smartregion.model;

/** A band of a number question: values from {@code from} upwards score {@code score}. */
public record Band(double from, double score) {
    public Band {
        if (score < 0 || score > 1) {
            throw new IllegalArgumentException("band score must be in 0..1: " + score);
        }
    }
}
