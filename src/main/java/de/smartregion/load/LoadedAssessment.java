package de.smartregion.load;

import de.smartregion.model.Assessment;
import de.smartregion.model.Questionnaire;

/** An answer file together with the questionnaire it answers. */
public record LoadedAssessment(Assessment assessment, Questionnaire questionnaire) {
}
