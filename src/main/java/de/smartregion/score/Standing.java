package de.smartregion.score;

import de.smartregion.model.Answer;

/** How each question stands after the respondents' answers were combined, as conditions and verdicts read it. */
interface Standing {

    boolean answered(int question);

    boolean notApplicable(int question);

    /** The combined score 0..1; meaningful only when answered. */
    double score(int question);

    /** The single respondent's answer, null with several respondents or none kept. */
    Answer answer(int question);
}
