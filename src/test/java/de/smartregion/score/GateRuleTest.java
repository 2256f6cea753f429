package de.smartregion.score;

import static org.assertj.core.api.Assertions.assertThat;

import de.smartregion.model.Questionnaire;
import de.smartregion.model.Result;
import de.smartregion.model.Scores;
import de.smartregion.model.Thesis;
import de.smartregion.testing.Fixtures;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The gate's rules: scores judged as shown (rounded to the questionnaire's one decimal), reasons in order. */
class GateRuleTest {

    private static final Questionnaire Q = Fixtures.questionnaire(
            Fixtures.read("src/test/resources/score/all-types.yaml"));

    @Test
    void aScoreReachesAThresholdWhenItIsShownAtOrAboveIt() {
        assertThat(Threshold.reached(49.95, 50, 1)).isTrue();
        assertThat(Threshold.reached(49.94, 50, 1)).isFalse();
        assertThat(Threshold.reached(49.94, 49.9, 1)).isTrue();
        assertThat(Threshold.reached(49.5, 50, 0)).isTrue();
        assertThat(Threshold.reached(null, 0, 1)).isFalse();
    }

    @Test
    void theMinimumIsJudgedAsShownAndNoScoreFailsIt() {
        Gate gate = new Gate(50.0, false);
        Scores theses = scores(0.0, 0.0, 0.0);
        assertThat(gate.check(Q, 49.95, theses).passed()).isTrue();
        assertThat(gate.check(Q, 49.94, theses).reasons()).containsExactly(new Gate.BelowMinimum(49.94, 50));
        assertThat(gate.check(Q, null, theses).reasons()).containsExactly(new Gate.NoScore(50));
    }

    @Test
    void thesesBelowTheirThresholdsAsShownFailTheThesisGateInQuestionnaireOrder() {
        Gate gate = new Gate(null, true);
        // all three thresholds are 50
        Gate.Verdict v = gate.check(Q, 10.0, scores(null, 49.95, 49.94));
        assertThat(v.reasons()).containsExactly(new Gate.ThesisNotMet(List.of(Q.theses().get(0),
                Q.theses().get(2))));
        assertThat(gate.check(Q, 10.0, scores(50.0, 60.0, 49.95)).passed()).isTrue();
        assertThat(new Gate(null, false).check(Q, null, scores(0.0, 0.0, 0.0)).passed()).isTrue();
        assertThat(new Gate(null, false).active()).isFalse();
    }

    @Test
    void aMissedMinimumComesBeforeMissedTheses() {
        Gate.Verdict v = new Gate(90.0, true).check(Q, 80.0, scores(10.0, 60.0, 60.0));
        assertThat(v.reasons()).containsExactly(new Gate.BelowMinimum(80, 90),
                new Gate.ThesisNotMet(List.of(Q.theses().get(0))));
        assertThat(v.gate()).isEqualTo(new Gate(90.0, true));
    }

    @Test
    void aResultIsJudgedAsItsScoresAre() {
        Result r = Scorer.score(Q, List.of(Fixtures.assessment(Q,
                Fixtures.read("src/test/resources/score/answers-a.yaml"))), Combine.MEDIAN);
        Scores theses = Scores.of(r.theses().stream().map(Result.ThesisResult::score).toList());
        for (Gate gate : List.of(new Gate(null, true), new Gate(r.overall().score(), true),
                new Gate(r.overall().score() + 0.1, true), new Gate(100.0, false))) {
            assertThat(gate.check(r)).isEqualTo(gate.check(Q, r.overall().score(), theses));
        }
        // the thesis gate and the report agree on which theses reach their thresholds
        Gate.Verdict v = new Gate(null, true).check(r);
        List<Thesis> missed = v.passed() ? List.of() : ((Gate.ThesisNotMet) v.reasons().get(0)).theses();
        assertThat(missed).containsExactlyElementsOf(r.theses().stream().filter(t -> !t.reachesThreshold())
                .map(Result.ThesisResult::thesis).toList());
    }

    private static Scores scores(Double... scores) {
        return Scores.of(java.util.Arrays.asList(scores));
    }
}
