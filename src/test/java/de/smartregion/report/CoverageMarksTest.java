package de.smartregion.report;

import static org.assertj.core.api.Assertions.assertThat;

import de.smartregion.text.Messages;
import de.smartregion.text.NumberFormats;
import org.junit.jupiter.api.Test;

/** The mark beside a score resting on few answers: below the low-coverage threshold (80 %) as the percentage shows. */
class CoverageMarksTest {

    private final CoverageMarks german = new CoverageMarks(Messages.of("de"), new NumberFormats("de"));
    private final CoverageMarks english = new CoverageMarks(Messages.of("en"), new NumberFormats("en"));

    @Test
    void aLowCoverageIsMarkedInWords() {
        assertThat(german.of(0.18)).isEqualTo("nur 18 % beantwortet");
        assertThat(english.of(0.18)).isEqualTo("only 18% answered");
        assertThat(german.of(0.0)).isEqualTo("nur 0 % beantwortet");
        assertThat(german.of(0.794)).isEqualTo("nur 79 % beantwortet");
    }

    @Test
    void whatShowsAsTheThresholdOrMoreIsNotMarked() {
        // 79.5 % shows as 80 %: "only 80 % answered" beside a threshold of 80 % would contradict itself
        assertThat(german.of(0.795)).isEmpty();
        assertThat(german.of(0.8)).isEmpty();
        assertThat(german.of(1.0)).isEmpty();
        // every question n/a: no coverage to judge
        assertThat(german.of(null)).isEmpty();
    }
}
