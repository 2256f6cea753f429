package de.smartregion.compare;

import static de.smartregion.compare.TinyCohort.V1;
import static de.smartregion.compare.TinyCohort.V2;
import static de.smartregion.compare.TinyCohort.file;
import static org.assertj.core.api.Assertions.assertThat;

import de.smartregion.input.InvalidInputException;
import de.smartregion.score.Combine;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A report's previous period, scored as trend scores two periods; numbers by hand from {@link TinyCohort}. */
class StandingTest {

    @Test
    void thePreviousPeriodOfTheSameVersionIsScoredAsItsOwnReport() throws InvalidInputException {
        Standing s = Standing.against(List.of(file("a-2026.yaml", V1, "01", "2026", "s1: 4", "s2: 2")),
                List.of(file("a-2025.yaml", V1, "01", "2025", "s1: 2", "s2: 0")), Combine.MEDIAN, null);
        // 2025: (50 + 0) / 2; 2026: (100 + 50) / 2; the thesis counts the same two questions
        assertThat(s.previous().overall()).isEqualTo(25.0);
        assertThat(s.current().overall()).isEqualTo(75.0);
        assertThat(s.current().overallChange()).isEqualTo(50.0);
        assertThat(s.previous().met()).containsEntry("t", false);
        assertThat(s.current().met()).containsEntry("t", true);
        assertThat(s.shared()).isZero();
    }

    @Test
    void periodsOfDifferentVersionsAreComparedOnTheQuestionsTheyShare() throws InvalidInputException {
        Standing s = Standing.against(List.of(file("a-2026.yaml", V2, "01", "2026", "s1: 4", "s2: 0", "s3: 0")),
                List.of(file("a-2025.yaml", V1, "01", "2025", "s1: 4", "s2: 0")), Combine.MEDIAN, null);
        // s3 left out: 50 in both, where the 2026 report itself says (100 + 0 + 0) / 3
        assertThat(s.shared()).isEqualTo(2);
        assertThat(s.previous().overall()).isEqualTo(50.0);
        assertThat(s.current().overall()).isEqualTo(50.0);
    }

    @Test
    void withoutAPreviousPeriodOnlyThePeersStand() throws InvalidInputException {
        Standing s = Standing.against(List.of(file("a-2026.yaml", V1, "01", "2026", "s1: 4")), List.of(),
                Combine.MEDIAN, null);
        assertThat(s.previous()).isNull();
        assertThat(s.current()).isNull();
    }
}
