package de.smartregion.score;

import de.smartregion.model.Condition;
import de.smartregion.model.Questionnaire;
import de.smartregion.model.Result;
import java.util.ArrayList;
import java.util.List;

/**
 * Judges thesis conditions: a bound holds when its question is answered (not n/a, not missing) and its combined
 * score reaches the bound's score; anyOf holds when one of its items does.
 */
final class ConditionCheck {

    /**
     * Scores differ from their bound by rounding noise only when both come from the same formula over different
     * paths (a mean of two respondents, a level's score); such an answer is at the bound and reaches it.
     */
    static final double TOLERANCE = 1e-9;

    private final Questionnaire q;
    private final Standing standing;

    ConditionCheck(Questionnaire q, Standing standing) {
        this.q = q;
        this.standing = standing;
    }

    /** The condition's result, with what each bound was judged on. */
    Result.ConditionResult check(Condition condition) {
        if (condition instanceof Condition.Bound b) {
            return bound(b);
        }
        if (condition instanceof Condition.AnyOf any) {
            List<Result.ConditionResult> items = new ArrayList<>();
            boolean holds = false;
            for (Condition c : any.items()) {
                Result.ConditionResult r = check(c);
                items.add(r);
                holds |= r.holds();
            }
            return new Result.AnyOfResult(items, holds);
        }
        throw new IllegalArgumentException("unknown condition " + condition);
    }

    /** The bound's result, with what it was judged on; a thesis condition's or a duty's minimum. */
    Result.BoundResult bound(Condition.Bound b) {
        int i = q.indexOf(b.question());
        Result.AnswerStatus status = standing.answered(i) ? Result.AnswerStatus.ANSWERED
                : standing.notApplicable(i) ? Result.AnswerStatus.NOT_APPLICABLE : Result.AnswerStatus.MISSING;
        Double score = standing.answered(i) ? standing.score(i) : null;
        return new Result.BoundResult(b, q.questions().get(i), status, standing.answer(i), score,
                score != null && reaches(score, b));
    }

    /** Whether the condition would hold with question {@code replaced} answered at score {@code replacement}. */
    boolean holdsWith(Condition condition, int replaced, double replacement) {
        if (condition instanceof Condition.Bound b) {
            int i = q.indexOf(b.question());
            if (i == replaced) {
                return reaches(replacement, b);
            }
            return standing.answered(i) && reaches(standing.score(i), b);
        }
        if (condition instanceof Condition.AnyOf any) {
            for (Condition c : any.items()) {
                if (holdsWith(c, replaced, replacement)) {
                    return true;
                }
            }
            return false;
        }
        throw new IllegalArgumentException("unknown condition " + condition);
    }

    private static boolean reaches(double score, Condition.Bound b) {
        return score >= b.score() - TOLERANCE;
    }
}
