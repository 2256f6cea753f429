package de.smartregion.model;

import java.util.Objects;

/**
 * @param id stable key such as the Amtlicher Gemeindeschlüssel
 * @param population null when not given
 */
public record Municipality(String id, String name, String state, String type, Long population) {
    public Municipality {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        if (population != null && population < 0) {
            throw new IllegalArgumentException("population must not be negative");
        }
    }

    /** The municipality as problems and notes name it: its name and, since names repeat, its id. */
    public String label() {
        return name + " (" + id + ")";
    }
}
