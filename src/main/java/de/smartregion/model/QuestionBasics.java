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
 * @param appliesTo the municipality types the question is asked of; empty for every type
 * @param asked the ids of the roles whose answers count; empty for every role
 * @param recommendation the measure for answers below every step of {@code recommendations}, and for none;
 *     null when the question has none (its text then names the measure)
 * @param duty the legal minimum of the answers, null when the question has none
 * @param recommendations the measure's texts once the answers reach a bound, null when one text serves every answer
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
        Text recommendation,
        List<String> appliesTo,
        List<String> asked,
        Duty duty,
        Recommendations recommendations) {

    public QuestionBasics {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(effort, "effort");
        if (!(weight > 0)) {
            throw new IllegalArgumentException("weight must be positive: " + weight);
        }
        theses = Collections.unmodifiableMap(new LinkedHashMap<>(theses));
        requires = List.copyOf(requires);
        appliesTo = List.copyOf(appliesTo);
        asked = List.copyOf(asked);
        if (!Municipality.TYPES.containsAll(appliesTo)) {
            throw new IllegalArgumentException("unknown municipality type in " + appliesTo);
        }
        if (duty != null && !duty.minimum().question().equals(id)) {
            throw new IllegalArgumentException("the duty of " + id + " bounds " + duty.minimum().question());
        }
        if (recommendations != null && !recommendations.question().equals(id)) {
            throw new IllegalArgumentException("the recommendations of " + id + " bound "
                    + recommendations.question());
        }
        // below the first step some text must name the measure, and the question's text asks, it does not advise
        if (recommendations != null && recommendation == null) {
            throw new IllegalArgumentException("recommendations of " + id + " without a recommendation");
        }
    }

    /**
     * Whether the question is asked of this municipality: of every type when {@code appliesTo} is empty, and of
     * one whose type is not given, as nothing says it does not apply.
     */
    public boolean appliesTo(Municipality municipality) {
        return appliesTo.isEmpty() || municipality.type() == null || appliesTo.contains(municipality.type());
    }

    /**
     * Whether the question is asked of {@code role} (an id): of every role when {@code asked} is empty. For a
     * respondent who names no role, see {@code Questionnaire.asks}.
     */
    public boolean askedOf(String role) {
        return asked.isEmpty() || asked.contains(role);
    }

    /** The same basics with {@code duty} as the legal minimum. */
    public QuestionBasics withDuty(Duty duty) {
        return new QuestionBasics(id, text, help, weight, theses, naAllowed, effort, requires, recommendation,
                appliesTo, asked, duty, recommendations);
    }

    /** The same basics with {@code recommendations} as the measure's texts once the answers reach a bound. */
    public QuestionBasics withRecommendations(Recommendations recommendations) {
        return new QuestionBasics(id, text, help, weight, theses, naAllowed, effort, requires, recommendation,
                appliesTo, asked, duty, recommendations);
    }

    /**
     * The recommendation for answers that score {@code score} (combined over respondents): the highest step it
     * reaches, else {@code recommendation}, which also serves a question unanswered or n/a (null score); null
     * when the question has none.
     */
    public Text recommendationFor(Double score) {
        Text reached = recommendations == null || score == null ? null : recommendations.reachedBy(score);
        return reached != null ? reached : recommendation;
    }

    /** The affinity to a thesis, 0 when the question does not bear on it. */
    public double affinity(String thesisId) {
        return theses.getOrDefault(thesisId, 0.0);
    }
}
