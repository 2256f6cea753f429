package de.smartregion.model;

import java.util.List;
import java.util.Objects;

/**
 * The texts of a question's measure once its answers already go part of the way. A question's
 * {@code recommendation} is written for its lowest answers; told to a municipality whose answer says it has done
 * that much, it asks for what is in place. Each step names a bound on the question's answers, as a thesis condition
 * does, and the text of what is left to do from there.
 *
 * @param steps ascending by bound, at least one
 */
public record Recommendations(List<Step> steps) {

    /**
     * Scores that differ from a bound by rounding noise only (a median of two respondents, a level's score) reach
     * it, as when thesis conditions are judged.
     */
    static final double TOLERANCE = 1e-9;

    public Recommendations {
        steps = List.copyOf(steps);
        if (steps.isEmpty()) {
            throw new IllegalArgumentException("recommendations need at least one step");
        }
        for (int i = 1; i < steps.size(); i++) {
            Condition.Bound previous = steps.get(i - 1).atLeast();
            Condition.Bound bound = steps.get(i).atLeast();
            if (!bound.question().equals(previous.question())) {
                throw new IllegalArgumentException("steps bound two questions: " + previous.question() + ", "
                        + bound.question());
            }
            // two steps at one score would leave the first never shown
            if (!(bound.score() > previous.score())) {
                throw new IllegalArgumentException("steps must ascend: " + bound.score() + " follows "
                        + previous.score());
            }
        }
    }

    /** The id of the question the steps bound. */
    public String question() {
        return steps.get(0).atLeast().question();
    }

    /** The text of the highest step {@code score} reaches; null when it reaches none. */
    public Text reachedBy(double score) {
        Text reached = null;
        for (Step s : steps) {
            if (score >= s.atLeast().score() - TOLERANCE) {
                reached = s.text();
            }
        }
        return reached;
    }

    /**
     * One step: from {@code atLeast} on, the measure reads {@code text}.
     *
     * @param atLeast the bound as a thesis condition writes it: an option, a level, yes, or a plain score
     * @param text what is left to do; not blank in any language
     */
    public record Step(Condition.Bound atLeast, Text text) {
        public Step {
            Objects.requireNonNull(atLeast, "atLeast");
            Objects.requireNonNull(text, "text");
            for (String t : text.byLanguage().values()) {
                if (t.isBlank()) {
                    throw new IllegalArgumentException("a step's text is blank: " + text);
                }
            }
        }
    }
}
