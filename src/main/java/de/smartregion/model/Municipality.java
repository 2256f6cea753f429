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

    /**
     * One municipality from what several respondents' files say of it, the most trusted first (the accountable
     * role's file): each detail from the first file that gives it, so that a survey file that names only the key
     * neither renames the municipality nor drops its type. A name equal to the key counts as not given.
     */
    public static Municipality described(List<Municipality> byTrust) {
        Municipality first = byTrust.get(0);
        String name = null;
        String state = null;
        String type = null;
        Long population = null;
        for (Municipality m : byTrust) {
            name = name == null && !m.name().equals(m.id()) ? m.name() : name;
            state = state == null ? m.state() : state;
            type = type == null ? m.type() : type;
            population = population == null ? m.population() : population;
        }
        return new Municipality(first.id(), name == null ? first.name() : name, state, type, population);
    }

    /** Whether the municipality spans several others (a Landkreis, a Region), so that no size class fits it. */
    public boolean regional() {
        return "Landkreis".equals(type) || "Region".equals(type);
    }
}
