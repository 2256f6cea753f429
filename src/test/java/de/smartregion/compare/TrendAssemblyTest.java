package de.smartregion.compare;

import static de.smartregion.compare.TinyCohort.V1;
import static de.smartregion.compare.TinyCohort.V2;
import static de.smartregion.compare.TinyCohort.file;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import de.smartregion.input.InvalidInputException;
import de.smartregion.input.Problem;
import de.smartregion.score.Combine;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** How trend follows municipalities across periods; numbers by hand from {@link TinyCohort}. */
class TrendAssemblyTest {

    @Test
    void eachPeriodIsScoredAndComparedWithThePreviousOne() throws InvalidInputException {
        TrendAssembly a = TrendAssembly.of(Cohort.of(List.of(
                file("b.yaml", V1, "02", "2026", "s1: 1"),
                file("a-2026.yaml", V1, "01", "2026", "s1: 3"),
                file("a-2025.yaml", V1, "01", "2025", "s1: 2"))), Combine.MEDIAN);
        assertThat(a.trend().series()).extracting(s -> s.municipality().id()).containsExactly("01", "02");
        List<Trend.Point> points = a.trend().series().get(0).points();
        assertThat(points).extracting(Trend.Point::period).containsExactly("2025", "2026");
        assertThat(points).extracting(Trend.Point::overall).containsExactly(50.0, 75.0);
        assertThat(points.get(0).overallChange()).isNull();
        assertThat(points.get(0).fieldChanges()).isEmpty();
        assertThat(points.get(1).overallChange()).isEqualTo(25.0);
        assertThat(points.get(1).fieldChanges()).isEqualTo(Map.of("f", 25.0));
        assertThat(points.get(1).thesisChanges()).isEqualTo(Map.of("t", 25.0));
        assertThat(a.narrowed()).isEmpty();
        assertThat(a.questionnaires()).containsExactly(V1);
    }

    @Test
    void periodsOnDifferentVersionsAreScoredOnTheQuestionsTheyShare() throws InvalidInputException {
        TrendAssembly a = TrendAssembly.of(Cohort.of(List.of(
                file("a-2026.yaml", V2, "01", "2026", "s1: 4", "s2: 0", "s3: 0"),
                file("a-2025.yaml", V1, "01", "2025", "s1: 4", "s2: 0"),
                file("b.yaml", V2, "02", "2026", "s1: 4", "s2: 0", "s3: 4"))), Combine.MEDIAN);
        assertThat(a.questionnaires()).containsExactly(V1, V2);
        // 01 is followed on s1 and s2 only: 50 in both periods, although s3 would make 2026 33.3
        assertThat(a.narrowed()).containsExactly(new TrendAssembly.SharedQuestions(
                a.trend().series().get(0).municipality(), List.of(V1, V2), 2));
        assertThat(a.trend().series().get(0).points()).extracting(Trend.Point::overall).containsExactly(50.0, 50.0);
        assertThat(a.trend().series().get(0).points()).extracting(Trend.Point::questionnaire)
                .containsExactly("tiny@1", "tiny@2");
        // 02 answers one version and keeps all its questions: (100 + 0 + 100) / 3
        assertThat(a.trend().series().get(1).points().get(0).overall()).isCloseTo(200.0 / 3, within(1e-9));
    }

    @Test
    void theVersionsOfAMunicipalityAreNamedInTheOrderItsPeriodsAnswerThem() throws InvalidInputException {
        TrendAssembly a = TrendAssembly.of(Cohort.of(List.of(
                file("a-2025.yaml", V2, "01", "2025", "s1: 1"),
                file("a-2026.yaml", V1, "01", "2026", "s1: 1"))), Combine.MEDIAN);
        assertThat(a.narrowed().get(0).versions()).containsExactly(V2, V1);
        assertThat(a.questionnaires()).containsExactly(V1, V2);
    }

    @Test
    void aPeriodWhoseFilesAnswerDifferentQuestionnairesIsAProblemAndAllSuchComeTogether() {
        Cohort cohort = Cohort.of(List.of(
                file("a1.yaml", V1, "01", "2026", "s1: 1"),
                file("a2.yaml", V2, "01", "2026", "s1: 1"),
                file("b0.yaml", V1, "02", "2025", "s1: 1"),
                file("b1.yaml", V2, "02", "2026", "s1: 1"),
                file("b2.yaml", V1, "02", "2026", "s1: 1")));
        assertThatThrownBy(() -> TrendAssembly.of(cohort, Combine.MEDIAN))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.problems()).extracting(p -> p.location().file()).containsExactly("a1.yaml",
                            "b1.yaml");
                    Problem p = e.problems().get(1);
                    assertThat(p.key()).isEqualTo("trend.mixed-period");
                    assertThat(p.args()).containsExactly("Town 02 (02)", "2026", "tiny@2, tiny@1");
                });
    }
}
