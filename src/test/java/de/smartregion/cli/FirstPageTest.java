package de.smartregion.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The report's first page: the verdict's reasons, the stage on its scale, who was heard, what first, and with
 * {@code --previous} and {@code --peers} the change and the place among peers, the same figures {@code trend} and
 * {@code compare} give.
 */
class FirstPageTest {

    private static final String[] MUSTERSTADT = {"examples/musterstadt-2026.yaml",
        "examples/musterstadt-2026-council.yaml", "examples/musterstadt-2026-citizens.yaml",
        "examples/musterstadt-2026-businesses.yaml"};

    @Test
    void theFirstPageSaysWhyWhoWasHeardAndWhatComesFirst() {
        CliRun run = CliRun.run(CliRun.GERMAN, "assess", MUSTERSTADT[0], MUSTERSTADT[1], MUSTERSTADT[2],
                MUSTERSTADT[3], "-f", "md", "-o", "-");
        assertThat(run.exitCode()).as(run.describe()).isZero();
        String page = firstPage(run.out());
        // index 44,5 in the stage from 40 to 65: 65 - 44,5 = 20,5 points to the next
        assertThat(page).contains("**Gestaltung (40–65)**", "Stufe 3 von 5; bis zur nächsten Stufe „Vernetzung“ "
                + "fehlen 20,5 Punkte.")
                // an anyOf whose alternatives both fail is one failed condition, said so
                .contains("- **Partizipativ: nicht erfüllt.** Wert 37,9 liegt unter der Schwelle von 50. Keine Rückmeldung "
                        + "an die Beteiligten und Beteiligungsergebnisse nicht öffentlich dokumentiert; eines davon zu "
                        + "beheben genügt.")
                .contains("Gehört: Verwaltung (Amt für Digitales), Rat (Arbeitskreis Digitales des Stadtrats), "
                        + "Bürgerschaft (Bürgerpanel Musterstadt digital), Wirtschaft (Gewerbeverband Musterstadt e. V.). "
                        + "Nicht gehört: Zivilgesellschaft.")
                .contains("Die Gruppen sind bei drei Fragen uneins:",
                        "- „Ich weiß, dass meine Kommune eine Digitalstrategie hat und was sie erreichen will“: Rat 100, "
                                + "Bürgerschaft 25, Wirtschaft 50")
                // the council's, citizens' and businesses' answers to questions of fact are shown, not scored: page 1
                // says where they are far from the administration's
                .contains("Bei drei Sachfragen, bei denen nur die Gruppe Verwaltung zählt, antworten andere Gruppen um "
                        + "50 Punkte oder mehr anders.")
                .contains("1. **Veröffentlichen Sie nach jedem Beteiligungsformat einen kurzen Ergebnisbericht")
                // the roadmap's second measure is the other alternative of the same condition: the first page names
                // the next condition's measure instead
                .contains("2. **Legen Sie dem Rat oder Kreistag jährlich einen kurzen Umsetzungsbericht vor")
                .doesNotContain("Beantworten Sie jeden Vorschlag öffentlich")
                // Integriert fails on its score alone (48,2 < 50, 50 - 48,2 = 1,8): the third place goes to the first
                // measure on one of its own questions
                .contains("3. **Nehmen Sie in die Vorlagen für Rat oder Kreistag und die Ausschüsse einen kurzen Abschnitt „Bezug zur "
                        + "Digitalstrategie“ auf", "hebt den Wert der These „Integriert“, der 1,8 Punkte zur Schwelle "
                        + "fehlen)")
                .doesNotContain("Veränderung seit", "Im Vergleich mit");
        assertThat(run.out().substring(run.out().indexOf("## Fahrplan"))).contains("Beantworten Sie jeden Vorschlag "
                + "öffentlich");
    }

    @Test
    void aSingleAdministrationFileIsCalledASelfAssessment() {
        CliRun run = CliRun.run(CliRun.ENGLISH, "assess", MUSTERSTADT[0], "--lang", "en", "-f", "md", "-o", "-");
        assertThat(run.exitCode()).as(run.describe()).isZero();
        assertThat(firstPage(run.out())).contains("Heard: only Administration (Amt für Digitales). The result is the "
                + "administration's self-assessment, without the view of any other group. Not heard: Council, "
                + "Citizens, Businesses, Civil society.")
                .doesNotContain("disagree");
    }

