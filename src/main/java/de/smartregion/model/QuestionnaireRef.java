package de.smartregion.model;

import java.util.Objects;

/** The questionnaire an answer file names: an id and, optionally, a version ({@code id@version}). */
public record QuestionnaireRef(String id, String version) {
    public QuestionnaireRef {
        Objects.requireNonNull(id, "id");
    }

    public static QuestionnaireRef parse(String text) {
        int at = text.indexOf('@');
        return at < 0 ? new QuestionnaireRef(text, null)
                : new QuestionnaireRef(text.substring(0, at), text.substring(at + 1));
    }

    public boolean matches(String otherId, String otherVersion) {
        return id.equals(otherId) && (version == null || version.equals(otherVersion));
    }

    @Override
    public String toString() {
        return version == null ? id : id + "@" + version;
    }
}
