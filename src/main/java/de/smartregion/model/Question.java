package de.smartregion.model;

import java.util.List;

/**
 * A question of a field of action. Each type knows its own answer options; scoring lives in {@code score}.
 *
 * <p>Code that does something different per type goes through {@link #accept}: a new type then needs an
 * {@code accept} of its own and a method in {@link Cases}, and the compiler names every place that must handle it.
 */
public sealed interface Question
        permits Question.Scale, Question.Choice, Question.Bool, Question.Multi, Question.Number, Question.Matrix {

    QuestionBasics basics();

    /** The type's name as written in the questionnaire. */
    String type();

    /** The same question with other basics, e.g. once its duty, which needs the question's options, is read. */
    Question with(QuestionBasics basics);

    /** Hands this question to the method of {@code cases} for its type. */
    <R> R accept(Cases<R> cases);

    /** One method per question type: what to do with a question of that type. */
    interface Cases<R> {
        R scale(Scale q);

        R choice(Choice q);

        R bool(Bool q);

        R multi(Multi q);

        R number(Number q);

        R matrix(Matrix q);
    }

    default String id() {
        return basics().id();
    }

    /** Answered with one level value; scored linearly between the lowest and the highest level. */
    record Scale(QuestionBasics basics, List<Level> levels) implements Question {
        public Scale {
            levels = List.copyOf(levels);
            if (levels.size() < 2) {
                throw new IllegalArgumentException("a scale needs at least two levels");
            }
        }

        public double lowest() {
            return levels.get(0).value();
        }

        public double highest() {
            return levels.get(levels.size() - 1).value();
        }

        @Override
        public String type() {
            return "scale";
        }

        @Override
        public <R> R accept(Cases<R> cases) {
            return cases.scale(this);
        }

        @Override
        public Question with(QuestionBasics basics) {
            return new Scale(basics, levels);
        }
    }

    /** Answered with one option id; each option carries its score. */
    record Choice(QuestionBasics basics, List<Option> options) implements Question {
        public Choice {
            options = List.copyOf(options);
            if (options.isEmpty()) {
                throw new IllegalArgumentException("a choice needs options");
            }
        }

        @Override
        public String type() {
            return "choice";
        }

        @Override
        public <R> R accept(Cases<R> cases) {
            return cases.choice(this);
        }

        @Override
        public Question with(QuestionBasics basics) {
            return new Choice(basics, options);
        }
    }

    /** Answered yes or no. */
    record Bool(QuestionBasics basics) implements Question {
        @Override
        public String type() {
            return "boolean";
        }

        @Override
        public <R> R accept(Cases<R> cases) {
            return cases.bool(this);
        }

        @Override
        public Question with(QuestionBasics basics) {
            return new Bool(basics);
        }
    }

    /**
     * Answered with a list of option ids; the selected weights add up against {@code max}.
     *
     * @param max the sum of weights that earns full marks
     */
    record Multi(QuestionBasics basics, List<Option> options, double max) implements Question {
        public Multi {
            options = List.copyOf(options);
            if (!(max > 0)) {
                throw new IllegalArgumentException("max must be positive: " + max);
            }
        }

        @Override
        public String type() {
            return "multi";
        }

        @Override
        public <R> R accept(Cases<R> cases) {
            return cases.multi(this);
        }

        @Override
        public Question with(QuestionBasics basics) {
            return new Multi(basics, options, max);
        }
    }

    /** Answered with a number, scored linearly between two bounds or by bands. */
    record Number(QuestionBasics basics, String unit, NumberScoring scoring) implements Question {
        @Override
        public String type() {
            return "number";
        }

        @Override
        public <R> R accept(Cases<R> cases) {
            return cases.number(this);
        }

        @Override
        public Question with(QuestionBasics basics) {
            return new Number(basics, unit, scoring);
        }
    }

    /**
     * Answered per row: one option per row ({@code select: one}) or several ({@code select: many}).
     *
     * @param max per row, the sum of weights that earns full marks (select many only)
     */
    record Matrix(QuestionBasics basics, boolean many, List<Row> rows, List<Option> options, double max)
            implements Question {
        public Matrix {
            rows = List.copyOf(rows);
            options = List.copyOf(options);
            if (rows.isEmpty() || options.isEmpty()) {
                throw new IllegalArgumentException("a matrix needs rows and options");
            }
        }

        @Override
        public String type() {
            return "matrix";
        }

        @Override
        public <R> R accept(Cases<R> cases) {
            return cases.matrix(this);
        }

        @Override
        public Question with(QuestionBasics basics) {
            return new Matrix(basics, many, rows, options, max);
        }
    }
}
