package de.smartregion.report;

import static org.assertj.core.api.Assertions.assertThat;

import de.smartregion.cli.Main;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * Reports say why each thesis is met or not, from the answers, and assert nothing the answers do not show (issue
 * 12). Each scenario of src/test/resources/scenario/ is assessed as a user would ({@code assess FILE -f md}); the
 * Markdown shares its view with HTML and PDF, so these texts stand in all three.
 */
class ThesisExplanationReportTest {

    private static final String STRATEGY_DE =
            "„Verfügt die Kommune über eine Digitalstrategie, die vom Rat oder Kreistag beschlossen wurde?“";

    @Test
    void withoutAStrategyTheSummarySaysSoFirstAndNothingClaimsOne() {
        String md = report("no-strategy.yaml", "de");
        String summary = section(md, "## Zusammenfassung", "## Die drei Thesen");
        // the verdict (the bold line) opens with the missing strategy, answer and bound in words
        assertThat(summary).contains("**Keine beschlossene Digitalstrategie: " + STRATEGY_DE
                + " ist mit „Keine Digitalstrategie“ beantwortet; nötig ist mindestens „Vom Rat beschlossen“. Jede"
                + " These setzt das voraus; daher ist keine der drei Thesen erfüllt");
        // the index is that of the stage Gestaltung, whose general description claims a strategy: it is not in the summary
        // (it stands only in the appendix, introduced as what a stage means in general)
        String beforeAppendix = md.substring(0, md.indexOf("## Methodik"));
        assertThat(beforeAppendix).doesNotContain("liegt vor und zentrale Angebote laufen");
        assertThat(section(md, "### Reifestufen", "---")).startsWith("### Reifestufen\n\nWas eine Reifestufe"
                + " allgemein bedeutet; ob das auf diese Kommune zutrifft, zeigen ihre Antworten und die Thesen.");
        assertThat(summary).contains("Gestaltung").doesNotContainPattern("(?i)strategie[^.]*liegt vor");
        assertThat(md).doesNotContain("Der Strategie droht").doesNotContain("Die Strategie ist in bestehenden");
        // participatory reaches its threshold, and the report says what keeps it from being met
        assertThat(thesis(md, "Partizipativ")).contains("Wert 53,7 erreicht die Schwelle von 50, aber eine Bedingung"
                + " ist nicht erfüllt:\n\n- Keine beschlossene Digitalstrategie: " + STRATEGY_DE);
    }

    @Test
    void aPaperStrategyFailsOnPlanReviewAndResponsibilityWithTheAnswersGiven() {
        String t = thesis(report("paper-strategy.yaml", "de"), "Umsetzbar");
        assertThat(t).startsWith("### Umsetzbar: nicht erfüllt")
                .contains("Wert 35,5 liegt unter der Schwelle von 50, und 3 Bedingungen sind nicht erfüllt:")
                .contains("- Kein priorisierter Maßnahmenplan: „Gibt es einen Maßnahmenplan, der die"
                        + " Digitalisierungsvorhaben priorisiert und konkretisiert?“ ist mit „Kein Maßnahmenplan“"
                        + " beantwortet; nötig ist mindestens „Priorisierte Maßnahmen mit Zeitplan“.")
                .contains("- Keine regelmäßige Überprüfung des Maßnahmenplans:")
                .contains("- Keine fest zugeordnete Zuständigkeit:")
                // the strategy is adopted: no sentence says it is not
                .doesNotContain("Keine beschlossene Digitalstrategie");
        // the questions pulling it down most, with their answers, none of them a failed condition again
        String weakest = t.substring(t.indexOf("Am stärksten ziehen den Wert herunter:"));
        assertThat(weakest.lines().filter(l -> l.startsWith("- „")).count()).isEqualTo(3);
        assertThat(weakest).contains("„Wird die Wirkung der Digitalisierungsmaßnahmen mit Kennzahlen gemessen?“:"
                + " Keine Kennzahlen (0 von 100)").doesNotContain("Gibt es einen Maßnahmenplan");
    }

    @Test
    void aParticipationFacadeSaysInformingIsNotConsultingAndNobodyHearsBack() {
        String t = thesis(report("participation-facade.yaml", "en"), "Participatory");
        assertThat(t).startsWith("### Participatory: not met")
                .contains("Score 50.9 reaches the threshold of 50, but 2 conditions are not met:")
                .contains("- Participation below consultation: “Which level of participation do citizens usually"
                        + " reach in digitalisation projects?” is answered “Information”; at least"
                        + " “Consultation (opinions are gathered)” is needed.")
                // an anyOf: its alternatives, any one of which would do
                .contains("- None of these alternatives holds; one of them would meet the condition:\n"
                        + "  - “How do participants learn what became of their proposals?” is answered “No"
                        + " feedback”; at least “A summary report of results” is needed.\n  - “Does the");
    }

    @Test
    void aSpaceshipIsLinkedToNothingAndTheScoreBoundIsInPoints() {
        String t = thesis(report("spaceship.yaml", "de"), "Integriert");
        assertThat(t).contains("Keine dieser Möglichkeiten ist gegeben; eine davon würde die Bedingung erfüllen:")
                .contains("„Wie ist die Digitalstrategie mit dem integrierten Stadtentwicklungskonzept (ISEK) oder"
                        + " dem integrierten ländlichen Entwicklungskonzept (ILEK) verknüpft?“ ist mit „Keine"
                        + " Verknüpfung“ beantwortet")
                .contains("nötig ist ein Wert von mindestens 50 von 100.");
    }

