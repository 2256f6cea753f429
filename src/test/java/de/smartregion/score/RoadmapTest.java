package de.smartregion.score;

import static org.assertj.core.api.Assertions.assertThat;

import de.smartregion.model.Questionnaire;
import de.smartregion.model.Result;
import de.smartregion.testing.Fixtures;
import java.util.List;
import org.junit.jupiter.api.Test;

class RoadmapTest {

    /** Six yes/no questions in one field: effort and prerequisites set so that every rule of the plan shows. */
    private static final String QUESTIONNAIRE = """
            kind: questionnaire
            id: plan
            version: "1"
            title: Plan
            theses: [{id: t, title: T}]
            fields:
              - id: f
                title: F
                questions:
                  - {id: portal, type: boolean, text: Portal, theses: [t], effort: high}
                  - {id: appointments, type: boolean, text: Appointments, theses: [t], effort: low, requires: [portal]}
                  - {id: wifi, type: boolean, text: WiFi, theses: [t], effort: low}
                  - {id: strategy, type: boolean, text: Strategy, theses: [t], effort: medium}
                  - {id: plan, type: boolean, text: Plan, theses: [t], effort: medium, weight: 3, requires: [strategy]}
                  - {id: done, type: boolean, text: Done, theses: [t], effort: low}
            """;

    @Test
    void quickWinsFirstAndPrerequisitesBeforeWhatDependsOnThem() {
        Questionnaire q = Fixtures.questionnaire(QUESTIONNAIRE);
        Result r = Scorer.score(q, List.of(Fixtures.assessment(q, Fixtures.answers(q, null,
                "portal: no", "appointments: no", "wifi: no", "strategy: no", "plan: no", "done: yes"))),
                Combine.MEDIAN);
        List<Plan.Phase> phases = Plan.of(r).roadmap();
        // done has no gap; appointments (low) waits for portal (high) in phase 3; plan (weight 3, higher
        // priority) waits for strategy within phase 2
        assertThat(phases).extracting(Plan.Phase::number).containsExactly(1, 2, 3);
        assertThat(ids(phases.get(0))).containsExactly("wifi");
        assertThat(ids(phases.get(1))).containsExactly("strategy", "plan");
        assertThat(ids(phases.get(2))).containsExactly("portal", "appointments");
        // plan has the highest priority of all (3 / 8 of the index for medium effort), yet waits for strategy
        assertThat(r.priorities().get(0).question().id()).isEqualTo("plan");
    }

    @Test
    void aMetPrerequisiteNoLongerHoldsAMeasureBack() {
        Questionnaire q = Fixtures.questionnaire(QUESTIONNAIRE);
        Result r = Scorer.score(q, List.of(Fixtures.assessment(q, Fixtures.answers(q, null,
                "portal: yes", "appointments: no"))), Combine.MEDIAN);
        List<Plan.Phase> phases = Plan.of(r).roadmap();
        assertThat(phases).hasSize(1);
        assertThat(ids(phases.get(0))).containsExactly("appointments");
    }

    private static List<String> ids(Plan.Phase phase) {
        return phase.measures().stream().map(p -> p.question().id()).toList();
    }
}
