package de.smartregion.report;

import de.smartregion.model.Questionnaire;
import de.smartregion.model.Role;
import de.smartregion.text.Messages;

/** A role as a report names it: by the questionnaire's label in the report's language. */
final class RoleLabels {

    private final Messages messages;
    private final Questionnaire questionnaire;

    RoleLabels(Messages messages, Questionnaire questionnaire) {
        this.messages = messages;
        this.questionnaire = questionnaire;
    }

    /**
     * The label of a declared role; a role the questionnaire does not declare (it declares none) as written, and
     * the respondents who name no role as such.
     */
    String label(String id) {
        if (id == null) {
            return messages.get("report.role.none");
        }
        Role role = questionnaire.role(id);
        return role == null ? id : role.label().in(messages.language(), questionnaire.defaultLanguage());
    }
}
