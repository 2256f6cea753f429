package de.smartregion.score;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

import de.smartregion.model.Questionnaire;
import de.smartregion.model.Result;
import de.smartregion.testing.Fixtures;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Legal duties (src/test/resources/score/duties.yaml): judged on the answer, listed when open, and fulfilled in
 * the roadmap right after the thesis conditions, whatever their effort. Hand numbers, all weights 1, missing
 * excluded, targets the best answer:
 *
 * <p>A Gemeinde answering plan draft (0.5), invoice none (0), energy n/a, hours no (0), share 80 (0.8); portal is not
 * asked of a Gemeinde. Field and index (0.5 + 0 + 0 + 0.8) / 4 = 32.5. Impacts: plan to 1 gives 1.8 / 4 = 45, +12.5,
 * priority 12.5 / 3 (high); invoice to 1 gives 2.3 / 4 = 57.5, +25, priority 25 / 3; hours +25, priority 25 (low);
 * share to 1 gives 1.5 / 4 = 37.5, +5, priority 5 / 2 (medium). By priority alone hours would lead and invoice
 * follow; plan closes the condition, invoice fulfils its duty: plan, invoice, hours, share.
 */
class DutyTest {

    private static final Questionnaire Q = Fixtures.questionnaire(Fixtures.read("src/test/resources/score/duties.yaml"));

    private static Result score(String type, String... answers) {
        String yaml = Fixtures.answers(Q, null, answers)
                .replace("{id: \"01\", name: Testdorf}", "{id: \"01\", name: Testdorf, type: " + type + "}");
        return Scorer.score(Q, List.of(Fixtures.assessment(Q, yaml)), Combine.MEDIAN);
    }

    private static final String[] GEMEINDE = {"plan: draft", "invoice: none", "energy: n/a", "hours: no",
        "share: 80"};

    @Test
    void aDutyBelowItsMinimumIsOpenAndOneAtOrAboveItIsMet() {
        Result r = score("Gemeinde", GEMEINDE);
        assertThat(r.overall().score()).isCloseTo(32.5, within(1e-9));
        // energy is n/a and portal is not asked of a Gemeinde: neither is judged
        assertThat(r.duties()).extracting(d -> d.question().id(), Result.DutyResult::met)
                .containsExactly(tuple("invoice", false), tuple("share", true));
        assertThat(r.dutiesOpen()).extracting(d -> d.question().id()).containsExactly("invoice");
        assertThat(r.dutiesOpen().get(0).minimum().status()).isEqualTo(Result.AnswerStatus.ANSWERED);
    }

    @Test
    void theRoadmapFulfilsDutiesRightAfterTheConditionsWhateverTheirEffort() {
        Result r = score("Gemeinde", GEMEINDE);
        assertThat(r.priorities()).extracting(p -> p.question().id(), Result.Priority::duty)
                .containsExactly(tuple("plan", false), tuple("invoice", true), tuple("hours", false),
                        tuple("share", false));
        double[][] impactAndPriority = {{12.5, 12.5 / 3}, {25, 25.0 / 3}, {25, 25}, {5, 2.5}};
        for (int i = 0; i < impactAndPriority.length; i++) {
            assertThat(r.priorities().get(i).impact()).isCloseTo(impactAndPriority[i][0], within(1e-9));
            assertThat(r.priorities().get(i).priority()).isCloseTo(impactAndPriority[i][1], within(1e-9));
        }
        Plan plan = Plan.of(r);
        // invoice is of high effort, which alone would put it in phase 3
        assertThat(plan.roadmap()).extracting(Plan.Phase::number, ph -> ph.measures().stream()
                        .map(p -> p.question().id()).toList())
                .containsExactly(tuple(1, List.of("plan", "invoice", "hours")), tuple(2, List.of("share")));
    }

    /**
     * Unanswered, invoice counts nowhere: the index is (0.5 + 0 + 0.8) / 3 = 43.33, and answering it at its target
     * gives 57.5, so the measure gains 57.5 - 43.33 = 14.17.
     */
    @Test
    void anUnansweredDutyIsOpenAndItsMeasureGainsWhatAnsweringItAtItsTargetAdds() {
        Result r = score("Gemeinde", "plan: draft", "energy: n/a", "hours: no", "share: 80");
        assertThat(r.dutiesOpen()).extracting(d -> d.question().id(), d -> d.minimum().status())
                .containsExactly(tuple("invoice", Result.AnswerStatus.MISSING));
        Result.Priority invoice = r.priorities().get(1);
        assertThat(invoice.question().id()).isEqualTo("invoice");
        assertThat(invoice.duty()).isTrue();
        assertThat(invoice.impact()).isCloseTo(57.5 - 130.0 / 3, within(1e-9));
    }

