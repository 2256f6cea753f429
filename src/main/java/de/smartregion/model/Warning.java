package de.smartregion.model;

/**
 * Something a reader of the result should know, such as low coverage: one record per kind, holding what its message
 * needs, typed. {@link #code} is stable: the result JSON carries it, and the message key is {@code warning.<code>}.
 *
 * <p>Code that does something different per kind goes through {@link #accept}: a new kind then needs an
 * {@code accept} of its own and a method in {@link Cases}, and the compiler names every place that must handle it.
 */
public sealed interface Warning {

    /** The stable identifier of the kind, for scripts and message keys. */
    String code();

    /** Hands this warning to the method of {@code cases} for its kind. */
    <R> R accept(Cases<R> cases);

    /** One method per kind of warning: what to do with a warning of that kind. */
    interface Cases<R> {
        R lowCoverage(LowCoverage w);

        R fieldLowCoverage(FieldLowCoverage w);

        R fieldUnanswered(FieldUnanswered w);

        R missingAsZero(MissingAsZero w);

        R accountableNotHeard(AccountableNotHeard w);

        R withoutRole(WithoutRole w);
    }

    /**
     * Fewer of the applicable questions are answered than the scores can rest on.
     *
     * @param coverage answered / applicable questions, 0..1
     * @param threshold the coverage below which this is said, 0..1
     */
    record LowCoverage(double coverage, double threshold) implements Warning {
        public static final String CODE = "low-coverage";

        @Override
        public String code() {
            return CODE;
        }

        @Override
        public <R> R accept(Cases<R> cases) {
            return cases.lowCoverage(this);
        }
    }

    /** @param coverage answered / applicable questions of the field, 0..1 */
    record FieldLowCoverage(Field field, double coverage) implements Warning {
        public static final String CODE = "field-low-coverage";

        @Override
        public String code() {
            return CODE;
        }

        @Override
        public <R> R accept(Cases<R> cases) {
            return cases.fieldLowCoverage(this);
        }
    }

    /** No applicable question of the field is answered, so the field has no score and the index leaves it out. */
    record FieldUnanswered(Field field) implements Warning {
        public static final String CODE = "field-unanswered";

        @Override
        public String code() {
            return CODE;
        }

        @Override
        public <R> R accept(Cases<R> cases) {
            return cases.fieldUnanswered(this);
        }
    }

    /** @param questions how many applicable questions are unanswered and count as 0 (scoring rule missing: zero) */
    record MissingAsZero(int questions) implements Warning {
        public static final String CODE = "missing-as-zero";

        @Override
        public String code() {
            return CODE;
        }

        @Override
        public <R> R accept(Cases<R> cases) {
            return cases.missingAsZero(this);
        }
    }

    /**
     * No respondent of the role accountable for the facts took part: the fact questions are not heard, and the
     * scores rest on the other groups' perceptions alone.
     */
    record AccountableNotHeard(Role role) implements Warning {
        public static final String CODE = "accountable-not-heard";

        @Override
        public String code() {
            return CODE;
        }

        @Override
        public <R> R accept(Cases<R> cases) {
            return cases.accountableNotHeard(this);
        }
    }

    /**
     * @param respondents how many of several respondents name no role, although the questionnaire declares roles:
     *     their answers count as a group of their own on every question, the facts too
     */
    record WithoutRole(int respondents) implements Warning {
        public static final String CODE = "respondents-without-role";

        @Override
        public String code() {
            return CODE;
        }

        @Override
        public <R> R accept(Cases<R> cases) {
            return cases.withoutRole(this);
        }
    }
}