    @Test
    void previousAndPeersGiveTheFiguresTrendAndCompareGive() throws IOException {
        CliRun run = CliRun.run(CliRun.GERMAN, "assess", MUSTERSTADT[0], MUSTERSTADT[1], MUSTERSTADT[2],
                MUSTERSTADT[3], "--previous", "examples/musterstadt-2025.yaml", "--peers", "examples", "-f", "md",
                "-o", "-");
        assertThat(run.exitCode()).as(run.describe()).isZero();
        String page = firstPage(run.out());

        ObjectMapper json = new ObjectMapper();
        CliRun trend = CliRun.run("trend", "examples/musterstadt-2025.yaml", MUSTERSTADT[0], MUSTERSTADT[1],
                MUSTERSTADT[2], MUSTERSTADT[3], "-f", "json", "-o", "-");
        JsonNode points = json.readTree(trend.out()).path("municipalities").get(0).path("periods");
        double before = points.get(0).path("overall").asDouble();
        double now = points.get(1).path("overall").asDouble();
        CliRun compare = CliRun.run("compare", "examples", "--period", "2026", "-f", "json", "-o", "-");
        JsonNode cohort = json.readTree(compare.out());
        int rank = 0;
        for (JsonNode m : cohort.path("municipalities")) {
            if (m.path("id").asText().equals("09999001")) {
                rank = m.path("rank").asInt();
            }
        }
        double median = cohort.path("statistics").path("overall").path("median").asDouble();
        assertThat(rank).isEqualTo(5);

        assertThat(page).contains("### Veränderung seit 2025 und Platz unter sechs Kommunen")
                .contains(String.format(java.util.Locale.GERMANY, "| Gesamtindex | %.1f | %.1f | +%.1f | 5 von 6 | %.1f "
                        + "| – |", before, now, round(now) - round(before), median))
                // the stage beside the scale, not again in the table
                .contains("Stufe 3 von 5 (2025: Erprobung); bis zur nächsten Stufe")
                .doesNotContain("| Reifestufe | Erprobung")
                .contains("| Erfüllte Thesen | 0 von 3 | 0 von 3 |")
                // among six, a percentile would say no more than the rank
                .contains("Rang 1 = höchster Wert (gleiche Werte teilen sich einen Rang).")
                // 2025 is the administration's file alone, 2026 four groups, each named by its one respondent
                .contains("Gehört 2025: Verwaltung; die Veränderung ist daher nur eingeschränkt vergleichbar.")
                .contains("Gehört: Verwaltung (Amt für Digitales), Rat (Arbeitskreis Digitales des Stadtrats), "
                        + "Bürgerschaft (Bürgerpanel Musterstadt digital), Wirtschaft (Gewerbeverband Musterstadt e. V.).");
    }

    @Test
    void peersOnlyShowNoPreviousColumnsAndFewPeersNoPercentiles() {
        CliRun run = CliRun.run(CliRun.GERMAN, "assess", MUSTERSTADT[0], "--peers", "examples/auenburg-2026.yaml",
                "examples/erlenried-2026.yaml", "-f", "md", "-o", "-");
        assertThat(run.exitCode()).as(run.describe()).isZero();
        String page = firstPage(run.out());
        assertThat(page).contains("### Im Vergleich mit drei Kommunen (2026)",
                "| Kennzahl | 2026 | Rang | Median | Erfüllt bei |", "gleiche Werte teilen sich einen Rang).")
                .doesNotContain("Perzentil |", "Veränderung");
    }

    /** From ten peers on, the place is also a percentile: the share of the others scoring lower. */
    @Test
    void tenPeersShowPercentiles(@TempDir Path dir) throws IOException {
        String auenburg = Files.readString(Path.of("examples/auenburg-2026.yaml"));
        for (int i = 0; i < 9; i++) {
            Files.writeString(dir.resolve("peer-" + i + ".yaml"), auenburg.replace("03999000", "0399900" + i));
        }
        CliRun run = CliRun.run(CliRun.GERMAN, "assess", MUSTERSTADT[0], "--peers", dir.toString(), "-f", "md",
                "-o", "-");
        assertThat(run.exitCode()).as(run.describe()).isZero();
        // Musterstadt lowest of ten: none of the other nine scores lower
        assertThat(firstPage(run.out())).contains("| Kennzahl | 2026 | Rang | Perzentil | Median | Erfüllt bei |",
                        "| Gesamtindex | 45,6 | 10 von 10 | 0 |", "Perzentil: Anteil der anderen Kommunen mit niedrigerem "
                        + "Wert.");
    }