    /** A target below the legal minimum fulfils nothing: the duty stays open, and no measure claims to fulfil it. */
    @Test
    void aTargetBelowTheMinimumIsNoDutyMeasure() {
        Result r = score("Gemeinde", "plan: draft", "invoice: {value: none, target: none}", "energy: n/a",
                "hours: no", "share: 80");
        assertThat(r.dutiesOpen()).extracting(d -> d.question().id()).containsExactly("invoice");
        assertThat(r.priorities()).extracting(p -> p.question().id()).doesNotContain("invoice");
    }

    /** A Stadt is asked portal; level 1 scores 0.25, below the minimum level 2 (0.5); energy no is below yes. */
    @Test
    void aDutyOnALevelOrOnYesIsJudgedByTheSameRuleAsAnyBound() {
        Result r = score("Stadt", "plan: prioritised", "invoice: process", "energy: no", "portal: 1", "hours: yes",
                "share: 50");
        assertThat(r.duties()).extracting(d -> d.question().id(), Result.DutyResult::met)
                .containsExactly(tuple("invoice", true), tuple("energy", false), tuple("portal", false),
                        tuple("share", true));
        // nothing closes a condition here; the index is 3.75 / 6 = 62.5, and the two duties lead by priority:
        // portal to 4 gives 4.5 / 6 = 75, +12.5 / 1 (low); energy to yes gives 4.75 / 6 = 79.17, +16.67 / 2 (medium)
        assertThat(r.priorities()).extracting(p -> p.question().id(), Result.Priority::duty)
                .startsWith(tuple("portal", true), tuple("energy", true));
    }

    /** A duty binds only the types it names: the same answers give a Stadt an open duty and a Region none. */
    @Test
    void aDutyBindsOnlyTheTypesItNames() {
        Questionnaire q = Fixtures.questionnaire(Fixtures.read("src/test/resources/score/duties.yaml")
                .replace("duty: {minimum: yes, basis: \"§ 6 EnEfG\"}",
                        "duty: {minimum: yes, basis: \"§ 6 EnEfG\", appliesTo: [Gemeinde, Stadt, Landkreis]}"));
        for (String type : List.of("Stadt", "Region")) {
            String yaml = Fixtures.answers(q, null, "plan: prioritised", "invoice: process", "energy: no", "portal: 4",
                    "hours: yes", "share: 50").replace("{id: \"01\", name: Testdorf}", "{id: \"01\", name: Test, type: " + type + "}");
            Result r = Scorer.score(q, List.of(Fixtures.assessment(q, yaml)), Combine.MEDIAN);
            assertThat(r.dutiesOpen()).as(type).extracting(d -> d.question().id())
                    .isEqualTo(type.equals("Stadt") ? List.of("energy") : List.of());
            assertThat(r.priorities()).as(type).filteredOn(Result.Priority::duty).hasSize(type.equals("Stadt") ? 1 : 0);
        }
    }

    /**
     * A measure does not build on a duty that is open: with hours requiring invoice, invoice (answered below its
     * minimum) is an open prerequisite of hours, even though it scores above its lowest answer.
     */
    @Test
    void aPrerequisiteBelowItsLegalMinimumIsNotInPlace() {
        Questionnaire q = Fixtures.questionnaire(Fixtures.read("src/test/resources/score/duties.yaml")
                .replace("          minimum: receive", "          minimum: process")
                .replace("        text: Are the opening hours online?\n",
                        "        text: Are the opening hours online?\n        requires: [invoice]\n"));
        String yaml = Fixtures.answers(q, null, "plan: prioritised", "invoice: receive", "energy: yes", "hours: no",
                "share: 50").replace("{id: \"01\", name: Testdorf}", "{id: \"01\", name: Test, type: Gemeinde}");
        Result r = Scorer.score(q, List.of(Fixtures.assessment(q, yaml)), Combine.MEDIAN);
        Result.Priority hours = r.priorities().stream().filter(p -> p.question().id().equals("hours")).findFirst()
                .orElseThrow();
        assertThat(hours.prerequisites()).containsExactly("invoice");
        List<String> order = r.priorities().stream().map(p -> p.question().id()).toList();
        assertThat(order.indexOf("invoice")).isLessThan(order.indexOf("hours"));
    }
}
