package de.smartregion.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A thesis not met although its score reaches the threshold says why in the comparison: ILE Birkachtal's
 * Umsetzbar scores 52,1 (threshold 50) and fails the condition of a regular review of the action plan.
 */
class CompareShortfallTest {

    @Test
    void aVerdictBelowItsScoreNamesTheFailedCondition() {
        CliRun german = CliRun.run(CliRun.GERMAN, "compare", "examples", "-f", "md", "-o", "-");
        assertThat(german.exitCode()).as(german.describe()).isZero();
        assertThat(german.out()).contains("| 4. ILE Birkachtal | 66,8 (erfüllt) | 71,5 (erfüllt) | 52,1 (nicht erfüllt: "
                + "Bedingung fehlt) |")
                .contains("- ILE Birkachtal, Umsetzbar: Der Wert erreicht die Schwelle, doch eine Bedingung ist nicht "
                        + "erfüllt: Keine regelmäßige Überprüfung des Maßnahmenplans.")
                // below the threshold, the score is reason enough
                .contains("| 5. Musterstadt | 48,2 (nicht erfüllt) |");
        CliRun english = CliRun.run("compare", "examples", "--lang", "en", "-f", "html", "-o", "-");
        assertThat(english.out()).contains("<li>ILE Birkachtal, Implementable: the score reaches the threshold, but a "
                + "condition fails: No regular review of the action plan.</li>");
    }

    @Test
    void theTrendSaysItForThePeriodToo() {
        CliRun run = CliRun.run(CliRun.GERMAN, "trend", "examples/ile-birkachtal-2024.yaml",
                "examples/ile-birkachtal-2025.yaml", "examples/ile-birkachtal-2026.yaml", "-f", "md", "-o", "-");
        assertThat(run.exitCode()).as(run.describe()).isZero();
        assertThat(run.out()).contains("52,1 (+21,1) · nicht erfüllt: Bedingung fehlt |")
                .contains("- 2026, Umsetzbar: Der Wert erreicht die Schwelle, doch eine Bedingung ist nicht erfüllt: "
                        + "Keine regelmäßige Überprüfung des Maßnahmenplans.")
                .contains("31,0 (+17,3) · nicht erfüllt |");
    }
}
