package de.smartregion.score;

import de.smartregion.model.Rounding;
import java.util.ArrayList;
import java.util.List;

/**
 * A CI gate on a result: the overall index must reach a minimum, and/or every thesis must be met. Scores are
 * compared as the report shows them (rounded), so that a gate never fails on a score printed as the threshold.
 *
 * @param failUnder the minimum overall index, or null for no minimum
 * @param failOnThesis whether an unmet thesis fails the gate
 */
public record Gate(Double failUnder, boolean failOnThesis) {

    /** Why a gate failed: a code for scripts and the values a message needs. */
    public record Reason(String code, List<Object> args) {
        public Reason {
            args = List.copyOf(args);
        }
    }

    /** What a gate found for one result: passed when there is no reason. */
    public record Verdict(Gate gate, List<Reason> reasons) {
        public Verdict {
            reasons = List.copyOf(reasons);
        }

        public boolean passed() {
            return reasons.isEmpty();
        }
    }

    public boolean active() {
        return failUnder != null || failOnThesis;
    }

    /**
     * @param overall the overall index, null when nothing was answered (which fails a minimum)
     * @param unmetTheses the ids of the theses not met
     */
    public Verdict check(Double overall, int rounding, List<String> unmetTheses) {
        List<Reason> reasons = new ArrayList<>();
        if (failUnder != null) {
            if (overall == null) {
                reasons.add(new Reason("no-score", List.of(failUnder)));
            } else if (Rounding.halfUpDouble(overall, rounding) < failUnder) {
                reasons.add(new Reason("below-minimum", List.of(overall, failUnder)));
            }
        }
        if (failOnThesis && !unmetTheses.isEmpty()) {
            reasons.add(new Reason("thesis-not-met", List.of(String.join(", ", unmetTheses))));
        }
        return new Verdict(this, reasons);
    }
}
