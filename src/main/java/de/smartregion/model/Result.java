package de.smartregion.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The scored assessment of one municipality and period. {@code respondents} has one entry per answer file, with
 * null role and name where a file does not say who answered; {@code combination} names how their answers were
 * combined per question (median or mean). Scores are unrounded, 0..100 (question scores 0..1);
 * null where nothing was answered. Rounding happens only when writing. What a report advises from it (the
 * roadmap, the weakest questions per thesis) is {@code score.Plan}.
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
        List<DutyResult> duties,
        List<Warning> warnings) {

    public Result {
        respondents = List.copyOf(respondents);
        theses = List.copyOf(theses);
        fields = List.copyOf(fields);
        questions = List.copyOf(questions);
        priorities = List.copyOf(priorities);
        duties = List.copyOf(duties);
        warnings = List.copyOf(warnings);
    }

    /** The legal duties answered below their minimum or not at all, in questionnaire order. */
    public List<DutyResult> dutiesOpen() {
        List<DutyResult> open = new ArrayList<>();
        for (DutyResult d : duties) {
            if (!d.met()) {
                open.add(d);
            }
        }
        return List.copyOf(open);
    }

    /** @param stage null when score is null */
    public record Overall(Double score, Stage stage, Double coverage, int answered, int applicable) {
    }

    /**
     * The verdict on one thesis.
     *
     * @param score T_t, null when no question bearing on the thesis counts
     * @param met assessable, the score reaches the threshold and every condition holds
     * @param reachesThreshold the score, rounded as reported, reaches the threshold (conditions aside)
     * @param assessable enough of the thesis's own questions are answered to judge it (see
     *     {@code docs/methodology.md}); a thesis that is not is never met
     * @param answeredShare the affinity-weighted share of the thesis's own applicable questions that are answered,
     *     0..1; null when none applies
     * @param conditions one result per condition of the thesis, in questionnaire order
     */
    public record ThesisResult(Thesis thesis, Double score, boolean met, boolean reachesThreshold,
                               boolean assessable, Double answeredShare, List<ConditionResult> conditions) {
        public ThesisResult {
            conditions = List.copyOf(conditions);
            if (met && !(reachesThreshold && assessable && conditions.stream().allMatch(ConditionResult::holds))) {
                throw new IllegalArgumentException("thesis " + thesis.id() + " met without all it takes");
            }
        }

        /** The conditions that do not hold. */
        public List<ConditionResult> failedConditions() {
            return conditions.stream().filter(c -> !c.holds()).toList();
        }
    }

    /** Whether a thesis condition holds, with what it was judged on, so that a report can say why. */
    public sealed interface ConditionResult permits BoundResult, AnyOfResult {
        boolean holds();
    }

    /** How the question of a condition stands. */
    public enum AnswerStatus { ANSWERED, NOT_APPLICABLE, MISSING }

    /**
     * @param answer the single respondent's answer; null when unanswered or when several respondents answered
     * @param score the (combined) score 0..1 the bound was compared with; null unless answered
     */
    public record BoundResult(Condition.Bound condition, Question question, AnswerStatus status, Answer answer,
                              Double score, boolean holds) implements ConditionResult {
    }

    public record AnyOfResult(List<ConditionResult> items, boolean holds) implements ConditionResult {
        public AnyOfResult {
            items = List.copyOf(items);
        }
    }

    /**
     * A legal duty of a question that applies, judged on its (combined) answer: {@code minimum} is the duty's
     * minimum checked as a bound, so it says whether the question is answered and at what score.
     */
    public record DutyResult(Field field, BoundResult minimum) {
        public DutyResult {
            // the very bound of the question's duty; identity, as a record's equals costs every start-up its bootstrap
            if (minimum.question().basics().duty() == null
                    || minimum.condition() != minimum.question().basics().duty().minimum()) {
                throw new IllegalArgumentException("not the duty of " + minimum.question().id());
            }
            if (minimum.status() == AnswerStatus.NOT_APPLICABLE) {
                throw new IllegalArgumentException("a duty that does not apply is not judged: "
                        + minimum.question().id());
            }
        }

        public Question question() {
            return minimum.question();
        }

        public Duty duty() {
            return minimum.question().basics().duty();
        }

        /** Answered at or above the minimum. */
        public boolean met() {
            return minimum.holds();
        }
    }

    /** @param theses thesis id to the field's thesis score, for theses the field's answers bear on */
    public record FieldResult(Field field, Double score, Stage stage, Double coverage, int answered,
                              int applicable, Map<String, Double> theses) {
        public FieldResult {
            theses = Collections.unmodifiableMap(new LinkedHashMap<>(theses));
        }
    }

    /**
     * @param answer the answer the score rests on when one respondent whose answers count gave it; null when
     *     unanswered or when several such respondents answered
     * @param answers each respondent's answer (null where one gave none), in the order of {@link #respondents()};
     *     empty when the result was scored from score vectors only
     * @param score 0..1, null when unanswered, n/a or not heard
     * @param target the target score 0..1, null for n/a and for a question not heard
     * @param impact overall points gained by reaching the target; null when the question does not count
     * @param spread max - min of the scores of the groups whose answers count
     * @param disputed whether the spread is so wide that reports flag the question as disputed
     * @param roles how each group of respondents answered, in the questionnaire's order of roles (undeclared ones
     *     after, in the order they first appear, the respondents naming none last); empty when the result was
     *     scored from score vectors only
     * @param heard whether any respondent of a role the question is asked of took part; a question not heard is
     *     left out of every score and of the coverage, like n/a
     */
    public record QuestionResult(Question question, Field field, Answer answer, List<Answer> answers, Double score,
                                 Double target, Double impact, double spread, boolean disputed,
                                 List<RoleScore> roles, boolean heard) {
        public QuestionResult {
            answers = Collections.unmodifiableList(new java.util.ArrayList<>(answers));
            roles = List.copyOf(roles);
        }

        /** Unanswered by the groups asked, though heard and applicable: what {@code missing: zero} counts as 0. */
        public boolean missing() {
            return score == null && target != null;
        }
    }

    /**
     * How one group of respondents answered a question: by the median of its members' scores, so that the group
     * counts once however many of its members answered.
     *
     * @param role the role's id; null for the respondents who name none
     * @param respondents how many respondents the group has
     * @param answered how many of them answered (not n/a)
     * @param notApplicable how many of them answered n/a
     * @param score the median of the answered scores 0..1; null when none answered
     * @param counted whether the question is asked of the role, so that the group's score counts; the answers of
     *     other groups are shown, not scored
     */
    public record RoleScore(String role, int respondents, int answered, int notApplicable, Double score,
                            boolean counted) {
        public RoleScore {
            if (answered + notApplicable > respondents || (score == null) != (answered == 0)) {
                throw new IllegalArgumentException("role " + role + ": " + answered + " answered, " + notApplicable
                        + " n/a of " + respondents + ", score " + score);
            }
        }
    }

    /**
     * A measure: bringing the question to its target.
     *
     * @param impact overall points gained; for an unanswered question that closes a condition, the points gained by
     *     answering it at its target
     * @param closes ids of the theses one of whose failed conditions the measure makes hold, in questionnaire order
     * @param prerequisites ids of the questions the measure requires that are not yet in place, in the order
     *     written (see {@code score.Prerequisites}); a prerequisite in place neither comes first nor holds the
     *     measure back
     * @param duty whether the measure fulfils a legal duty now answered below its minimum or not at all
     */
    public record Priority(Question question, Field field, double impact, double priority, List<String> closes,
                           List<String> prerequisites, boolean duty) {
        public Priority {
            if (duty && question.basics().duty() == null) {
                throw new IllegalArgumentException("measure " + question.id() + " fulfils no duty");
            }
            closes = List.copyOf(closes);
            prerequisites = List.copyOf(prerequisites);
            if (!question.basics().requires().containsAll(prerequisites)) {
                throw new IllegalArgumentException("measure " + question.id() + " awaits " + prerequisites
                        + ", which it does not require");
            }
        }

        public Effort effort() {
            return question.basics().effort();
        }
    }
}
