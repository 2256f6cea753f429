package de.smartregion.report;

import de.smartregion.compare.Comparison;
import de.smartregion.compare.Snapshot;
import de.smartregion.model.Assessment;
import de.smartregion.model.Questionnaire;
import de.smartregion.model.Result;
import de.smartregion.score.Combine;
import de.smartregion.score.Scorer;
import java.util.List;

/** Fixture of ArchitectureTest: a renderer that scores and ranks for itself, which the rule for report forbids. */
public final class ForbiddenUse {

    private ForbiddenUse() {
    }

    public static Result scoreWhileRendering(Questionnaire q, List<Assessment> respondents) {
        return Scorer.score(q, respondents, Combine.MEDIAN);
    }

    public static Comparison rankWhileRendering(Snapshot snapshot) {
        return snapshot.compare(null, false);
    }
}
