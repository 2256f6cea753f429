package de.smartregion.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What every question has, whatever its type.
 *
 * @param theses affinity (0..1] of the question to each thesis it bears on
 * @param naAllowed whether "n/a" is a valid answer
 * @param requires ids of questions whose measures must come first in the roadmap
 */
public record QuestionBasics(
        String id,
        Text text,
        Text help,
        double weight,
        Map<String, Double> theses,
        boolean naAllowed,
        Effort effort,
        List<String> requires,
        Text recommendation) {

    public QuestionBasics {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(effort, "effort");
        if (!(weight > 0)) {
            throw new IllegalArgumentException("weight must be positive: " + weight);
        }
        theses = Collections.unmodifiableMap(new LinkedHashMap<>(theses));
        requires = List.copyOf(requires);
    }

    /** The affinity to a thesis, 0 when the question does not bear on it. */
    public double affinity(String thesisId) {
        return theses.getOrDefault(thesisId, 0.0);
    }
}
