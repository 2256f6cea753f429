package de.smartregion.model;

/** Who answered: a role such as administration, council or citizens, and optionally a name. */
public record Respondent(String role, String name) {
}
