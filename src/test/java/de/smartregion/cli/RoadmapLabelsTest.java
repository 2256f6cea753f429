package de.smartregion.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The roadmap names what a measure answers: a question of fact, or a statement a stakeholder group rated. */
class RoadmapLabelsTest {

    @Test
    void aMeasureOnAStatementSaysStatementNotQuestion() {
        CliRun run = CliRun.run(CliRun.GERMAN, "assess", "examples/musterstadt-2026.yaml",
                "examples/musterstadt-2026-citizens.yaml", "-o", "-");
        assertThat(run.exitCode()).as(run.describe()).isZero();
        String roadmap = run.out().substring(run.out().indexOf("## Fahrplan"));
        assertThat(roadmap).contains("   Aussage: Bei Arztpraxen in meiner Nähe kann ich auch digitale Angebote nutzen")
                .contains("   Frage: Wie häufig wird der Umsetzungsstand des Maßnahmenplans überprüft")
                .doesNotContain("Frage: Bei Arztpraxen");
        CliRun english = CliRun.run("assess", "examples/musterstadt-2026.yaml",
                "examples/musterstadt-2026-citizens.yaml", "--lang", "en", "-o", "-");
        assertThat(english.out()).contains("   Statement: At doctors' practices near me");
    }

    /** A measure follows the answer; the note beside it may say a step is under way, so the roadmap shows it. */
    @Test
    void aRoadmapMeasureShowsTheNoteOnItsAnswer() {
        CliRun run = CliRun.run(CliRun.GERMAN, "assess", "examples/musterstadt-2026.yaml", "-o", "-");
        assertThat(run.exitCode()).as(run.describe()).isZero();
        String roadmap = run.out().substring(run.out().indexOf("## Fahrplan"), run.out().indexOf("## Fragen nach"));
        assertThat(roadmap).contains("Führen Sie ein Markterkundungsverfahren durch")
                .contains("   Anmerkung zur Antwort: Geförderter Glasfaserausbau in den Ortsteilen läuft; Abschluss "
                        + "2027 erwartet.");
    }
}
