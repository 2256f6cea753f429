package de.smartregion.compare;

import static de.smartregion.compare.TinyCohort.V1;
import static de.smartregion.compare.TinyCohort.V2;
import static de.smartregion.compare.TinyCohort.file;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.smartregion.input.InvalidInputException;
import de.smartregion.input.Problem;
import de.smartregion.score.Combine;
import de.smartregion.score.Gate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** How compare picks each municipality's period and scores its files; numbers by hand from {@link TinyCohort}. */
class CohortTest {

    @Test
    void eachMunicipalityIsComparedInItsLatestPeriodAndTheOlderFilesAreCounted() throws InvalidInputException {
        Cohort cohort = Cohort.of(List.of(
                file("b-2026.yaml", V1, "02", "2026", "s1: 1"),
                file("a-2024.yaml", V1, "01", "2024", "s1: 4"),
                file("a-2026.yaml", V1, "01", "2026", "s1: 2"),
                file("a-2025.yaml", V1, "01", "2025", "s1: 3"),
                file("a-2025-b.yaml", V1, "01", "2025", "s1: 3")));
        Snapshot s = cohort.snapshot(null, Combine.MEDIAN);
        // municipalities in id order, whatever the file order; "2026" is the latest period of both
        assertThat(s.rows()).extracting(CohortRow::id).containsExactly("01", "02");
        assertThat(s.rows()).extracting(CohortRow::period).containsExactly("2026", "2026");
        assertThat(s.rows()).extracting(CohortRow::overall).containsExactly(50.0, 25.0);
        // files, not periods: 2024 has one, 2025 two
        assertThat(s.olderFiles()).isEqualTo(3);
        assertThat(s.questionnaire()).isSameAs(V1);
    }

    @Test
    void periodsAreOrderedAsTextSoTheLatestIsTheGreatest() throws InvalidInputException {
        Snapshot s = Cohort.of(List.of(
                file("a.yaml", V1, "01", "2026-02", "s1: 1"),
                file("b.yaml", V1, "01", "2026", "s1: 4"),
                file("c.yaml", V1, "01", "2026-10", "s1: 2"))).snapshot(null, Combine.MEDIAN);
        assertThat(s.rows()).extracting(CohortRow::period).containsExactly("2026-10");
        assertThat(s.olderFiles()).isEqualTo(2);
    }

    @Test
    void filesOfOneMunicipalityAndPeriodAreRespondentsOfOneAssessment() throws InvalidInputException {
        List<Submission> files = List.of(
                TinyCohort.respondentFile("a1.yaml", V1, "01", "2026", "council", "s1: 0"),
                TinyCohort.respondentFile("a2.yaml", V1, "01", "2026", "citizens", "s1: 1"),
                TinyCohort.respondentFile("a3.yaml", V1, "01", "2026", "businesses", "s1: 4"));
        // s1 per group 0, 25, 100: median 25, mean 41.67; nobody is left out as older
        Snapshot median = Cohort.of(files).snapshot(null, Combine.MEDIAN);
        assertThat(median.rows()).singleElement().extracting(CohortRow::overall).isEqualTo(25.0);
        assertThat(median.olderFiles()).isZero();
        assertThat(Cohort.of(files).snapshot(null, Combine.MEAN).rows().get(0).overall())
                .isCloseTo(125.0 / 3, org.assertj.core.api.Assertions.within(1e-9));
    }

    @Test
    void respondentsNamingNoRoleAreOneGroupWithOneVoice() throws InvalidInputException {
        List<Submission> files = List.of(
                file("a1.yaml", V1, "01", "2026", "s1: 0"),
                file("a2.yaml", V1, "01", "2026", "s1: 1"),
                file("a3.yaml", V1, "01", "2026", "s1: 4"));
        // one group: its median 25 is the one voice, so the mean of the groups is 25 too
        assertThat(Cohort.of(files).snapshot(null, Combine.MEDIAN).rows().get(0).overall()).isEqualTo(25.0);
        assertThat(Cohort.of(files).snapshot(null, Combine.MEAN).rows().get(0).overall()).isEqualTo(25.0);
    }

