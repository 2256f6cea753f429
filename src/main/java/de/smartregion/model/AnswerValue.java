package de.smartregion.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A given answer, typed by the question it answers.
 *
 * <p>Code that does something different per type goes through {@link #accept}, so that the compiler names every
 * place a new type must be handled (see {@link Question}).
 */
public sealed interface AnswerValue {

    /** Hands this value to the method of {@code cases} for its type. */
    <R> R accept(Cases<R> cases);

    /** One method per answer type: what to do with a value of that type. */
    interface Cases<R> {
        R level(LevelValue v);

        R choice(ChoiceValue v);

        R bool(BoolValue v);

        R multi(MultiValue v);

        R number(NumberValue v);

        R matrix(MatrixValue v);
    }

    record LevelValue(double value) implements AnswerValue {
        @Override
        public <R> R accept(Cases<R> cases) {
            return cases.level(this);
        }
    }

    record ChoiceValue(String option) implements AnswerValue {
        @Override
        public <R> R accept(Cases<R> cases) {
            return cases.choice(this);
        }
    }

    record BoolValue(boolean value) implements AnswerValue {
        @Override
        public <R> R accept(Cases<R> cases) {
            return cases.bool(this);
        }
    }

    record MultiValue(List<String> options) implements AnswerValue {
        public MultiValue {
            options = List.copyOf(options);
        }

        @Override
        public <R> R accept(Cases<R> cases) {
            return cases.multi(this);
        }
    }

    record NumberValue(double value) implements AnswerValue {
        @Override
        public <R> R accept(Cases<R> cases) {
            return cases.number(this);
        }
    }

    /** Row id to a {@link ChoiceValue} (select one) or a {@link MultiValue} (select many). */
    record MatrixValue(Map<String, AnswerValue> rows) implements AnswerValue {
        public MatrixValue {
            rows = Collections.unmodifiableMap(new LinkedHashMap<>(rows));
        }

        @Override
        public <R> R accept(Cases<R> cases) {
            return cases.matrix(this);
        }
    }
}
