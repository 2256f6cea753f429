package de.smartregion.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The scored assessment of one municipality and period. {@code respondents} has one entry per answer file, with
 * null role and name where a file does not say who answered; {@code combination} names how their answers were
 * combined per question (median or mean). Scores are unrounded, 0..100 (question scores 0..1);
 * null where nothing was answered. Rounding happens only when writing.
 */
public record Result(
        Questionnaire questionnaire,
        Municipality municipality,
        String period,
        List<Respondent> respondents,
        String combination,
        Overall overall,
        List<ThesisResult> theses,
        boolean strategyWorks,
        List<FieldResult> fields,
        List<QuestionResult> questions,
        List<Priority> priorities,
        List<Warning> warnings) {

    public Result {
        respondents = List.copyOf(respondents);
        theses = List.copyOf(theses);
        fields = List.copyOf(fields);
        questions = List.copyOf(questions);
        priorities = List.copyOf(priorities);
        warnings = List.copyOf(warnings);
    }

    /** @param stage null when score is null */
    public record Overall(Double score, Stage stage, Double coverage, int answered, int applicable) {
    }

    public record ThesisResult(Thesis thesis, Double score, boolean met) {
    }

    /** @param theses thesis id to the field's thesis score, for theses the field's answers bear on */
    public record FieldResult(Field field, Double score, Stage stage, Double coverage, int answered,
                              int applicable, Map<String, Double> theses) {
        public FieldResult {
            theses = Collections.unmodifiableMap(new LinkedHashMap<>(theses));
        }
    }

    /**
     * @param answer the single respondent's answer; null when unanswered or when several respondents answered
     * @param answers each respondent's answer (null where one gave none), in the order of {@link #respondents()};
     *     empty when the result was scored from score vectors only
     * @param score 0..1, null when unanswered or n/a
     * @param target the target score 0..1, null for n/a
     * @param impact overall points gained by reaching the target; null when the question does not count
     * @param spread max - min of the respondents' scores
     */
    public record QuestionResult(Question question, Field field, Answer answer, List<Answer> answers, Double score,
                                 Double target, Double impact, double spread) {
        public QuestionResult {
            answers = Collections.unmodifiableList(new java.util.ArrayList<>(answers));
        }
    }

    public record Priority(Question question, Field field, double impact, double priority) {
        public Effort effort() {
            return question.basics().effort();
        }
    }
}
