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
 */
public record CohortRow(Municipality municipality, String period, Double overall, String stage, Double coverage,
                        Scores fields, Scores theses, List<Boolean> met, List<Boolean> assessable) {

    public CohortRow {
        met = List.copyOf(met);
        assessable = List.copyOf(assessable);
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
                r.theses().stream().map(Result.ThesisResult::assessable).toList());
    }

    public String id() {
        return municipality.id();
    }
}
