package de.smartregion.model;

import java.util.List;

/** Who answered: a role such as administration, council or citizens, and optionally a name. */
public record Respondent(String role, String name) {

    /**
     * The stakeholder groups a participatory assessment should hear; a report names those it did not. The ids are
     * also the usual values of {@code role}.
     */
    public static final List<String> STAKEHOLDER_GROUPS = List.of("administration", "council", "citizens",
            "businesses", "civil-society");
}
