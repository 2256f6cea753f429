package de.smartregion.model;

import java.util.Objects;

/** A row of a matrix question. */
public record Row(String id, Text label) {
    public Row {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(label, "label");
    }
}
