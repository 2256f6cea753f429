package de.smartregion.model;

import java.util.List;
import java.util.Objects;

/**
 * What must hold for a thesis to be met, whatever its score: a question answered at least at a bound, or one of
 * several such conditions. A thesis score is a mean, and a mean lets strong answers hide a missing foundation (a
 * strategy linked to nothing, a plan nobody reviews); a condition cannot be outweighed.
 */
public sealed interface Condition permits Condition.Bound, Condition.AnyOf {

    /**
     * Holds when the question is answered (not n/a, not missing) and its score reaches {@code score}.
     *
     * @param question the id of the question
     * @param atLeast the bound as written: a {@link AnswerValue.ChoiceValue} (option id), a
     *     {@link AnswerValue.LevelValue} (level value) or a {@link AnswerValue.BoolValue}; null when the bound was
     *     written as a plain {@code score}
     * @param score the bound as a score in [0,1]: the option's score, the level's score by the scale formula, or
     *     the {@code score} as written
     */
    record Bound(String question, AnswerValue atLeast, double score) implements Condition {
        public Bound {
            Objects.requireNonNull(question, "question");
            if (!(score >= 0 && score <= 1)) {
                throw new IllegalArgumentException("a bound's score must be in [0,1]: " + score);
            }
            if (atLeast != null && !(atLeast instanceof AnswerValue.ChoiceValue
                    || atLeast instanceof AnswerValue.LevelValue || atLeast instanceof AnswerValue.BoolValue)) {
                throw new IllegalArgumentException("atLeast is an option, a level or yes/no: " + atLeast);
            }
        }

        @Override
        public List<String> questions() {
            return List.of(question);
        }
    }

    /** Holds when at least one of its conditions holds; never empty. */
    record AnyOf(List<Condition> items) implements Condition {
        public AnyOf {
            items = List.copyOf(items);
            if (items.isEmpty()) {
                throw new IllegalArgumentException("anyOf needs at least one condition");
            }
        }

        @Override
        public List<String> questions() {
            return items.stream().flatMap(c -> c.questions().stream()).toList();
        }
    }

    /** The ids of the questions the condition looks at, in the order written. */
    List<String> questions();
}
