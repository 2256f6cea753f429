package de.smartregion.model;

import java.util.Objects;

/** One value of an answer scale, with what must be true to reach it. */
public record Level(double value, Text label, Text description) {
    public Level {
        Objects.requireNonNull(label, "label");
    }
}
