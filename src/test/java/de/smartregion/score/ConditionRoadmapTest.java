package de.smartregion.score;

import static de.smartregion.score.ThesisVerdictTest.ALL;
import static de.smartregion.score.ThesisVerdictTest.Q;
import static de.smartregion.score.ThesisVerdictTest.YAML;
import static de.smartregion.score.ThesisVerdictTest.score;
import static de.smartregion.score.ThesisVerdictTest.with;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import de.smartregion.model.Questionnaire;
import de.smartregion.model.Result;
import de.smartregion.testing.Fixtures;
import java.util.List;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

/**
 * The roadmap serves the strategy: measures that make a failed thesis condition hold come first (with what they
 * require), then the rest by priority. Numbers by hand for src/test/resources/score/conditions.yaml: field process
 * has six questions (weight 1, weighted mean), field services one (portal); the index is the mean of the two.
 */
class ConditionRoadmapTest {

    private static final Offset<Double> EXACT = within(1e-9);

    /** process: 0.25 + 1 + 1 + 1 + 1 + 0 = 4.25 / 6 = 70.83; services: 0; index 35.42. */
    private static final List<String> WEAK_FOUNDATION = List.of(
            "strategy: draft", "isek: 4", "sectoral: [tourism, marketing]", "feedback: yes", "formats: 4",
            "plan: 0", "portal: 0");

    private static List<String> ids(List<Result.Priority> measures) {
        return measures.stream().map(p -> p.question().id()).toList();
    }

    @Test
    void theMeasureThatClosesAConditionComesBeforeHigherPriorities() {
        Result r = score(Q, WEAK_FOUNDATION);
        // strategy → 1: process 5/6 = 83.33, index 41.67: impact 6.25, medium (2): priority 3.125; closes
        //   integrated (1 ≥ 0.75)
        // plan → 1: impact (1/6 · 100) / 2 = 8.33, high (3): priority 2.78
        // portal → 1: services 100, index 85.42: impact 50, low (1): priority 50
        assertThat(ids(r.priorities())).containsExactly("strategy", "portal", "plan");
        Result.Priority strategy = r.priorities().get(0);
        assertThat(strategy.impact()).isCloseTo(6.25, EXACT);
        assertThat(strategy.priority()).isCloseTo(3.125, EXACT);
        assertThat(strategy.closes()).containsExactly("integrated");
        assertThat(r.priorities().get(1).closes()).isEmpty();
        assertThat(r.priorities().get(2).priority()).isCloseTo(100.0 / 6 / 2 / 3, EXACT);
        // phases: strategy (medium) moves to phase 1 as it closes a condition; portal is a quick win;
        // plan (high) stays in phase 3
        List<Plan.Phase> phases = Plan.of(r).roadmap();
        assertThat(phases).extracting(Plan.Phase::number).containsExactly(1, 3);
        assertThat(ids(phases.get(0).measures())).containsExactly("strategy", "portal");
        assertThat(ids(phases.get(1).measures())).containsExactly("plan");
    }

    @Test
    void aClosingMeasureBringsWhatItRequiresToTheFront() {
        // implementable now needs plan ≥ 2 (0.5); plan requires strategy
        Questionnaire q = Fixtures.questionnaire(YAML.replace("    threshold: 40\n",
                "    threshold: 40\n    conditions: [{question: plan, atLeast: 2}]\n"));
        // strategy none, aiming at draft only: not in place (score 0, and its condition fails), closes nothing
        Result r = score(q, with(WEAK_FOUNDATION, "strategy", "strategy: {value: none, target: draft}"));
        // process: 0 + 1 + 1 + 1 + 1 + 0 = 4 / 6 = 66.67, index 33.33
        // strategy → draft 0.25: index (4.25 / 6 · 100) / 2 = 35.42: impact 2.08, medium: priority 1.04
        // plan → 1: impact (1/6 · 100) / 2 = 8.33, high: priority 2.78; closes implementable (1 ≥ 0.5)
        // portal: impact 50, low: priority 50
        assertThat(ids(r.priorities())).containsExactly("strategy", "plan", "portal");
        assertThat(r.priorities().get(0).impact()).isCloseTo(100.0 / 6 / 2 * 0.25, EXACT);
        assertThat(r.priorities().get(0).closes()).isEmpty();
        assertThat(r.priorities().get(1).closes()).containsExactly("implementable");
        assertThat(r.priorities().get(1).prerequisites()).containsExactly("strategy");
        // strategy (medium) and plan (high) both come to phase 1, the prerequisite first
        List<Plan.Phase> phases = Plan.of(r).roadmap();
        assertThat(phases).hasSize(1);
        assertThat(ids(phases.get(0).measures())).containsExactly("strategy", "plan", "portal");
    }

    @Test
    void anUnansweredConditionQuestionIsAMeasureWithTheGainOfAnsweringIt() {
        Result r = score(Q, with(ALL, "feedback", null));
        // process without feedback: (0.75 + 0.5 + 0.5 + 0.5 + 0.5) / 5 = 55; with feedback 1: 3.75 / 6 = 62.5;
        // the index gains (62.5 - 55) / 2 = 3.75; medium: priority 1.875
        Result.Priority feedback = r.priorities().get(0);
        assertThat(feedback.question().id()).isEqualTo("feedback");
        assertThat(feedback.closes()).containsExactly("participatory");
        assertThat(feedback.impact()).isCloseTo(3.75, EXACT);
        assertThat(feedback.priority()).isCloseTo(1.875, EXACT);
        // the question itself does not count in the index, so it has no impact of its own
        assertThat(r.questions().stream().filter(x -> x.question().id().equals("feedback")).findFirst()
                .orElseThrow().impact()).isNull();
    }

    @Test
    void aMeasureWhoseTargetStaysBelowTheBoundClosesNothing() {
        // target draft (0.25) < adopted (0.75): reaching it does not make the condition hold
        Result r = score(Q, with(WEAK_FOUNDATION, "strategy", "strategy: {value: none, target: draft}"));
        Result.Priority strategy = r.priorities().stream().filter(p -> p.question().id().equals("strategy"))
                .findFirst().orElseThrow();
        assertThat(strategy.closes()).isEmpty();
        assertThat(ids(r.priorities()).get(0)).isEqualTo("portal");
    }

    @Test
    void anAnyOfIsClosedByEachOfItsAlternatives() {
        // isek 2 (0.5 < 0.75) and sectoral missing: the anyOf fails; isek → 4 closes it, and so does sectoral
        Result r = score(Q, with(ALL, "sectoral", null));
        assertThat(r.priorities().stream().filter(p -> !p.closes().isEmpty()).map(p -> p.question().id()))
                .containsExactlyInAnyOrder("isek", "sectoral");
        assertThat(ids(r.priorities()).subList(0, 2)).containsExactlyInAnyOrder("isek", "sectoral");
    }
}
