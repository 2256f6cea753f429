package de.smartregion.score;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import de.smartregion.model.Assessment;
import de.smartregion.model.Questionnaire;
import de.smartregion.model.Result;
import de.smartregion.testing.Fixtures;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

/**
 * Thesis verdicts with conditions, per-thesis missing and the "not assessable" rule, pinned to numbers computed by
 * hand for src/test/resources/score/conditions.yaml (all weights 1):
 * integrated: strategy a=1, isek a=1, sectoral a=0.5, portal a=0.25; conditions strategy ≥ adopted (0.75) and
 * anyOf(isek ≥ 3 = 3/4 = 0.75, sectoral score ≥ 0.5). participatory (missing: zero): feedback, formats;
 * condition feedback ≥ yes (1). implementable (threshold 40): strategy, plan, portal a=0.25; no condition.
 */
class ThesisVerdictTest {

    private static final Offset<Double> EXACT = within(1e-9);
    static final String YAML = Fixtures.read("src/test/resources/score/conditions.yaml");
    static final Questionnaire Q = Fixtures.questionnaire(YAML);

    /** Everything answered; each line's score in its comment. */
    static final List<String> ALL = List.of(
            "strategy: adopted",        // 0.75
            "isek: 2",                  // 2/4 = 0.5
            "sectoral: [tourism]",      // 1/2 = 0.5
            "feedback: yes",            // 1
            "formats: 2",               // 2/4 = 0.5
            "plan: 2",                  // 0.5
            "portal: 4");               // 1

    static Result score(Questionnaire q, List<String> answers) {
        return Scorer.score(q, List.of(assessment(q, answers)), Combine.MEDIAN);
    }

    static Assessment assessment(Questionnaire q, List<String> answers) {
        return Fixtures.assessment(q, Fixtures.answers(q, null, answers.toArray(new String[0])));
    }

    /** {@code answers} with the line of question {@code id} replaced by {@code line} (or dropped, if null). */
    static List<String> with(List<String> answers, String id, String line) {
        List<String> out = new ArrayList<>();
        for (String a : answers) {
            if (!a.startsWith(id + ":")) {
                out.add(a);
            } else if (line != null) {
                out.add(line);
            }
        }
        return out;
    }

    static Result.ThesisResult thesis(Result r, String id) {
        return r.theses().stream().filter(t -> t.thesis().id().equals(id)).findFirst().orElseThrow();
    }

    private static Result.BoundResult bound(Result.ConditionResult c) {
        return (Result.BoundResult) c;
    }

    @Test
    void everyConditionHoldsAndEveryThesisIsMet() {
        Result r = score(Q, ALL);
        Result.ThesisResult integrated = thesis(r, "integrated");
        // (1·0.75 + 1·0.5 + 0.5·0.5 + 0.25·1) / (1 + 1 + 0.5 + 0.25) = 1.75 / 2.75
        assertThat(integrated.score()).isCloseTo(100 * 1.75 / 2.75, EXACT);
        // option bound: adopted 0.75 ≥ 0.75, exactly at the bound
        assertThat(bound(integrated.conditions().get(0)).score()).isEqualTo(0.75);
        assertThat(integrated.conditions().get(0).holds()).isTrue();
        // anyOf: isek 0.5 < 0.75 fails, sectoral 0.5 ≥ 0.5 holds
        Result.AnyOfResult any = (Result.AnyOfResult) integrated.conditions().get(1);
        assertThat(any.items()).extracting(Result.ConditionResult::holds).containsExactly(false, true);
        assertThat(any.holds()).isTrue();
        assertThat(integrated.met()).isTrue();
        // participatory (1 + 0.5) / 2 = 75; implementable (0.75 + 0.5 + 0.25·1) / 2.25 = 1.5 / 2.25
        assertThat(thesis(r, "participatory").score()).isCloseTo(75, EXACT);
        assertThat(thesis(r, "implementable").score()).isCloseTo(100 * 1.5 / 2.25, EXACT);
        assertThat(r.strategyWorks()).isTrue();
        assertThat(r.priorities()).allSatisfy(p -> assertThat(p.closes()).isEmpty());
    }

