package de.smartregion.score;

import static de.smartregion.score.ThesisVerdictTest.YAML;
import static de.smartregion.score.ThesisVerdictTest.score;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import de.smartregion.model.Questionnaire;
import de.smartregion.model.Result;
import de.smartregion.testing.Fixtures;
import java.util.List;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

/**
 * A prerequisite already in place (answered above its lowest answer and meeting every thesis condition on it, or at
 * its target) is neither pulled forward by a condition-closing measure nor holds it back. Numbers by hand for
 * src/test/resources/score/conditions.yaml with implementable needing plan ≥ 2 (0.5); plan requires strategy
 * (condition of integrated: strategy ≥ adopted, 0.75). Field process has six questions, services one (portal);
 * the index is the mean of the two field scores.
 */
class PrerequisiteInPlaceTest {

    private static final Offset<Double> EXACT = within(1e-9);

    private static final Questionnaire PLAN_NEEDED = Fixtures.questionnaire(YAML.replace("    threshold: 40\n",
            "    threshold: 40\n    conditions: [{question: plan, atLeast: 2}]\n"));

    /** process: strategy s + 1 + 1 + 1 + 1 + plan 0; services: portal 0. */
    private static List<String> answers(String strategy) {
        return List.of("strategy: " + strategy, "isek: 4", "sectoral: [tourism, marketing]", "feedback: yes",
                "formats: 4", "plan: 0", "portal: 0");
    }

    private static List<String> ids(List<Result.Priority> measures) {
        return measures.stream().map(p -> p.question().id()).toList();
    }

    @Test
    void anAdoptedStrategyIsInPlaceThoughItCanStillBeUpdated() {
        Result r = score(PLAN_NEEDED, answers("adopted"));
        // process: (0.75 + 4) / 6 = 79.17, services 0, index 39.58
        // plan → 1: process 5.75 / 6 = 95.83, index 47.92: impact 8.33, high (3): priority 2.78; closes
        //   implementable; strategy adopted (0.75 ≥ 0.75, condition holds) is in place: nothing to wait for
        // portal → 4: index (79.17 + 100) / 2 = 89.58: impact 50, low: priority 50
        // strategy → updated: process 5 / 6 = 83.33, index 41.67: impact 2.08, medium (2): priority 1.04
        assertThat(ids(r.priorities())).containsExactly("plan", "portal", "strategy");
        Result.Priority plan = r.priorities().get(0);
        assertThat(plan.closes()).containsExactly("implementable");
        assertThat(plan.prerequisites()).isEmpty();
        Result.Priority strategy = r.priorities().get(2);
        assertThat(strategy.impact()).isCloseTo(100.0 * 0.25 / 6 / 2, EXACT);
        assertThat(strategy.priority()).isCloseTo(100.0 * 0.25 / 6 / 2 / 2, EXACT);
        // plan (high) leads phase 1 because it closes a condition; updating the strategy (medium) is phase 2
        List<Plan.Phase> phases = Plan.of(r).roadmap();
        assertThat(phases).extracting(Plan.Phase::number).containsExactly(1, 2);
        assertThat(ids(phases.get(0).measures())).containsExactly("plan", "portal");
        assertThat(ids(phases.get(1).measures())).containsExactly("strategy");
    }

    @Test
    void aDraftStrategyIsNotInPlaceAndComesFirst() {
        // draft 0.25 > 0, but its condition (≥ adopted) fails: open; the measure itself closes integrated
        Result r = score(PLAN_NEEDED, answers("draft"));
        // process: (0.25 + 4) / 6 = 70.83, index 35.42
        // strategy → 1: impact (0.75 / 6 · 100) / 2 = 6.25, priority 3.125; closes integrated
        // plan → 1: impact 8.33, priority 2.78; closes implementable, waits for strategy
        // portal: priority 50
        assertThat(ids(r.priorities())).containsExactly("strategy", "plan", "portal");
        assertThat(r.priorities().get(0).priority()).isCloseTo(100.0 * 0.75 / 6 / 2 / 2, EXACT);
        assertThat(r.priorities().get(1).prerequisites()).containsExactly("strategy");
        assertThat(ids(Plan.of(r).roadmap().get(0).measures())).containsExactly("strategy", "plan", "portal");
    }

    @Test
    void aPrerequisiteAtItsLowestAnswerIsNotInPlace() {
        // strategy none: 0, however its conditions stand; answered, but nothing is there to build on
        Questionnaire noBound = Fixtures.questionnaire(YAML
                .replace("      - {question: strategy, atLeast: adopted}          # option bound: score 0.75\n", "")
                .replace("    threshold: 40\n", "    threshold: 40\n    conditions: [{question: plan, atLeast: 2}]\n"));
        Result r = score(noBound, answers("{value: none, target: draft}"));
        Result.Priority plan = r.priorities().stream().filter(p -> p.question().id().equals("plan")).findFirst()
                .orElseThrow();
        assertThat(plan.prerequisites()).containsExactly("strategy");
        // strategy (priority 1.04, closes nothing) comes before plan all the same, to phase 1
        assertThat(ids(r.priorities()).subList(0, 2)).containsExactly("strategy", "plan");
    }

    @Test
    void aPrerequisiteAtItsTargetIsInPlaceEvenBelowItsCondition() {
        // strategy draft aiming at draft: no gap, so no measure of its own; the condition on it still fails, but
        // the respondents set the bar there, and plan does not wait for a measure nobody plans
        Result r = score(PLAN_NEEDED, answers("{value: draft, target: draft}"));
        Result.Priority plan = r.priorities().get(0);
        assertThat(plan.question().id()).isEqualTo("plan");
        assertThat(plan.prerequisites()).isEmpty();
        assertThat(ids(r.priorities())).doesNotContain("strategy");
    }
}
