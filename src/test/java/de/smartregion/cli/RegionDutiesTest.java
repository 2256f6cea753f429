package de.smartregion.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The questionnaire's legal duties apply to a Gemeinde, Stadt or Landkreis, not to a Region such as ILE Birkachtal:
 * its report says so where the duties would stand, as the roadmap's first phase names them.
 */
class RegionDutiesTest {

    @Test
    void aRegionIsToldThatNoDutyAppliesToIt() {
        CliRun german = CliRun.run(CliRun.GERMAN, "assess", "examples/ile-birkachtal-2026.yaml", "-f", "md", "-o", "-");
        assertThat(german.exitCode()).as(german.describe()).isZero();
        assertThat(german.out()).contains("## Gesetzliche Pflichten").contains("Keine der gesetzlichen Pflichten, nach "
                + "denen der Fragebogen fragt, gilt für den Typ „Region“. Sie sind bei den einzelnen Mitgliedskommunen zu "
                + "prüfen.");
        CliRun english = CliRun.run("assess", "examples/ile-birkachtal-2026.yaml", "--lang", "en", "-f", "html", "-o",
                "-");
        assertThat(english.out()).contains("<p>None of the legal duties the questionnaire asks about applies to the type "
                + "“Region”. They are assessed for each member municipality.</p>");
        // a Gemeinde is asked about them
        CliRun erlenried = CliRun.run(CliRun.GERMAN, "assess", "examples/erlenried-2026.yaml", "-f", "md", "-o", "-");
        assertThat(erlenried.out()).contains("Nach den Antworten ist eine der fünf gesetzlichen Pflichten nicht erfüllt.")
                .doesNotContain("gilt für den Typ");
    }
}
