package de.smartregion.load;

import de.smartregion.input.Location;
import de.smartregion.model.Assessment;
import de.smartregion.model.Questionnaire;

/**
 * An answer file together with the questionnaire it answers, and where it names its municipality and period, so
 * that a mismatch between files can be shown at the line that causes it.
 */
public record LoadedAssessment(Assessment assessment, Questionnaire questionnaire, Location municipalityAt,
                               Location periodAt) {
}
