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
 * Scoring pinned to numbers computed by hand from docs/methodology.md for src/test/resources/score/all-types.yaml.
 * The derivations are in the comments so that a reader can check them with pencil and paper.
 */
class ScorerTest {

    private static final Offset<Double> EXACT = within(1e-9);
    private static final String ALL_TYPES = Fixtures.read("src/test/resources/score/all-types.yaml");
    private static final Questionnaire Q = Fixtures.questionnaire(ALL_TYPES);

    /** The answers of answers-a.yaml, one line per question, so that tests can drop or replace one. */
    private static final List<String> A = List.of(
            "s1: 3",                                          // scale 0..4: 3/4 = 0.75
            "c1: some",                                       // choice: 0.5
            "b1: yes",                                        // boolean: 1
            "m1: [portal, fax]",                              // multi: (2 - 1) / 3 = 1/3
            "n1: 40",                                         // number 0..100: 0.4
            "n2: 250",                                        // bands: highest from <= 250 is 100 -> 0.5
            "x1: {cloud: [invested, planned], ai: [planned]}", // rows 1.5/1.5 = 1 and 0.5/1.5 = 1/3 -> mean 2/3
            "x2: {a: \"yes\", b: \"no\"}",                    // rows 1 and 0, c unanswered -> 0.5
            "s2: 3");                                         // own levels 0..5: 3/5 = 0.6

    private static Result score(Questionnaire q, List<String> answers) {
        return Scorer.score(q, List.of(Fixtures.assessment(q, Fixtures.answers(q, null,
                answers.toArray(new String[0])))), Combine.MEDIAN);
    }

    private static List<String> replace(List<String> answers, String id, String line) {
        List<String> out = new ArrayList<>();
        for (String a : answers) {
            if (a.startsWith(id + ":")) {
                if (line != null) {
                    out.add(line);
                }
            } else {
                out.add(a);
            }
        }
        return out;
    }

    private static Result.QuestionResult question(Result r, String id) {
        return r.questions().stream().filter(q -> q.question().id().equals(id)).findFirst().orElseThrow();
    }

