package de.smartregion.score;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import de.smartregion.model.Assessment;
import de.smartregion.model.Questionnaire;
import de.smartregion.model.Result;
import de.smartregion.testing.Fixtures;
import java.util.ArrayList;
import java.util.List;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

/**
 * One voice per group (docs/methodology.md "Respondents"): per question only the roles it is asked of count, each
 * by the median of its members, and the groups are combined by their median or mean. Numbers by hand; the default
 * scale 0..4 scores a level v as v / 4.
 */
class RoleGroupingTest {

    private static final Questionnaire Q = Fixtures.questionnaire(Fixtures.read("src/test/resources/score/roles.yaml"));
    private static final Offset<Double> EXACT = within(1e-9);

    private static Assessment respondent(String role, String... answers) {
        return Fixtures.assessment(Q, Fixtures.answers(Q, role, answers));
    }

    /**
     * administration: fact 3, view 4 (not asked), open 2; council: fact 0 (not asked), view 2, open 4; three
     * citizens: view 0, 1, 4 and open 1, n/a, unanswered.
     */
    private static List<Assessment> town() {
        List<Assessment> list = new ArrayList<>();
        list.add(respondent("administration", "fact: 3", "view: 4", "open: 2"));
        list.add(respondent("council", "fact: 0", "view: 2", "open: 4"));
        list.add(respondent("citizens", "view: 0", "open: 1"));
        list.add(respondent("citizens", "view: 1", "open: n/a"));
        list.add(respondent("citizens", "view: 4"));
        return list;
    }

