package de.smartregion.score;

import de.smartregion.model.Rounding;

/**
 * Whether a score reaches a threshold, judged on the score as reports show it (rounded half up to the
 * questionnaire's decimals): a score printed as "70.0" must never stand beside "not reached" for a threshold of 70.
 * Theses and gates use this one rule.
 */
final class Threshold {

    private Threshold() {
    }

    /** @param score null when there is none, which reaches nothing */
    static boolean reached(Double score, double threshold, int rounding) {
        return score != null && Rounding.halfUpDouble(score, rounding) >= threshold;
    }
}