    private static Result.FieldResult field(Result r, String id) {
        return r.fields().stream().filter(f -> f.field().id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void everyQuestionTypeScoresAsTheTableSays() {
        Result r = score(Q, A);
        assertThat(question(r, "s1").score()).isCloseTo(0.75, EXACT);
        assertThat(question(r, "c1").score()).isCloseTo(0.5, EXACT);
        assertThat(question(r, "b1").score()).isCloseTo(1.0, EXACT);
        assertThat(question(r, "m1").score()).isCloseTo(1.0 / 3, EXACT);
        assertThat(question(r, "n1").score()).isCloseTo(0.4, EXACT);
        assertThat(question(r, "n2").score()).isCloseTo(0.5, EXACT);
        assertThat(question(r, "x1").score()).isCloseTo(2.0 / 3, EXACT);
        assertThat(question(r, "x2").score()).isCloseTo(0.5, EXACT);
        assertThat(question(r, "s2").score()).isCloseTo(0.6, EXACT);
    }

    @Test
    void edgesOfTheTypes() {
        // multi: the negative weight alone clamps to 0; the exclusive "none" scores 0; all positive = 1
        assertThat(question(score(Q, replace(A, "m1", "m1: [fax]")), "m1").score()).isCloseTo(0, EXACT);
        assertThat(question(score(Q, replace(A, "m1", "m1: [none]")), "m1").score()).isCloseTo(0, EXACT);
        assertThat(question(score(Q, replace(A, "m1", "m1: [portal, app]")), "m1").score()).isCloseTo(1, EXACT);
        // bands: below the first band's upper neighbour, exactly on a band, above the top band
        assertThat(question(score(Q, replace(A, "n2", "n2: 99.9")), "n2").score()).isCloseTo(0, EXACT);
        assertThat(question(score(Q, replace(A, "n2", "n2: 1000")), "n2").score()).isCloseTo(1, EXACT);
        assertThat(question(score(Q, replace(A, "n2", "n2: 5000")), "n2").score()).isCloseTo(1, EXACT);
        // boolean no
        assertThat(question(score(Q, replace(A, "b1", "b1: no")), "b1").score()).isCloseTo(0, EXACT);
    }

    @Test
    void numberWithMaxBelowMinMeansLowerIsBetter() {
        Questionnaire q = Fixtures.questionnaire(ALL_TYPES.replace("min: 0, max: 100", "min: 60, max: 10"));
        // (25 - 60) / (10 - 60) = 0.7; 5 is beyond the best bound and clamps to 1; 80 clamps to 0
        assertThat(question(score(q, replace(A, "n1", "n1: 25")), "n1").score()).isCloseTo(0.7, EXACT);
        assertThat(question(score(q, replace(A, "n1", "n1: 5")), "n1").score()).isCloseTo(1, EXACT);
        assertThat(question(score(q, replace(A, "n1", "n1: 80")), "n1").score()).isCloseTo(0, EXACT);
    }

    @Test
    void fieldScoresUseWeightedMeanOrMin() {
        Result r = score(Q, A);
        // f1 weighted mean: (2 * 0.75 + 1 * 0.5 + 1 * 1) / 4 = 0.75
        assertThat(field(r, "f1").score()).isCloseTo(75.0, EXACT);
        // f2 min: min(1/3, 0.4, 0.5)
        assertThat(field(r, "f2").score()).isCloseTo(100.0 / 3, EXACT);
        // f3: (2/3 + 0.5 + 0.6) / 3 = 53/90
        assertThat(field(r, "f3").score()).isCloseTo(100 * 53.0 / 90, EXACT);
    }

    @Test
    void overallIsTheFieldWeightedMean() {
        Result r = score(Q, A);
        // (2 * 75 + 1 * 33.333 + 1 * 58.889) / 4 = 60.5556
        double expected = (2 * 75.0 + 100.0 / 3 + 100 * 53.0 / 90) / 4;
        assertThat(r.overall().score()).isCloseTo(expected, EXACT);
        assertThat(r.overall().score()).isCloseTo(60.5556, within(1e-4));
        assertThat(r.overall().stage().id()).isEqualTo("connector");
        assertThat(r.overall().coverage()).isCloseTo(1.0, EXACT);
    }

    @Test
    void overallMinIsTheWeakestField() {
        Questionnaire q = Fixtures.questionnaire(ALL_TYPES.replace("overall: weighted-mean", "overall: min"));
        Result r = score(q, A);
        assertThat(r.overall().score()).isCloseTo(100.0 / 3, EXACT);
        assertThat(r.overall().stage().id()).isEqualTo("explorer");
    }

    @Test
    void thesesWeightByQuestionWeightAndAffinity() {
        Result r = score(Q, A);
        // integrated: s1 (w 2, a 1, 0.75), c1 (w 1, a 0.5, 0.5), x2 (w 1, a 1, 0.5): 2.25 / 3.5
        assertThat(r.theses().get(0).score()).isCloseTo(100 * 2.25 / 3.5, EXACT);
        assertThat(r.theses().get(0).met()).isTrue();
        // participatory: c1 0.5, m1 1/3: (0.5 + 1/3) / 2
        assertThat(r.theses().get(1).score()).isCloseTo(100 * (0.5 + 1.0 / 3) / 2, EXACT);
        assertThat(r.theses().get(1).met()).isFalse();
        // implementable: b1 1, n1 0.4, n2 0.5, x1 2/3
        assertThat(r.theses().get(2).score()).isCloseTo(100 * (1 + 0.4 + 0.5 + 2.0 / 3) / 4, EXACT);
        assertThat(r.theses().get(2).met()).isTrue();
        assertThat(r.strategyWorks()).isFalse();
        // per field: f1 integrated (2 * 0.75 + 0.5 * 0.5) / 2.5 = 0.7
        assertThat(field(r, "f1").theses()).containsOnlyKeys("integrated", "participatory", "implementable");
        assertThat(field(r, "f1").theses().get("integrated")).isCloseTo(70.0, EXACT);
        assertThat(field(r, "f1").theses().get("participatory")).isCloseTo(50.0, EXACT);
        assertThat(field(r, "f3").theses()).containsOnlyKeys("implementable", "integrated");
    }

    @Test
    void impactIsTheOverallGainOfReachingTheTarget() {
        Result r = score(Q, A);
        // s1 -> 1: f1 = (2 + 0.5 + 1) / 4 = 87.5; overall rises by 2 * 12.5 / 4 = 6.25
        assertThat(question(r, "s1").impact()).isCloseTo(6.25, EXACT);
        assertThat(question(r, "c1").impact()).isCloseTo(6.25, EXACT);
        assertThat(question(r, "b1").impact()).isCloseTo(0, EXACT);
        // m1 -> 1: f2 = min(1, 0.4, 0.5) = 40; (40 - 33.333) / 4
        assertThat(question(r, "m1").impact()).isCloseTo((40 - 100.0 / 3) / 4, EXACT);
        // n1 -> 1 leaves the min at m1's 1/3: no gain under min aggregation
        assertThat(question(r, "n1").impact()).isCloseTo(0, EXACT);
        // x2 -> 1: f3 = (2/3 + 1 + 0.6) / 3; gain / 4
        assertThat(question(r, "x2").impact()).isCloseTo(100 * ((2.0 / 3 + 1 + 0.6) / 3 - 53.0 / 90) / 4, EXACT);
        assertThat(question(r, "x2").impact()).isCloseTo(4.1667, within(1e-4));
        assertThat(question(r, "s1").target()).isCloseTo(1.0, EXACT);
    }

    @Test
    void prioritiesDivideImpactByEffortAndSkipReachedTargets() {
        Result r = score(Q, A);
        // s1 6.25 / 1; c1 6.25 / 2; x2 4.1667 / 2; s2 3.3333 / 2; x1 2.7778 / 2; m1 1.6667 / 2
        assertThat(r.priorities()).extracting(p -> p.question().id())
                .containsExactly("s1", "c1", "x2", "s2", "x1", "m1");
        assertThat(r.priorities().get(0).priority()).isCloseTo(6.25, EXACT);
        assertThat(r.priorities().get(1).priority()).isCloseTo(3.125, EXACT);
        assertThat(r.priorities().get(3).priority()).isCloseTo(100 * ((2.0 / 3 + 0.5 + 1) / 3 - 53.0 / 90) / 4 / 2,
                EXACT);
    }

    @Test
    void anAnswersOwnTargetReplacesTheBestAnswer() {
        Result r = score(Q, replace(replace(A, "s1", "s1: {value: 3, target: 2, note: lower is planned}"),
                "c1", "c1: {value: some, target: some}"));
        // s1's target 2 scores 0.5: f1 = (1 + 0.5 + 1) / 4 = 62.5; overall falls by 2 * 12.5 / 4
        assertThat(question(r, "s1").target()).isCloseTo(0.5, EXACT);
        assertThat(question(r, "s1").impact()).isCloseTo(-6.25, EXACT);
        assertThat(question(r, "c1").impact()).isCloseTo(0, EXACT);
        assertThat(r.priorities()).extracting(p -> p.question().id()).doesNotContain("s1", "c1");
    }

    @Test
    void missingAnswersAreExcludedAndLowerTheCoverage() {
        Result r = score(Q, replace(replace(A, "c1", null), "n1", null));
        // f1 = (1.5 + 1) / 3; f2 = min(1/3, 0.5); overall = (2 * 83.333 + 33.333 + 58.889) / 4
        assertThat(field(r, "f1").score()).isCloseTo(100 * 2.5 / 3, EXACT);
        assertThat(field(r, "f2").score()).isCloseTo(100.0 / 3, EXACT);
        assertThat(r.overall().score()).isCloseTo((2 * 250.0 / 3 + 100.0 / 3 + 100 * 53.0 / 90) / 4, EXACT);
        assertThat(r.overall().coverage()).isCloseTo(7.0 / 9, EXACT);
        assertThat(field(r, "f1").coverage()).isCloseTo(2.0 / 3, EXACT);
        assertThat(field(r, "f1").answered()).isEqualTo(2);
        assertThat(field(r, "f1").applicable()).isEqualTo(3);
        assertThat(question(r, "c1").score()).isNull();
        assertThat(question(r, "c1").impact()).isNull();
        assertThat(r.warnings()).extracting(w -> w.code()).containsExactly("low-coverage");
    }

    @Test
    void missingAnswersCountAsZeroUnderMissingZero() {
        Questionnaire q = Fixtures.questionnaire(ALL_TYPES.replace("missing: exclude", "missing: zero"));
        Result r = score(q, replace(replace(A, "c1", null), "n1", null));
        // f1 = (1.5 + 0 + 1) / 4 = 62.5; f2 = min(1/3, 0, 0.5) = 0; overall = (125 + 0 + 58.889) / 4
        assertThat(field(r, "f1").score()).isCloseTo(62.5, EXACT);
        assertThat(field(r, "f2").score()).isCloseTo(0, EXACT);
        assertThat(r.overall().score()).isCloseTo((125 + 100 * 53.0 / 90) / 4, EXACT);
        assertThat(r.overall().coverage()).isCloseTo(7.0 / 9, EXACT);
        // the missing c1 counts and can be closed: f1 -> (1.5 + 1 + 1) / 4 = 87.5; gain 2 * 25 / 4
        assertThat(question(r, "c1").impact()).isCloseTo(12.5, EXACT);
        assertThat(question(r, "c1").score()).isNull();
        assertThat(r.warnings()).extracting(w -> w.code()).contains("low-coverage", "missing-as-zero");
    }

    @Test
    void notApplicableLeavesTheMeansAndTheCoverage() {
        Result r = score(Q, replace(A, "b1", "b1: n/a"));
        // f1 = (1.5 + 0.5) / 3; implementable loses b1: (0.4 + 0.5 + 2/3) / 3
        assertThat(field(r, "f1").score()).isCloseTo(100 * 2.0 / 3, EXACT);
        assertThat(field(r, "f1").applicable()).isEqualTo(2);
        assertThat(r.overall().coverage()).isCloseTo(1.0, EXACT);
        assertThat(r.theses().get(2).score()).isCloseTo(100 * (0.4 + 0.5 + 2.0 / 3) / 3, EXACT);
        assertThat(question(r, "b1").score()).isNull();
        assertThat(question(r, "b1").target()).isNull();
        assertThat(question(r, "b1").impact()).isNull();
        assertThat(r.warnings()).isEmpty();
    }

    @Test
    void aFieldWithoutAnswersHasNoScoreAndLeavesTheIndex() {
        Result r = score(Q, replace(replace(replace(A, "x1", null), "x2", null), "s2", null));
        assertThat(field(r, "f3").score()).isNull();
        assertThat(field(r, "f3").stage()).isNull();
        // overall over f1 and f2 only: (2 * 75 + 33.333) / 3
        assertThat(r.overall().score()).isCloseTo((150 + 100.0 / 3) / 3, EXACT);
        assertThat(r.warnings()).extracting(w -> w.code()).contains("field-unanswered");
    }

    @Test
    void stagesUseTheScoreAsShown() {
        String one = "kind: questionnaire\nid: one\nversion: \"1\"\ntitle: One\n"
                + "stages: [{from: 0, id: low, label: Low}, {from: 40, id: mid, label: Mid}]\n"
                + "theses: [{id: t, title: T, threshold: 50}]\n"
                + "fields: [{id: f, title: F, questions: [{id: n, type: number, text: N, min: 0, max: 100,"
                + " theses: [t]}]}]\n";
        Questionnaire q = Fixtures.questionnaire(one);
        Result shownAs40 = score(q, List.of("n: 39.96"));
        assertThat(shownAs40.overall().score()).isCloseTo(39.96, within(1e-9));
        assertThat(shownAs40.overall().stage().id()).isEqualTo("mid");
        assertThat(score(q, List.of("n: 39.94")).overall().stage().id()).isEqualTo("low");
        // a thesis shown as 50.0 is met
        assertThat(score(q, List.of("n: 49.96")).theses().get(0).met()).isTrue();
        assertThat(score(q, List.of("n: 49.94")).theses().get(0).met()).isFalse();
        // with two decimals, 39.996 is shown as 40.00
        Questionnaire two = Fixtures.questionnaire(one + "scoring: {rounding: 2}\n");
        assertThat(score(two, List.of("n: 39.96")).overall().stage().id()).isEqualTo("low");
        assertThat(score(two, List.of("n: 39.996")).overall().stage().id()).isEqualTo("mid");
    }

    @Test
    void respondentsCombineByMedianOrMeanWithSpread() {
        Questionnaire q = Fixtures.questionnaire(ALL_TYPES.replace("effort: low}", "effort: low, na: true}"));
        String[] roles = {"administration", "council", "citizens", "businesses"};
        String[] s1 = {"s1: 0", "s1: 1", "s1: 4", "s1: n/a"};
        List<Assessment> respondents = new ArrayList<>();
        for (int i = 0; i < roles.length; i++) {
            respondents.add(Fixtures.assessment(q, Fixtures.answers(q, roles[i], s1[i], "c1: some")));
        }
        // scores 0, 0.25, 1 (n/a left out): median 0.25, mean 1.25 / 3, spread 1
        Result median = Scorer.score(q, respondents, Combine.MEDIAN);
        assertThat(question(median, "s1").score()).isCloseTo(0.25, EXACT);
        assertThat(question(median, "s1").spread()).isCloseTo(1.0, EXACT);
        assertThat(question(median, "c1").spread()).isCloseTo(0.0, EXACT);
        Result mean = Scorer.score(q, respondents, Combine.MEAN);
        assertThat(question(mean, "s1").score()).isCloseTo(1.25 / 3, EXACT);
        assertThat(median.respondents()).extracting(p -> p.role()).containsExactly(roles);
        // an even count: 0.25 and 0.75 give the median 0.5
        List<Assessment> two = new ArrayList<>();
        for (String v : Arrays.asList("s1: 1", "s1: 3")) {
            two.add(Fixtures.assessment(Q, Fixtures.answers(Q, null, v)));
        }
        assertThat(question(Scorer.score(Q, two, Combine.MEDIAN), "s1").score()).isCloseTo(0.5, EXACT);
    }

    @Test
    void everyScoreIsAbsentWhenNothingIsAnswered() {
        Result r = score(Q, List.of());
        assertThat(r.overall().score()).isNull();
        assertThat(r.overall().stage()).isNull();
        assertThat(r.overall().coverage()).isCloseTo(0, EXACT);
        assertThat(r.priorities()).isEmpty();
        assertThat(r.strategyWorks()).isFalse();
    }
}