    private static Result.QuestionResult question(Result r, String id) {
        return r.questions().stream().filter(q -> q.question().id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void eachGroupCountsOnceByItsMedianAndOnlyWhereTheQuestionIsAskedOfIt() {
        Result r = Scorer.score(Q, town(), Combine.MEDIAN);
        // fact: the administration's 3 alone (the council's 0 is shown, not scored) = 0.75
        assertThat(question(r, "fact").score()).isCloseTo(0.75, EXACT);
        assertThat(question(r, "fact").spread()).isZero();
        assertThat(question(r, "fact").answer()).isNotNull(); // one counted respondent: the answer the score rests on
        // view: council 2 → 0.5; citizens median(0, 1, 4) = 1 → 0.25; median of the groups = 0.375
        assertThat(question(r, "view").score()).isCloseTo(0.375, EXACT);
        assertThat(question(r, "view").spread()).isCloseTo(0.25, EXACT);
        // open: administration 0.5, council 1, citizens median(1) = 0.25 (n/a and unanswered left out) → 0.5
        assertThat(question(r, "open").score()).isCloseTo(0.5, EXACT);
        assertThat(question(r, "open").spread()).isCloseTo(0.75, EXACT);
        assertThat(question(r, "open").disputed()).isTrue();
        // field: (0.75 + 0.375 + 0.5) / 3 = 54.1667
        assertThat(r.fields().get(0).score()).isCloseTo(100 * 1.625 / 3, EXACT);
        assertThat(r.overall().coverage()).isEqualTo(1.0);
    }

    @Test
    void manyMembersOfOneGroupDoNotOutvoteAnother() {
        // open: administration 4 (1.0); three citizens 0. Pooled, the median of the four would be 0; each group
        // once: median(1.0, 0) = 0.5
        Result r = Scorer.score(Q, List.of(respondent("administration", "open: 4"), respondent("citizens", "open: 0"),
                respondent("citizens", "open: 0"), respondent("citizens", "open: 0")), Combine.MEDIAN);
        assertThat(question(r, "open").score()).isCloseTo(0.5, EXACT);
        assertThat(question(r, "open").spread()).isEqualTo(1.0);
    }

    @Test
    void theGroupScoresSayWhoAnsweredWhatAndWhetherItCounts() {
        Result r = Scorer.score(Q, town(), Combine.MEDIAN);
        assertThat(question(r, "view").roles()).containsExactly(
                new Result.RoleScore("administration", 1, 1, 0, 1.0, false),
                new Result.RoleScore("council", 1, 1, 0, 0.5, true),
                new Result.RoleScore("citizens", 3, 3, 0, 0.25, true));
        assertThat(question(r, "open").roles()).containsExactly(
                new Result.RoleScore("administration", 1, 1, 0, 0.5, true),
                new Result.RoleScore("council", 1, 1, 0, 1.0, true),
                new Result.RoleScore("citizens", 3, 1, 1, 0.25, true));
    }

    @Test
    void meanCombinesTheGroupsNotTheRespondents() {
        Result r = Scorer.score(Q, town(), Combine.MEAN);
        // open: (0.5 + 1 + 0.25) / 3 = 0.5833; a mean of the five respondents would give (0.5 + 1 + 0.25) / 3 too,
        // so view tells them apart: groups (0.5 + 0.25) / 2 = 0.375, respondents (0.5 + 0 + 0.25 + 1) / 4 = 0.4375
        assertThat(question(r, "open").score()).isCloseTo(1.75 / 3, EXACT);
        assertThat(question(r, "view").score()).isCloseTo(0.375, EXACT);
        assertThat(question(r, "fact").score()).isCloseTo(0.75, EXACT);
        // field: (0.75 + 0.375 + 0.58333) / 3 = 56.944
        assertThat(r.fields().get(0).score()).isCloseTo(100 * (0.75 + 0.375 + 1.75 / 3) / 3, EXACT);
    }

    @Test
    void aQuestionAskedOfNoGroupHeardIsLeftOutLikeNa() {
        Result r = Scorer.score(Q, List.of(respondent("administration", "fact: 3", "view: 4", "open: 2")),
                Combine.MEDIAN);
        Result.QuestionResult view = question(r, "view");
        assertThat(view.heard()).isFalse();
        assertThat(view.score()).isNull();
        // applicable: fact and open, both answered; field (0.75 + 0.5) / 2 = 62.5
        assertThat(r.overall().applicable()).isEqualTo(2);
        assertThat(r.overall().coverage()).isEqualTo(1.0);
        assertThat(r.fields().get(0).score()).isCloseTo(62.5, EXACT);
        assertThat(question(r, "fact").heard()).isTrue();
    }

    @Test
    void naOfTheGroupsAskedMakesTheQuestionNaButNaOfOthersDoesNot() {
        Result na = Scorer.score(Q, List.of(respondent("administration", "fact: 3", "view: 4"),
                respondent("council", "fact: 1"), respondent("citizens", "view: n/a")), Combine.MEDIAN);
        // view: the council did not answer it, the citizens said n/a → n/a, out of the coverage
        assertThat(question(na, "view").score()).isNull();
        assertThat(question(na, "view").heard()).isTrue();
        assertThat(na.overall().applicable()).isEqualTo(2); // fact and open; open is missing
        assertThat(na.overall().answered()).isEqualTo(1);
        // the administration cannot answer a perception for the citizens: its 4 is shown, not scored
        assertThat(question(na, "view").roles()).first().extracting(Result.RoleScore::counted).isEqualTo(false);
    }

    @Test
    void respondentsNamingNoRoleAreOneGroupCountingWhereTheAdministrationDoes() {
        Result r = Scorer.score(Q, List.of(respondent("administration", "fact: 3"), respondent(null, "fact: 0"),
                respondent(null, "fact: 4", "view: 4")), Combine.MEDIAN);
        // fact: administration 0.75; the group without a role median(0, 1) = 0.5; median of the groups = 0.625
        assertThat(question(r, "fact").score()).isCloseTo(0.625, EXACT);
        assertThat(question(r, "fact").roles()).extracting(Result.RoleScore::role)
                .containsExactly("administration", null);
        // a perception is not theirs to answer: not heard, out of the scores
        assertThat(question(r, "view").heard()).isFalse();
    }

    /** An answer file without a role, as every file before roles: the administration's self-assessment. */
    @Test
    void aSingleFileWithoutARoleScoresAsTheAdministrations() {
        Result withRole = Scorer.score(Q, List.of(respondent("administration", "fact: 3", "open: 2")), Combine.MEDIAN);
        Result without = Scorer.score(Q, List.of(respondent(null, "fact: 3", "open: 2")), Combine.MEDIAN);
        assertThat(without.fields().get(0).score()).isEqualTo(withRole.fields().get(0).score()).isEqualTo(62.5);
        assertThat(without.overall().coverage()).isEqualTo(1.0);
        assertThat(without.theses().get(0).score()).isEqualTo(withRole.theses().get(0).score());
        assertThat(without.warnings()).isEmpty();
    }

    @Test
    void aGroupThatSetsNoTargetAimsAtTheBestAnswer() {
        // open: administration 4 with target 3 (0.75), council 4 without one (best, 1): median of the groups 0.875
        Result r = Scorer.score(Q, List.of(respondent("administration", "open: {value: 4, target: 3}"),
                respondent("council", "open: 4")), Combine.MEDIAN);
        assertThat(question(r, "open").score()).isEqualTo(1.0);
        assertThat(question(r, "open").target()).isCloseTo(0.875, EXACT);
        // nobody set one: the best answer
        Result none = Scorer.score(Q, List.of(respondent("administration", "open: 2"), respondent("council", "open: 1")),
                Combine.MEDIAN);
        assertThat(question(none, "open").target()).isEqualTo(1.0);
    }

    @Test
    void withoutTheAdministrationTheFactsAreOpenNotNaAndTheThesisCannotBeAssessed() {
        Result r = Scorer.score(Q, List.of(respondent("citizens", "view: 3")), Combine.MEDIAN);
        // fact is asked of no group heard: not n/a (nobody said it does not apply), and it counts for assessability
        assertThat(question(r, "fact").heard()).isFalse();
        assertThat(question(r, "fact").missing()).isFalse();
        // own questions: fact (not heard, a fact: unanswered), view (answered), open (heard, unanswered) → 1/3
        assertThat(r.theses().get(0).answeredShare()).isCloseTo(1.0 / 3, EXACT);
        assertThat(r.theses().get(0).assessable()).isFalse();
        assertThat(r.warnings()).extracting(de.smartregion.model.Warning::code).contains("accountable-not-heard");
    }

    @Test
    void aPerceptionNotHeardDoesNotMakeTheAdministrationsThesisUnassessable() {
        Result r = Scorer.score(Q, List.of(respondent("administration", "fact: 3", "open: 2")), Combine.MEDIAN);
        // view is a perception no one was asked for: left out; fact and open answered → 2/2
        assertThat(r.theses().get(0).answeredShare()).isEqualTo(1.0);
        assertThat(r.warnings()).isEmpty();
    }

    @Test
    void severalRespondentsWithoutARoleAreWarnedAbout() {
        Result r = Scorer.score(Q, List.of(respondent("administration", "fact: 3"), respondent(null, "fact: 0")),
                Combine.MEDIAN);
        assertThat(r.warnings()).extracting(de.smartregion.model.Warning::code)
                .contains("respondents-without-role").doesNotContain("accountable-not-heard");
    }

    @Test
    void theMunicipalityIsDescribedByTheAdministrationsFileWhateverTheOrder() {
        String survey = "kind: assessment\nquestionnaire: roles@1\nmunicipality: {id: \"01\"}\nperiod: 2026\n"
                + "respondent: {role: citizens}\nanswers:\n  view: 3\n";
        String admin = "kind: assessment\nquestionnaire: roles@1\n"
                + "municipality: {id: \"01\", name: Testkreis, type: Landkreis, state: Bayern}\nperiod: 2026\n"
                + "respondent: {role: administration}\nanswers:\n  fact: 3\n";
        Result r = Scorer.score(Q, List.of(Fixtures.assessment(Q, survey), Fixtures.assessment(Q, admin)),
                Combine.MEDIAN);
        assertThat(r.municipality()).isEqualTo(new de.smartregion.model.Municipality("01", "Testkreis", "Bayern",
                "Landkreis", null));
    }
}
