package de.smartregion.model;

import java.util.Objects;

/**
 * An answer option. Choice options use {@code score}; multi options use {@code weight} and may be
 * {@code exclusive} ("none of these").
 */
public record Option(String id, Text label, double score, double weight, boolean exclusive) {
    public Option {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(label, "label");
    }
}
