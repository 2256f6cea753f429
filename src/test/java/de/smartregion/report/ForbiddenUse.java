package de.smartregion.report;

import de.smartregion.model.Assessment;
import de.smartregion.model.Questionnaire;
import de.smartregion.model.Result;
import de.smartregion.score.Combine;
import de.smartregion.score.Scorer;
import java.util.List;

/** Fixture of ArchitectureTest: a renderer that scores for itself, which the rule for report forbids. */
public final class ForbiddenUse {

    private ForbiddenUse() {
    }

    public static Result scoreWhileRendering(Questionnaire q, List<Assessment> respondents) {
        return Scorer.score(q, respondents, Combine.MEDIAN);
    }
}