    @Test
    void aFailedOptionBoundFailsTheThesisWhateverItsScore() {
        // strategy draft 0.25, isek 4 → 1, both sectoral → 1: (0.25 + 1 + 0.5·1 + 0.25·1) / 2.75 = 2 / 2.75 = 72.7
        Result r = score(Q, with(with(with(ALL, "strategy", "strategy: draft"), "isek", "isek: 4"),
                "sectoral", "sectoral: [tourism, marketing]"));
        Result.ThesisResult integrated = thesis(r, "integrated");
        assertThat(integrated.score()).isCloseTo(100 * 2 / 2.75, EXACT);
        assertThat(integrated.reachesThreshold()).isTrue();
        assertThat(integrated.conditions().get(0).holds()).isFalse();
        assertThat(bound(integrated.conditions().get(0)).score()).isEqualTo(0.25);
        assertThat(integrated.met()).isFalse();
        assertThat(r.strategyWorks()).isFalse();
    }

    @Test
    void aLevelBoundHoldsAtItsLevelAndNotBelow() {
        // isek 3 → 3/4 = 0.75 ≥ 0.75; sectoral unanswered, so the anyOf rests on isek alone
        Result at = score(Q, with(with(ALL, "isek", "isek: 3"), "sectoral", null));
        assertThat(thesis(at, "integrated").conditions().get(1).holds()).isTrue();
        assertThat(thesis(at, "integrated").met()).isTrue();
        // isek 2 → 0.5 < 0.75: the anyOf fails though T = (0.75 + 0.5 + 0.25·1) / (1 + 1 + 0.25) = 66.7 ≥ 50
        Result below = score(Q, with(ALL, "sectoral", null));
        Result.ThesisResult integrated = thesis(below, "integrated");
        assertThat(integrated.score()).isCloseTo(100 * 1.5 / 2.25, EXACT);
        assertThat(integrated.conditions().get(1).holds()).isFalse();
        assertThat(integrated.met()).isFalse();
        Result.AnyOfResult any = (Result.AnyOfResult) integrated.conditions().get(1);
        assertThat(bound(any.items().get(1)).status()).isEqualTo(Result.AnswerStatus.MISSING);
        assertThat(bound(any.items().get(1)).score()).isNull();
    }

    @Test
    void anNaAnswerNeverSatisfiesACondition() {
        Result r = score(Q, with(with(ALL, "isek", "isek: n/a"), "sectoral", null));
        Result.AnyOfResult any = (Result.AnyOfResult) thesis(r, "integrated").conditions().get(1);
        assertThat(bound(any.items().get(0)).status()).isEqualTo(Result.AnswerStatus.NOT_APPLICABLE);
        assertThat(any.holds()).isFalse();
        Result noStrategy = score(Q, with(ALL, "strategy", "strategy: n/a"));
        assertThat(thesis(noStrategy, "integrated").conditions().get(0).holds()).isFalse();
        assertThat(thesis(noStrategy, "integrated").met()).isFalse();
    }

    @Test
    void aBooleanBoundNeedsYes() {
        Result no = score(Q, with(ALL, "feedback", "feedback: no"));
        // (0 + 0.5) / 2 = 25, and feedback 0 < 1
        assertThat(thesis(no, "participatory").score()).isCloseTo(25, EXACT);
        assertThat(thesis(no, "participatory").conditions().get(0).holds()).isFalse();
    }

    @Test
    void aThesisWithMissingZeroCountsItsUnansweredQuestionsAsZero() {
        // formats unanswered: participatory (missing: zero) (1 + 0) / 2 = 50, not the 100 that exclude would give
        Result r = score(Q, with(ALL, "formats", null));
        assertThat(thesis(r, "participatory").score()).isCloseTo(50, EXACT);
        assertThat(r.fields().get(0).theses().get("participatory")).isCloseTo(50, EXACT);
        // the field and the index keep scoring.missing: exclude. process: (0.75 + 0.5 + 0.5 + 1 + 0.5) / 5 = 65
        assertThat(r.fields().get(0).score()).isCloseTo(65, EXACT);
        // own weight answered 1 of 2: 0.5, at the assessable share
        assertThat(thesis(r, "participatory").answeredShare()).isCloseTo(0.5, EXACT);
        assertThat(thesis(r, "participatory").assessable()).isTrue();
        assertThat(thesis(r, "participatory").met()).isTrue();
    }