    @Test
    void blankStrategyAnswersAreNotAssessableAndNeverCalledMetOrMissing() {
        String md = report("no-strategy-blank.yaml", "de");
        for (String title : new String[] {"Integriert", "Partizipativ", "Umsetzbar"}) {
            String t = thesis(md, title);
            assertThat(t).startsWith("### " + title + ": nicht bewertbar\n\nNicht bewertbar: nur ")
                    .contains("der Fragen dieser These beantwortet, nötig sind 50 %.")
                    .doesNotContain("nicht erfüllt").doesNotContain(": erfüllt")
                    // unanswered: open, not "no strategy"
                    .doesNotContain("Keine beschlossene Digitalstrategie")
                    .contains(STRATEGY_DE + " ist nicht beantwortet; nötig ist mindestens „Vom Rat beschlossen“.");
        }
        assertThat(thesis(md, "Partizipativ")).contains("Nicht bewertbar: nur 7 % der Fragen");
        String summary = section(md, "## Zusammenfassung", "## Die drei Thesen");
        assertThat(summary).contains("**Offen ist die Grundlage jeder These: " + STRATEGY_DE + " ist nicht"
                        + " beantwortet").contains("Drei Thesen sind nicht bewertbar")
                .doesNotContain("Keine beschlossene");
    }

    @Test
    void anExemplaryVillageMeetsEveryConditionAndTheReportSaysOnlyThat() {
        String md = report("exemplary-village.yaml", "en");
        assertThat(section(md, "## Summary", "## The three theses"))
                .contains("**All three theses of a working digital strategy are met.**");
        for (String title : new String[] {"Integrated", "Participatory", "Implementable"}) {
            assertThat(thesis(md, title)).startsWith("### " + title + ": met\n\nScore ")
                    .contains("reaches the threshold of 50, and every condition of the thesis holds.")
                    .doesNotContain("is needed");
        }
    }

    @Test
    void measuresAreTitledByTheirRecommendationAndNameTheThesesTheyHelpClose() {
        String md = report("paper-strategy.yaml", "de");
        String roadmap = section(md, "## Fahrplan", "## Fragen nach Handlungsfeld");
        // str-review-cycle's recommendation, then the thesis whose condition it makes hold, then its question
        assertThat(roadmap).contains("**Legen Sie dem Rat oder Kreistag jährlich einen kurzen Umsetzungsbericht vor und passen Sie"
                + " dabei Prioritäten, Zeitplan und Budget des Maßnahmenplans verbindlich an.** · **Erfüllt eine"
                + " Bedingung der These „Umsetzbar“.**  \n   Frage: Wie häufig wird der Umsetzungsstand");
        String table = section(md, "## Wichtigste Maßnahmen", "## Fahrplan");
        assertThat(table).contains("| Maßnahme | Handlungsfeld | Bedingung für |")
                .contains("| Legen Sie dem Rat oder Kreistag jährlich einen kurzen Umsetzungsbericht vor")
                .doesNotContain("| Wie häufig wird der Umsetzungsstand");
    }

    /** A thesis's subsection, from its heading to the next heading of level 2 or 3. */
    private static String thesis(String md, String title) {
        int start = md.indexOf("### " + title + ": ");
        assertThat(start).as("thesis " + title).isNotNegative();
        int end = md.indexOf("\n##", start + 4);
        return md.substring(start, end);
    }

    private static String section(String md, String from, String to) {
        int start = md.indexOf(from);
        int end = md.indexOf(to, start);
        assertThat(start).as(from).isNotNegative();
        assertThat(end).as(to).isGreaterThan(start);
        return md.substring(start, end);
    }

    @Test
    void anUnansweredQuestionOfTheThesisCountsAsZeroAndIsNamedAsUnanswered(@org.junit.jupiter.api.io.TempDir
            java.nio.file.Path dir) throws java.io.IOException {
        // the bundled theses count what is not answered as 0: leaving a question out must not raise the score
        java.nio.file.Path blank = java.nio.file.Files.writeString(dir.resolve("paper-strategy.yaml"),
                java.nio.file.Files.readString(java.nio.file.Path.of("src/test/resources/scenario/paper-strategy.yaml"))
                        .replace("  str-kpis: none\n", ""));
        String answered = thesis(report("paper-strategy.yaml", "de"), "Umsetzbar");
        String t = thesis(reportOf(blank.toString(), "de"), "Umsetzbar");
        assertThat(answered).contains("„Wird die Wirkung der Digitalisierungsmaßnahmen mit Kennzahlen gemessen?“:"
                + " Keine Kennzahlen (0 von 100)");
        assertThat(t).contains("Wert 35,5 liegt unter der Schwelle")
                .contains("„Wird die Wirkung der Digitalisierungsmaßnahmen mit Kennzahlen gemessen?“: nicht"
                        + " beantwortet (zählt als 0)");
    }

    private static String report(String file, String language) {
        return reportOf("src/test/resources/scenario/" + file, language);
    }

    private static String reportOf(String path, String language) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = Main.commandLine(Map.of("LANG", "en_US.UTF-8"));
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        int code = cli.execute("assess", path, "-f", "md", "--lang", language);
        assertThat(code).as(path + ": " + err).isZero();
        return out.toString().replace("\r\n", "\n");
    }
}