    @Test
    void previousFilesOfAnotherMunicipalityOrALaterPeriodAreLocated() {
        CliRun other = CliRun.run("assess", MUSTERSTADT[0], "--previous", "examples/auenburg-2025.yaml", "-o", "-");
        assertThat(other.exitCode()).as(other.describe()).isEqualTo(3);
        assertThat(other.err()).contains("examples/auenburg-2025.yaml:").contains("--previous")
                .contains("09999001");
        assertThat(other.out()).isEmpty();

        CliRun same = CliRun.run("assess", MUSTERSTADT[0], "--previous", "examples/musterstadt-2026.yaml", "-o", "-");
        assertThat(same.exitCode()).as(same.describe()).isEqualTo(3);
        assertThat(same.err()).contains("examples/musterstadt-2026.yaml:")
                .contains("period 2026 is not before period 2026");
    }

    @Test
    void peersWithoutTheReportsPeriodOrWithoutAnswerFilesAreAUsageError(@TempDir Path dir) throws IOException {
        CliRun none = CliRun.run("assess", MUSTERSTADT[0], "--peers", "examples/auenburg-2024.yaml", "-o", "-");
        assertThat(none.exitCode()).as(none.describe()).isEqualTo(2);
        assertThat(none.err()).contains("none of the peers given with --peers has answer files for period 2026");

        Files.writeString(dir.resolve("notes.txt"), "no answers here");
        CliRun empty = CliRun.run("assess", MUSTERSTADT[0], "--peers", dir.toString(), "-o", "-");
        assertThat(empty.exitCode()).as(empty.describe()).isEqualTo(2);
        assertThat(empty.out()).isEmpty();
    }

    @Test
    void withoutAnAdoptedStrategyItsAdoptionComesFirst(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("ohne-strategie.yaml");
        Files.writeString(file, Files.readString(Path.of(MUSTERSTADT[0]))
                .replace("  str-digital-strategy:\n    value: adopted\n", "  str-digital-strategy:\n    value: none\n"));
        CliRun run = CliRun.run(CliRun.GERMAN, "assess", file.toString(), "-f", "md", "-o", "-");
        assertThat(run.exitCode()).as(run.describe()).isZero();
        String page = firstPage(run.out());
        assertThat(page).contains("- **Integriert: nicht erfüllt.** Wert 44,4 liegt unter der Schwelle von 50. Keine "
                + "beschlossene Digitalstrategie.")
                .contains("1. **Erarbeiten Sie auf Basis einer Bestandsaufnahme eine Digitalstrategie",
                        "(Phase 1 · erfüllt eine Bedingung der Thesen „Integriert“, "
                                + "„Partizipativ“ und „Umsetzbar“)");
    }

    private static double round(double x) {
        return Math.round(x * 10) / 10.0;
    }

