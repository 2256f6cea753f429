package de.smartregion.compare;

import de.smartregion.model.Municipality;
import de.smartregion.model.Result;
import de.smartregion.model.Scores;
import de.smartregion.model.Stage;
import java.util.List;

/**
 * One municipality and period in a comparison: its scores only, by field and thesis position, so that a cohort of
 * a hundred thousand stays small. Absent scores are null, as in {@link Result}.
 *
 * @param overall null when nothing is answered
 * @param stage the id of the stage of the overall index; null when it is null
 * @param coverage answered / applicable questions, 0..1; null when every question is n/a
 * @param met by thesis position, whether the thesis is met (its threshold and its conditions), as the report says
 * @param assessable by thesis position, whether enough of the thesis's own questions are answered to judge it
 * @param shortfalls by thesis position, the conditions that fail where the score reaches the threshold and the
 *     thesis is still not met, for a comparison to say why; empty elsewhere, so that a large cohort keeps none
 */
public record CohortRow(Municipality municipality, String period, Double overall, String stage, Double coverage,
                        Scores fields, Scores theses, List<Boolean> met, List<Boolean> assessable,
                        List<List<Result.ConditionResult>> shortfalls) {

    public CohortRow {
        met = List.copyOf(met);
        assessable = List.copyOf(assessable);
        shortfalls = List.copyOf(shortfalls);
        if (met.size() != theses.size() || assessable.size() != theses.size()) {
            throw new IllegalArgumentException(met.size() + " verdicts and " + assessable.size()
                    + " assessments for " + theses.size() + " theses");
        }
    }

    public static CohortRow of(Result r) {
        Stage stage = r.overall().stage();
        return new CohortRow(r.municipality(), r.period(), r.overall().score(), stage == null ? null : stage.id(),
                r.overall().coverage(), Scores.of(r.fields().size(), i -> r.fields().get(i).score()),
                Scores.of(r.theses().size(), i -> r.theses().get(i).score()),
                r.theses().stream().map(Result.ThesisResult::met).toList(),
                r.theses().stream().map(Result.ThesisResult::assessable).toList(),
                r.theses().stream().map(t -> t.assessable() && t.reachesThreshold() && !t.met()
                        ? t.failedConditions() : List.<Result.ConditionResult>of()).toList());
    }

    /** A row without shortfalls to explain, as the tests and normalised copies build them. */
    public CohortRow(Municipality municipality, String period, Double overall, String stage, Double coverage,
                     Scores fields, Scores theses, List<Boolean> met, List<Boolean> assessable) {
        this(municipality, period, overall, stage, coverage, fields, theses, met, assessable,
                java.util.Collections.nCopies(met.size(), List.of()));
    }

    public String id() {
        return municipality.id();
    }
}
