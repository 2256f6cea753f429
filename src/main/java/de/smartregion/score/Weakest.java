package de.smartregion.score;

import de.smartregion.model.MissingPolicy;
import de.smartregion.model.Question;
import de.smartregion.model.Questionnaire;
import de.smartregion.model.Result;
import de.smartregion.model.Thesis;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Per thesis, its own answered questions by the loss w·a·(1−s), largest first: what most keeps its score from 100.
 * Questions a failed condition of the thesis already names are left out; questionnaire order breaks ties.
 */
final class Weakest {

    /** Losses at or below this are rounding noise. */
    private static final double NO_LOSS = 1e-9;

    private Weakest() {
    }

    static Map<String, List<Result.QuestionResult>> of(Questionnaire questionnaire, List<Result.ThesisResult> theses,
                                                        List<Result.QuestionResult> questions) {
        Map<String, List<Result.QuestionResult>> weakest = new LinkedHashMap<>();
        for (Result.ThesisResult t : theses) {
            weakest.put(t.thesis().id(), of(questionnaire, t, questions));
        }
        return weakest;
    }

    private static List<Result.QuestionResult> of(Questionnaire questionnaire, Result.ThesisResult t,
                                                  List<Result.QuestionResult> questions) {
        Thesis thesis = t.thesis();
        boolean hasOwn = false;
        for (Question q : questionnaire.questions()) {
            hasOwn |= q.basics().affinity(thesis.id()) > Scorer.OWN_AFFINITY;
        }
        double floor = hasOwn ? Scorer.OWN_AFFINITY : 0;
        Set<String> named = new HashSet<>();
        for (Result.ConditionResult c : t.failedConditions()) {
            named.addAll(questionsOf(c));
        }
        record Loss(Result.QuestionResult question, double loss, int order) {
        }
        List<Loss> losses = new ArrayList<>();
        int order = 0;
        // with missing: zero an unanswered question counts as 0 and pulls as hard as the worst answer
        boolean zero = thesis.missing() == MissingPolicy.ZERO;
        for (Result.QuestionResult qr : questions) {
            double a = qr.question().basics().affinity(thesis.id());
            // only what scoring counts as 0: not a question answered n/a, not heard, or not asked of this type
            Double score = qr.score() != null ? qr.score() : zero && qr.missing() ? Double.valueOf(0) : null;
            if (a > floor && score != null && !named.contains(qr.question().id())) {
                double loss = qr.question().basics().weight() * a * (1 - score);
                if (loss > NO_LOSS) {
                    losses.add(new Loss(qr, loss, order));
                }
            }
            order++;
        }
        losses.sort(Comparator.comparingDouble(Loss::loss).reversed().thenComparingInt(Loss::order));
        return losses.stream().map(Loss::question).toList();
    }

    private static List<String> questionsOf(Result.ConditionResult c) {
        if (c instanceof Result.BoundResult b) {
            return List.of(b.question().id());
        }
        if (c instanceof Result.AnyOfResult any) {
            List<String> ids = new ArrayList<>();
            for (Result.ConditionResult item : any.items()) {
                ids.addAll(questionsOf(item));
            }
            return ids;
        }
        throw new IllegalArgumentException("unknown condition result " + c.getClass().getName());
    }
}