    @Test
    void aThesisWhoseOwnQuestionsAreMostlyUnansweredIsNotAssessable() {
        // implementable: only portal (a = 0.25, not one of its own) answered: T = 100, own share 0 of 2
        Result r = score(Q, List.of("portal: 4", "feedback: yes", "formats: 4"));
        Result.ThesisResult implementable = thesis(r, "implementable");
        assertThat(implementable.score()).isCloseTo(100, EXACT);
        assertThat(implementable.reachesThreshold()).isTrue();
        assertThat(implementable.answeredShare()).isCloseTo(0, EXACT);
        assertThat(implementable.assessable()).isFalse();
        assertThat(implementable.met()).isFalse();
        assertThat(r.strategyWorks()).isFalse();
        // participatory has both own questions answered: share 1, met
        assertThat(thesis(r, "participatory").met()).isTrue();
    }

    @Test
    void assessableCountsWeightTimesAffinityAndLeavesNaOut() {
        // integrated own: strategy 1, isek 1, sectoral 0.5 (portal 0.25 is no own question).
        // isek n/a and sectoral missing: answered 1 of applicable 1 + 0.5 = 1.5 → 2/3
        Result r = score(Q, with(with(ALL, "isek", "isek: n/a"), "sectoral", null));
        assertThat(thesis(r, "integrated").answeredShare()).isCloseTo(1 / 1.5, EXACT);
        assertThat(thesis(r, "integrated").assessable()).isTrue();
        // strategy and isek missing: answered 0.5 of 2.5 = 0.2 → not assessable
        Result thin = score(Q, with(with(ALL, "strategy", null), "isek", null));
        assertThat(thesis(thin, "integrated").answeredShare()).isCloseTo(0.2, EXACT);
        assertThat(thesis(thin, "integrated").assessable()).isFalse();
    }

    @Test
    void severalRespondentsAreJudgedOnTheirMedian() {
        List<String> rest = with(ALL, "strategy", null);
        // median of updated 1, draft 0.25, adopted 0.75 = 0.75 ≥ 0.75
        Result three = Scorer.score(Q, respondents(rest, "updated", "draft", "adopted"), Combine.MEDIAN);
        Result.BoundResult b = bound(thesis(three, "integrated").conditions().get(0));
        assertThat(b.score()).isCloseTo(0.75, EXACT);
        assertThat(b.answer()).isNull(); // several respondents: no single answer
        assertThat(b.holds()).isTrue();
        // median of 1 and 0.25 = 0.625 < 0.75
        Result two = Scorer.score(Q, respondents(rest, "updated", "draft"), Combine.MEDIAN);
        assertThat(bound(thesis(two, "integrated").conditions().get(0)).score()).isCloseTo(0.625, EXACT);
        assertThat(thesis(two, "integrated").conditions().get(0).holds()).isFalse();
        // mean of the three: (1 + 0.25 + 0.75) / 3 = 0.667 < 0.75
        Result mean = Scorer.score(Q, respondents(rest, "updated", "draft", "adopted"), Combine.MEAN);
        assertThat(bound(thesis(mean, "integrated").conditions().get(0)).score()).isCloseTo(2.0 / 3, EXACT);
        assertThat(thesis(mean, "integrated").conditions().get(0).holds()).isFalse();
    }

    /** One respondent per strategy answer, each of a group of its own (role r1, r2, ...), so each counts once. */
    private static List<Assessment> respondents(List<String> rest, String... strategies) {
        List<Assessment> list = new ArrayList<>();
        for (String s : strategies) {
            List<String> answers = new ArrayList<>(rest);
            answers.add("strategy: " + s);
            list.add(Fixtures.assessment(Q, Fixtures.answers(Q, "r" + (list.size() + 1),
                    answers.toArray(new String[0]))));
        }
        return list;
    }

    @Test
    void aQuestionnaireWithoutConditionsJudgesByScoreAlone() {
        Questionnaire plain = Fixtures.questionnaire(Fixtures.read("src/test/resources/score/all-types.yaml"));
        assertThat(plain.theses()).allSatisfy(t -> assertThat(t.conditions()).isEmpty());
        Result r = Scorer.score(plain, List.of(Fixtures.assessment(plain,
                Fixtures.read("src/test/resources/score/answers-a.yaml"))), Combine.MEDIAN);
        assertThat(r.theses()).allSatisfy(t -> assertThat(t.met()).isEqualTo(t.reachesThreshold() && t.assessable()));
        assertThat(Arrays.asList(r.theses().stream().map(Result.ThesisResult::conditions).toArray())).allSatisfy(
                c -> assertThat((List<?>) c).isEmpty());
    }
}
