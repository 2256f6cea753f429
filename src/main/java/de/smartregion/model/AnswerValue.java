package de.smartregion.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A given answer, typed by the question it answers. */
public sealed interface AnswerValue {

    record LevelValue(double value) implements AnswerValue {
    }

    record ChoiceValue(String option) implements AnswerValue {
    }

    record BoolValue(boolean value) implements AnswerValue {
    }

    record MultiValue(List<String> options) implements AnswerValue {
        public MultiValue {
            options = List.copyOf(options);
        }
    }

    record NumberValue(double value) implements AnswerValue {
    }

    /** Row id to a {@link ChoiceValue} (select one) or a {@link MultiValue} (select many). */
    record MatrixValue(Map<String, AnswerValue> rows) implements AnswerValue {
        public MatrixValue {
            rows = Collections.unmodifiableMap(new LinkedHashMap<>(rows));
        }
    }
}
