package de.smartregion.score;

import de.smartregion.model.Questionnaire;
import de.smartregion.model.Result;
import de.smartregion.model.Thesis;
import java.util.ArrayList;
import java.util.List;

/**
 * A CI gate on a result: the overall index must reach a minimum, and/or every thesis must be met, as the report
 * says it is (its threshold reached and its conditions holding: a strategy that does not work never passes). The
 * minimum is judged on the index as the report shows it ({@link Threshold}), so that a gate never fails on a score
 * printed as the minimum.
 *
 * @param failUnder the minimum overall index, or null for no minimum
 * @param failOnThesis whether a thesis not met fails the gate
 */
public record Gate(Double failUnder, boolean failOnThesis) {

    /**
     * Why a gate failed. Code that says something different per reason goes through {@link #accept}, so that a new
     * reason makes the compiler name every place that must handle it.
     */
    public sealed interface Reason permits NoScore, BelowMinimum, ThesisNotMet {

        /** Hands this reason to the method of {@code cases} for its kind. */
        <R> R accept(Cases<R> cases);
    }

    /** One method per reason: what to do with a reason of that kind. */
    public interface Cases<R> {
        R noScore(NoScore reason);

        R belowMinimum(BelowMinimum reason);

        R thesisNotMet(ThesisNotMet reason);
    }

    /** A minimum was asked for, but nothing was answered, so there is no overall index. */
    public record NoScore(double minimum) implements Reason {
        @Override
        public <R> R accept(Cases<R> cases) {
            return cases.noScore(this);
        }
    }

    /** The overall index, as shown, is below the minimum. */
    public record BelowMinimum(double overall, double minimum) implements Reason {
        @Override
        public <R> R accept(Cases<R> cases) {
            return cases.belowMinimum(this);
        }
    }

    /** @param theses those below their thresholds, in questionnaire order; never empty */
    public record ThesisNotMet(List<Thesis> theses) implements Reason {
        public ThesisNotMet {
            theses = List.copyOf(theses);
            if (theses.isEmpty()) {
                throw new IllegalArgumentException("no thesis missed");
            }
        }

        @Override
        public <R> R accept(Cases<R> cases) {
            return cases.thesisNotMet(this);
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

    /** The verdict on an assessment's result. */
    public Verdict check(Result r) {
        List<Boolean> met = r.theses().stream().map(Result.ThesisResult::met).toList();
        return check(r.questionnaire(), r.overall().score(), met);
    }

    /**
     * The verdict as a cohort keeps a result: its overall index and its thesis verdicts.
     *
     * @param overall null when nothing was answered (which fails a minimum)
     * @param met by thesis position, whether the thesis is met
     */
    public Verdict check(Questionnaire q, Double overall, List<Boolean> met) {
        List<Thesis> missed = new ArrayList<>();
        for (int t = 0; t < q.theses().size(); t++) {
            if (!met.get(t)) {
                missed.add(q.theses().get(t));
            }
        }
        return check(overall, q.scoring().rounding(), missed);
    }

    private Verdict check(Double overall, int rounding, List<Thesis> missed) {
        List<Reason> reasons = new ArrayList<>();
        if (failUnder != null) {
            if (overall == null) {
                reasons.add(new NoScore(failUnder));
            } else if (!Threshold.reached(overall, failUnder, rounding)) {
                reasons.add(new BelowMinimum(overall, failUnder));
            }
        }
        if (failOnThesis && !missed.isEmpty()) {
            reasons.add(new ThesisNotMet(missed));
        }
        return new Verdict(this, reasons);
    }
}
