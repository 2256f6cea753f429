package de.smartregion.model;

import java.util.List;
import java.util.Objects;

/**
 * One of the theses a working digital strategy must meet (integrated, participatory, implementable).
 *
 * @param missing what this thesis's unanswered questions count as in its score (the questionnaire's
 *     {@code scoring.missing} unless the thesis sets its own)
 * @param conditions all must hold for the thesis to be met, whatever its score; may be empty
 */
public record Thesis(String id, Text title, Text description, double threshold, MissingPolicy missing,
                     List<Condition> conditions) {
    public Thesis {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(missing, "missing");
        conditions = List.copyOf(conditions);
        if (threshold < 0 || threshold > 100) {
            throw new IllegalArgumentException("threshold must be in 0..100: " + threshold);
        }
    }

    /** A thesis without conditions, scored with the questionnaire's default for unanswered questions. */
    public Thesis(String id, Text title, Text description, double threshold) {
        this(id, title, description, threshold, MissingPolicy.EXCLUDE, List.of());
    }
}
