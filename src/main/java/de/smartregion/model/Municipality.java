package de.smartregion.model;

import java.util.List;
import java.util.Objects;

/**
 * @param id stable key such as the Amtlicher Gemeindeschlüssel
 * @param population null when not given
 */
public record Municipality(String id, String name, String state, String type, Long population) {

    /** The municipality types: a {@code type} is one of them or null (not given). */
    public static final List<String> TYPES = List.of("Gemeinde", "Stadt", "Landkreis", "Region");

    public Municipality {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        if (type != null && !TYPES.contains(type)) {
            throw new IllegalArgumentException("unknown municipality type " + type);
        }
        if (population != null && population < 0) {
            throw new IllegalArgumentException("population must not be negative");
        }
    }

    /** The municipality as problems and notes name it: its name and, since names repeat, its id. */
    public String label() {
        return name + " (" + id + ")";
    }

    /** Whether the municipality spans several others (a Landkreis, a Region), so that no size class fits it. */
    public boolean regional() {
        return "Landkreis".equals(type) || "Region".equals(type);
    }
}
