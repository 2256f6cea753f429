package de.smartregion.model;

import java.util.Objects;

/** One respondent's answer to one question. An unanswered question has no {@code Answer} at all. */
public sealed interface Answer {

    String note();

    /** The question does not apply to this municipality. */
    record NotApplicable(String note) implements Answer {
    }

    /**
     * @param target the answer the municipality aims for; null means the best answer
     */
    record Given(AnswerValue value, AnswerValue target, String note, String evidence) implements Answer {
        public Given {
            Objects.requireNonNull(value, "value");
        }
    }
}
