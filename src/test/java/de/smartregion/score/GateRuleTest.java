package de.smartregion.score;

import static org.assertj.core.api.Assertions.assertThat;

import de.smartregion.model.Questionnaire;
import de.smartregion.model.Result;
import de.smartregion.model.Thesis;
import de.smartregion.testing.Fixtures;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The gate's rules: the minimum judged on the index as shown (rounded to the questionnaire's one decimal), theses
 * as the report judges them (met: threshold and conditions), reasons in order.
 */
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
        List<Boolean> theses = List.of(true, true, true);
        assertThat(gate.check(Q, 49.95, theses).passed()).isTrue();
        assertThat(gate.check(Q, 49.94, theses).reasons()).containsExactly(new Gate.BelowMinimum(49.94, 50));
        assertThat(gate.check(Q, null, theses).reasons()).containsExactly(new Gate.NoScore(50));
    }

    @Test
    void thesesNotMetFailTheThesisGateInQuestionnaireOrder() {
        Gate gate = new Gate(null, true);
        Gate.Verdict v = gate.check(Q, 10.0, List.of(false, true, false));
        assertThat(v.reasons()).containsExactly(new Gate.ThesisNotMet(List.of(Q.theses().get(0),
                Q.theses().get(2))));
        assertThat(gate.check(Q, 10.0, List.of(true, true, true)).passed()).isTrue();
        assertThat(new Gate(null, false).check(Q, null, List.of(false, false, false)).passed()).isTrue();
        assertThat(new Gate(null, false).active()).isFalse();
    }

    @Test
    void aThesisAboveItsThresholdWithAFailedConditionFailsTheThesisGate() {
        // as ThesisVerdictTest: strategy only a draft, integrated scores 72.7 against a threshold of 50
        Result r = ThesisVerdictTest.score(ThesisVerdictTest.Q, ThesisVerdictTest.with(ThesisVerdictTest.with(
                ThesisVerdictTest.with(ThesisVerdictTest.ALL, "strategy", "strategy: draft"), "isek", "isek: 4"),
                "sectoral", "sectoral: [tourism, marketing]"));
        Result.ThesisResult integrated = ThesisVerdictTest.thesis(r, "integrated");
        assertThat(integrated.reachesThreshold()).isTrue();
        assertThat(integrated.met()).isFalse();
        Gate.Verdict v = new Gate(null, true).check(r);
        assertThat(((Gate.ThesisNotMet) v.reasons().get(0)).theses()).contains(integrated.thesis());
    }

    @Test
    void aThesisThatIsNotAssessableFailsTheThesisGate() {
        // as ThesisVerdictTest: implementable scores 100 from a question not its own, its own unanswered
        Result r = ThesisVerdictTest.score(ThesisVerdictTest.Q, List.of("portal: 4", "feedback: yes", "formats: 4"));
        Result.ThesisResult implementable = ThesisVerdictTest.thesis(r, "implementable");
        assertThat(implementable.reachesThreshold()).isTrue();
        Gate.Verdict v = new Gate(null, true).check(r);
        assertThat(((Gate.ThesisNotMet) v.reasons().get(0)).theses()).contains(implementable.thesis());
    }

    @Test
    void aMissedMinimumComesBeforeMissedTheses() {
        Gate.Verdict v = new Gate(90.0, true).check(Q, 80.0, List.of(false, true, true));
        assertThat(v.reasons()).containsExactly(new Gate.BelowMinimum(80, 90),
                new Gate.ThesisNotMet(List.of(Q.theses().get(0))));
        assertThat(v.gate()).isEqualTo(new Gate(90.0, true));
    }

    @Test
    void aResultIsJudgedAsItsCohortRowIs() {
        Result r = Scorer.score(Q, List.of(Fixtures.assessment(Q,
                Fixtures.read("src/test/resources/score/answers-a.yaml"))), Combine.MEDIAN);
        List<Boolean> theses = r.theses().stream().map(Result.ThesisResult::met).toList();
        for (Gate gate : List.of(new Gate(null, true), new Gate(r.overall().score(), true),
                new Gate(r.overall().score() + 0.1, true), new Gate(100.0, false))) {
            assertThat(gate.check(r)).isEqualTo(gate.check(Q, r.overall().score(), theses));
        }
        // the thesis gate and the report agree on which theses are met
        Gate.Verdict v = new Gate(null, true).check(r);
        List<Thesis> missed = v.passed() ? List.of() : ((Gate.ThesisNotMet) v.reasons().get(0)).theses();
        assertThat(missed).containsExactlyElementsOf(r.theses().stream().filter(t -> !t.met())
                .map(Result.ThesisResult::thesis).toList());
    }
}
