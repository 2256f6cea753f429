package de.smartregion.report;

import de.smartregion.compare.Trend;
import de.smartregion.model.Questionnaire;
import de.smartregion.model.Role;
import de.smartregion.text.Messages;
import java.util.ArrayList;
import java.util.List;

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

    /**
     * Which groups each of two periods heard, when they differ, and that the change is therefore comparable only in
     * part; empty when they heard the same groups.
     */
    String heardOther(Trend.Point before, Trend.Point now) {
        if (!now.otherGroups()) {
            return "";
        }
        return messages.get("report.glance.change.roles", before.period(), labels(before.roles()), now.period(),
                labels(now.roles()));
    }

    /** As {@link #heardOther}, naming only the groups heard before: for a page that names the current ones. */
    String heardBefore(Trend.Point before, Trend.Point now) {
        return now.otherGroups() ? messages.get("report.glance.change.roles-before", before.period(),
                labels(before.roles())) : "";
    }

    private String labels(List<String> roles) {
        List<String> names = new ArrayList<>();
        for (String role : roles) {
            names.add(label(role));
        }
        return names.isEmpty() ? messages.get("report.role.none") : ThesisExplanations.joined(names, messages);
    }
}
