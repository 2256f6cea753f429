package de.smartregion.report;

import de.smartregion.model.Result;
import java.util.HashMap;
import java.util.Map;

/**
 * The names of one result's measures, in one language, looked up by the score each question's result has: the
 * report's tables, its first page and the JSON priorities name a measure alike.
 */
final class MeasureNames {

    private final Result result;
    private final String language;
    /** By id: a QuestionResult record's equals would walk its whole question. */
    private final Map<String, Double> scores = new HashMap<>();

    MeasureNames(Result result, String language) {
        this.result = result;
        this.language = language;
        for (Result.QuestionResult qr : result.questions()) {
            scores.put(qr.question().id(), qr.score());
        }
    }

    /** What the measure asks, from how far the question's (combined) answers already go. */
    String of(Result.Priority p) {
        return ReportViews.measure(p.question(), scores.get(p.question().id()), result.questionnaire(), language);
    }
}
