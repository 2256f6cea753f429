package de.smartregion.model;

import java.util.Objects;

/**
 * A group that may answer the questionnaire, such as the administration, the council or the citizens.
 *
 * @param label the group's name in each language; an answer file may name its respondent's role by it
 * @param accountable whether the role answers for the facts (the administration): a high answer to a question
 *     asked of it needs evidence, while a stakeholder group's perception does not
 */
public record Role(String id, Text label, boolean accountable) {

    public Role {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(label, "label");
    }
}
