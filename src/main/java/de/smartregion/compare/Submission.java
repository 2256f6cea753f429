package de.smartregion.compare;

import de.smartregion.model.Assessment;
import de.smartregion.model.Municipality;
import de.smartregion.model.Questionnaire;
import de.smartregion.model.Respondent;
import de.smartregion.score.Responses;
import java.nio.file.Path;

/**
 * One answer file of a cohort, reduced to who answered for which municipality and period, and the scores: small
 * enough to hold a hundred thousand of them while they are grouped.
 *
 * @param file where the answers came from, for problems that point at it
 * @param respondent null when the file names none
 * @param responses null when the file was read for who answered only, as report's first reading keeps it: its
 *     scores are read again for its group ({@link Cohort.Rereading}), so that no cohort's answers are all held
 */
public record Submission(Path file, Questionnaire questionnaire, Municipality municipality, String period,
                         Respondent respondent, Responses responses) {

    /** The answer file's assessment, its responses scored against the questionnaire once, here. */
    public static Submission of(Path file, Questionnaire questionnaire, Assessment assessment) {
        return new Submission(file, questionnaire, assessment.municipality(), assessment.period(),
                assessment.respondent(), Responses.of(questionnaire, assessment));
    }

    /** This file without its scores: who answered for which municipality and period. */
    public Submission keyOnly() {
        return new Submission(file, questionnaire, municipality, period, respondent, null);
    }
}
