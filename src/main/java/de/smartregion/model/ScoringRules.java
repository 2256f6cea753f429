package de.smartregion.model;

import java.util.Objects;

/** The questionnaire's `scoring` block. */
public record ScoringRules(Aggregation overall, MissingPolicy missing, int rounding) {

    public static final ScoringRules DEFAULT = new ScoringRules(Aggregation.WEIGHTED_MEAN, MissingPolicy.EXCLUDE, 1);

    public ScoringRules {
        Objects.requireNonNull(overall, "overall");
        Objects.requireNonNull(missing, "missing");
        if (rounding < 0 || rounding > 4) {
            throw new IllegalArgumentException("rounding must be 0..4: " + rounding);
        }
    }
}