    /** The summary section, up to the theses. */
    /**
     * What the council reads first fits the German PDF's first page even with the change and the peers: the position
     * table whole, with its notes, and nothing of the next section.
     */
    @Test
    void theGermanPdfsFirstPageHoldsTheChangeAndThePeersWhole(@TempDir Path dir) throws IOException {
        Path pdf = dir.resolve("musterstadt.pdf");
        CliRun run = CliRun.run(CliRun.GERMAN, "assess", MUSTERSTADT[0], MUSTERSTADT[1], MUSTERSTADT[2],
                MUSTERSTADT[3], "--previous", "examples/musterstadt-2025.yaml", "--peers", "examples", "-f", "pdf",
                "-o", pdf.toString());
        assertThat(run.exitCode()).as(run.describe()).isZero();
        String first;
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(1);
            stripper.setEndPage(1);
            first = stripper.getText(doc);
        }
        assertThat(first).contains("Keine der drei Thesen", "Wer gehört wurde", "Was zuerst zu tun ist",
                "Veränderung seit 2025 und Platz unter sechs Kommunen", "Erfüllte Thesen 0 von 3 0 von 3", "Gehört 2025:")
                .doesNotContain("Die drei Thesen");
        // the running page number "1 / N" stands last on the page
        // the peers are of four kinds, which the last note names
        assertThat(first.strip().replaceAll("\\s*\\d+ / \\d+$", "").replaceAll("\\s+", " "))
                .endsWith("(gleiche Werte teilen sich einen Rang). Die sechs Kommunen sind verschiedener Art: Stadt (3), "
                        + "Gemeinde (1), Landkreis (1), Region (1).");
    }

    /** A step page 1 names first stands in the roadmap itself, not only in the appendix of further measures. */
    @Test
    void everyFirstStepStandsInTheRoadmap() {
        for (String file : List.of("examples/musterstadt-2026.yaml", "examples/erlenried-2026.yaml",
                "examples/landkreis-flaeming-heide-2026.yaml", "examples/ile-birkachtal-2026.yaml")) {
            CliRun run = CliRun.run(CliRun.GERMAN, "assess", file, "-f", "md", "-o", "-");
            assertThat(run.exitCode()).as(run.describe()).isZero();
            String report = run.out();
            String steps = report.substring(report.indexOf("### Was zuerst zu tun ist"), report.indexOf("## Die drei Thesen"));
            String roadmap = report.substring(report.indexOf("## Fahrplan"), report.indexOf("## Fragen nach Handlungsfeld"));
            java.util.regex.Matcher step = java.util.regex.Pattern.compile("\\n\\d\\. \\*\\*(.+?)\\*\\*").matcher(steps);
            int found = 0;
            while (step.find()) {
                found++;
                assertThat(roadmap).as(file + ": " + step.group(1)).contains("**" + step.group(1) + "**");
            }
            assertThat(found).as(file).isEqualTo(3);
        }
    }

    /**
     * A step that makes a condition hold says what it does to its thesis: Birkachtal's Umsetzbar reaches 52,1 and
     * fails only its review cycle, so the step meets it; Erlenried's Umsetzbar stays 10,4 below 50 (39,6).
     */
    @Test
    void aConditionsStepSaysWhetherItMeetsTheThesis() {
        CliRun birkachtal = CliRun.run(CliRun.GERMAN, "assess", "examples/ile-birkachtal-2026.yaml", "-f", "md", "-o",
                "-");
        assertThat(firstPage(birkachtal.out())).contains("erfüllt die letzte offene Bedingung der These „Umsetzbar“, "
                + "die damit erfüllt ist)");
        CliRun erlenried = CliRun.run(CliRun.GERMAN, "assess", "examples/erlenried-2026.yaml", "-f", "md", "-o", "-");
        assertThat(firstPage(erlenried.out())).contains("erfüllt eine Bedingung der These „Umsetzbar“, Wert noch 10,4 "
                + "unter der Schwelle)");
    }

    /** The cover says what the kicker is and what kind of id the municipality has: an AGS is named so. */
    @Test
    void theCoverNamesTheQuestionnaireAndTheKindOfId() {
        CliRun town = CliRun.run(CliRun.GERMAN, "assess", MUSTERSTADT[0], "-f", "html", "-o", "-");
        assertThat(town.out()).contains("<p class=\"kicker\">Fragebogen: Digitale Reife der Smarten Region 2026.1</p>",
                "<h1 class=\"wrap\">Digitale Reife: Musterstadt (2026)</h1>",
                "Stadt · Bayern · 12.480 Einwohnerinnen und Einwohner · AGS 09999001</p>");
        CliRun region = CliRun.run(CliRun.GERMAN, "assess", "examples/ile-birkachtal-2026.yaml", "-f", "html", "-o", "-");
        assertThat(region.out()).contains("Einwohnerinnen und Einwohner · Kennung R-BY-ILE-BIRKACHTAL</p>");
    }

    /** Erlenried's answer on accessibility lies below the legal minimum: page 1 says so beside the verdict. */
    @Test
    void aLegalDutyNotMetStandsBesideTheVerdict() {
        CliRun run = CliRun.run(CliRun.GERMAN, "assess", "examples/erlenried-2026.yaml", "-f", "md", "-o", "-");
        assertThat(run.exitCode()).as(run.describe()).isZero();
        String page = firstPage(run.out());
        assertThat(page).contains("Keine fest zugeordnete Zuständigkeit.\n\n**Nach den Antworten ist eine gesetzliche "
                + "Pflicht nicht erfüllt: „Wie barrierefrei sind Website, Online-Dienste und Apps der Kommune?“.**\n");
        CliRun english = CliRun.run("assess", "examples/erlenried-2026.yaml", "--lang", "en", "-f", "html", "-o", "-");
        assertThat(english.out()).contains("<p class=\"duties-open\"><strong>By the answers, one legal duty is not "
                + "met: “How accessible are the municipality&#39;s website, online services and apps?”");
        // every duty met: nothing to say on page 1
        CliRun auenburg = CliRun.run(CliRun.GERMAN, "assess", "examples/auenburg-2026.yaml", "-f", "md", "-o", "-");
        assertThat(firstPage(auenburg.out())).doesNotContain("gesetzliche Pflicht");
    }

    private static String firstPage(String report) {
        int start = report.indexOf("\n## ");
        int end = report.indexOf("\n## ", start + 1);
        return report.substring(start, end);
    }
}
