package de.smartregion.model;

import java.util.Objects;

/** A maturity band on 0..100 that starts (inclusive) at {@code from}. */
public record Stage(double from, String id, Text label, Text description) {
    public Stage {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(label, "label");
    }
}
