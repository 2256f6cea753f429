package de.smartregion.model;

import java.util.Objects;

/** One of the theses a working digital strategy must meet (integrated, participatory, implementable). */
public record Thesis(String id, Text title, Text description, double threshold) {
    public Thesis {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        if (threshold < 0 || threshold > 100) {
            throw new IllegalArgumentException("threshold must be in 0..100: " + threshold);
        }
    }
}