    @Test
    void aPeriodAskedForLeavesOutMunicipalitiesWithoutItAndCountsNothingAsOlder() throws InvalidInputException {
        Cohort cohort = Cohort.of(List.of(
                file("a-2025.yaml", V1, "01", "2025", "s1: 3"),
                file("a-2026.yaml", V1, "01", "2026", "s1: 2"),
                file("b-2026.yaml", V1, "02", "2026", "s1: 1")));
        Snapshot s = cohort.snapshot("2025", Combine.MEDIAN);
        assertThat(s.rows()).extracting(CohortRow::id).containsExactly("01");
        assertThat(s.rows()).extracting(CohortRow::overall).containsExactly(75.0);
        assertThat(s.olderFiles()).isZero();
        assertThat(cohort.snapshot("2027", Combine.MEDIAN).rows()).isEmpty();
    }

    @Test
    void aComparisonNeedsOneQuestionnaire() {
        Cohort cohort = Cohort.of(List.of(
                file("a.yaml", V1, "01", "2026", "s1: 1"),
                file("b.yaml", V2, "02", "2026", "s1: 1"),
                file("c.yaml", V2, "03", "2026", "s1: 1"),
                file("d.yaml", V1, "04", "2026", "s1: 1")));
        // one problem per other questionnaire, at its first file, naming the first file of all
        assertThatThrownBy(() -> cohort.snapshot(null, Combine.MEDIAN))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.problems()).hasSize(1);
                    Problem p = e.problems().get(0);
                    assertThat(p.location().file()).isEqualTo("b.yaml");
                    assertThat(p.key()).isEqualTo("compare.mixed");
                    assertThat(p.args()).containsExactly("tiny@2", "a.yaml", "tiny@1");
                });
    }

    @Test
    void versionsComeOldestFirst() {
        Cohort cohort = Cohort.of(List.of(
                file("a.yaml", V2, "01", "2026", "s1: 1"),
                file("b.yaml", V1, "01", "2025", "s1: 1"),
                file("c.yaml", V2, "02", "2026", "s1: 1")));
        assertThat(cohort.versions()).containsExactly(V1, V2);
        assertThat(cohort.latestVersion()).isSameAs(V2);
    }

    @Test
    void municipalitiesWithoutAnswersHaveNoScore() throws InvalidInputException {
        Snapshot s = Cohort.of(List.of(
                file("a.yaml", V1, "01", "2026", "s1: 1"),
                file("b.yaml", V1, "02", "2026"))).snapshot(null, Combine.MEDIAN);
        assertThat(s.unscored()).extracting(CohortRow::id).containsExactly("02");
        assertThat(s.unscored().get(0).municipality().label()).isEqualTo("Town 02 (02)");
    }

    @Test
    void theGateJudgesEveryMunicipalityOnItsOwnScores() throws InvalidInputException {
        Snapshot s = Cohort.of(List.of(
                file("a.yaml", V1, "01", "2026", "s1: 4"),
                file("b.yaml", V1, "02", "2026", "s1: 2", "s2: 1"),
                file("c.yaml", V1, "03", "2026"))).snapshot(null, Combine.MEDIAN);
        assertThat(s.verdicts(new Gate(null, false))).isEmpty();
        Map<String, Gate.Verdict> verdicts = s.verdicts(new Gate(50.0, true));
        assertThat(verdicts).containsOnlyKeys("01", "02", "03");
        assertThat(verdicts.get("01").passed()).isTrue();
        // (50 + 25) / 2 = 37.5 for the index and the thesis alike
        assertThat(verdicts.get("02").reasons()).containsExactly(new Gate.BelowMinimum(37.5, 50),
                new Gate.ThesisNotMet(List.of(V1.theses().get(0))));
        assertThat(verdicts.get("03").reasons()).containsExactly(new Gate.NoScore(50),
                new Gate.ThesisNotMet(List.of(V1.theses().get(0))));
        // min-max rescaling changes the ranking's scores, never the gate's
        Comparison rescaled = s.compare(null, true);
        assertThat(rescaled.ranking().get(1).row().overall()).isZero();
        assertThat(s.verdicts(new Gate(30.0, false)).get("02").passed()).isTrue();
    }
}
