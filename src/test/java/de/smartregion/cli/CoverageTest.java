package de.smartregion.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * How much is answered, wherever a score is shown: beside the score in reports, rankings and trends when it is low,
 * as a filter ({@code --min-coverage}) in compare and trend, and on validate's line for each answer file.
 *
 * <p>Kleinau is Erlenried's strategy section alone: 19 answers, one of them n/a. Of the smart-region questionnaire's
 * 141 questions, 121 are asked of the administration; 119 of those apply to a Gemeinde (the public health office
 * and the control centre are not a Gemeinde's); the n/a leaves 118. So 18 of 118 are answered: 15.25 %, shown 15 %.
 */
class CoverageTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Kleinau, 2026: the first 19 answers of Erlenried's 2026 file, under its own id. */
    private static Path kleinau(Path dir, String period) throws IOException {
        List<String> lines = Files.readAllLines(Path.of("examples/erlenried-2026.yaml")).subList(0, 40);
        Path file = dir.resolve("kleinau-" + period + ".yaml");
        Files.writeString(file, String.join("\n", lines).replace("09999012", "09999099")
                .replace("name: Erlenried", "name: Kleinau").replace("period: 2026", "period: " + period) + "\n");
        return file;
    }

    /** Kleinau, 2025, answered in full: Erlenried's 2025 answers under Kleinau's id. */
    private static Path kleinauComplete2025(Path dir) throws IOException {
        Path file = dir.resolve("kleinau-2025.yaml");
        Files.writeString(file, Files.readString(Path.of("examples/erlenried-2025.yaml"))
                .replace("09999012", "09999099").replace("name: Erlenried", "name: Kleinau"));
        return file;
    }

    private static Path cohort(Path dir) throws IOException {
        Files.copy(Path.of("examples/musterstadt-2026.yaml"), dir.resolve("musterstadt-2026.yaml"));
        Files.copy(Path.of("examples/erlenried-2026.yaml"), dir.resolve("erlenried-2026.yaml"));
        kleinau(dir, "2026");
        return dir;
    }

    // --- validate ---------------------------------------------------------------------------------------------

    @Test
    void validateSaysHowMuchOfEachAnswerFileIsAnswered(@TempDir Path dir) throws IOException {
        Path kleinau = kleinau(dir, "2026");
        CliRun run = CliRun.run("validate", kleinau.toString(), "examples/musterstadt-2026-citizens.yaml",
                "questionnaires/smart-region.yaml");
        assertThat(run.exitCode()).as(run.describe()).isZero();
        assertThat(run.out().lines()).containsExactly(
                kleinau + ": ok (answers of Kleinau for 2026: 15% answered, 18 of 118 applicable questions)",
                // a citizens' file is asked the citizens' questions only: 14 (init --role citizens writes them)
                "examples/musterstadt-2026-citizens.yaml: ok (answers of Musterstadt for 2026: 100% answered, "
                        + "14 of 14 applicable questions)",
                "questionnaires/smart-region.yaml: ok (questionnaire smart-region@2026.1, 141 questions)");
        CliRun german = CliRun.run(CliRun.GERMAN, "validate", kleinau.toString());
        assertThat(german.out().strip()).isEqualTo(kleinau
                + ": ok (Antworten von Kleinau für 2026: 15 % beantwortet, 18 von 118 zutreffenden Fragen)");
    }

    @Test
    void validateCountsTheQuestionsTheMunicipalitysTypeIsAsked(@TempDir Path dir) throws IOException {
        String q = "src/test/resources/score/applies-to.yaml";
        Path village = dir.resolve("dorf.yaml");
        Files.writeString(village, "kind: assessment\nquestionnaire: applies@1\n"
                + "municipality: {id: \"01\", name: Testdorf, type: Gemeinde}\nperiod: 2026\n"
                + "answers:\n  everyone: yes\n");
        Path district = dir.resolve("kreis.yaml");
        Files.writeString(district, "kind: assessment\nquestionnaire: applies@1\n"
                + "municipality: {id: \"02\", name: Testkreis, type: Landkreis}\nperiod: 2026\n"
                + "answers:\n  everyone: yes\n");
        CliRun run = CliRun.run("validate", "-q", q, village.toString(), district.toString());
        assertThat(run.exitCode()).as(run.describe()).isZero();
        // the district-only question is n/a for a Gemeinde, open for a Landkreis
        assertThat(run.out().lines()).containsExactly(
                village + ": ok (answers of Testdorf for 2026: 100% answered, 1 of 1 applicable questions)",
                district + ": ok (answers of Testkreis for 2026: 50% answered, 1 of 2 applicable questions)");
    }

    @Test
    void validateSaysWhenNoQuestionApplies(@TempDir Path dir) throws IOException {
        Path q = dir.resolve("kreis-only.yaml");
        Files.writeString(q, "kind: questionnaire\nid: kreis-only\nversion: \"1\"\ntitle: Kreis only\n"
                + "theses:\n  - {id: implementable, title: Implementable}\nfields:\n  - id: services\n"
                + "    title: Services\n    questions:\n      - id: district-only\n        type: scale\n"
                + "        text: Does the district coordinate?\n        appliesTo: [Landkreis]\n"
                + "        theses: [implementable]\n");
        Path village = dir.resolve("dorf.yaml");
        Files.writeString(village, "kind: assessment\nquestionnaire: kreis-only@1\n"
                + "municipality: {id: \"01\", name: Testdorf, type: Gemeinde}\nperiod: 2026\nanswers: {}\n");
        CliRun run = CliRun.run(CliRun.GERMAN, "validate", "-q", q.toString(), village.toString());
        assertThat(run.exitCode()).as(run.describe()).isZero();
        assertThat(run.out().strip()).isEqualTo(village + ": ok (Antworten von Testdorf für 2026: Keine Frage trifft zu)");
    }

    // --- beside the score -------------------------------------------------------------------------------------

    @Test
    void aReportSaysBesideTheScoreHowLittleIsAnswered(@TempDir Path dir) throws IOException {
        Path kleinau = kleinau(dir, "2026");
        CliRun de = CliRun.run("assess", kleinau.toString(), "--lang", "de", "-f", "md", "-o", "-");
        assertThat(de.exitCode()).as(de.describe()).isZero();
        assertThat(de.out()).containsPattern("\\| \\*\\*\\d+,\\d\\*\\* \\(nur 15 % beantwortet\\) \\| \\S+ \\| "
                + "15 % \\(18/118\\) \\|");
        CliRun html = CliRun.run("assess", kleinau.toString(), "--lang", "en", "-f", "html", "-o", "-");
        assertThat(html.exitCode()).as(html.describe()).isZero();
        // in words, not in colour alone
        assertThat(html.out()).contains("<div class=\"sub low-coverage\">only 15% answered</div>");
        CliRun complete = CliRun.run("assess", "examples/musterstadt-2026.yaml", "--lang", "en", "-f", "md",
                "-o", "-");
        assertThat(complete.out()).doesNotContain("answered)").contains("| 97% (114/118) |");
    }

    @Test
    void aRankingMarksALowCoverageBesideTheScore(@TempDir Path dir) throws IOException {
        cohort(dir);
        CliRun md = CliRun.run("compare", dir.toString(), "--lang", "en", "-f", "md", "-o", "-");
        assertThat(md.exitCode()).as(md.describe()).isZero();
        assertThat(md.out()).containsPattern("\\| Kleinau \\(09999099\\) \\| 2026 \\| \\*\\*\\d+\\.\\d\\*\\* "
                        + "\\(only 15% answered\\) \\| \\S+ \\| 15% \\|")
                .contains("> Fewer than 80% of the applicable questions are answered for Kleinau (15%): their "
                        + "scores rest on incomplete data and are marked beside them.")
                .doesNotContain("Musterstadt (09999001) | 2026 | **44.5** (");
        CliRun html = CliRun.run("compare", dir.toString(), "--lang", "de", "-f", "html", "-o", "-");
        assertThat(html.out()).contains("<div class=\"low-coverage\">nur 15 % beantwortet</div>");
        CliRun json = CliRun.run("compare", dir.toString(), "-f", "json", "-o", "-");
        JsonNode root = JSON.readTree(json.out());
        JsonNode kleinau = find(root.get("municipalities"), "09999099");
        assertThat(kleinau.get("coverage").asDouble()).isEqualTo(0.15);
        assertThat(find(root.get("municipalities"), "09999001").get("coverage").asDouble()).isEqualTo(0.97);
        assertThat(root.get("warnings").toString()).contains("\"code\":\"low-coverage\"");
        CliRun csv = CliRun.run("compare", dir.toString(), "-f", "csv", "-o", "-");
        assertThat(csv.out().lines().filter(l -> l.contains("09999099")).findFirst().orElseThrow())
                .contains(",0.15,");
    }

    @Test
    void theLowCoverageNoteNamesTenAndCountsTheRest(@TempDir Path dir) throws IOException {
        Path kleinau = kleinau(dir, "2026");
        String text = Files.readString(kleinau);
        for (int i = 10; i < 22; i++) {
            Files.writeString(dir.resolve("ort-" + i + ".yaml"), text.replace("09999099", "099990" + i)
                    .replace("name: Kleinau", "name: Ort " + i));
        }
        Files.delete(kleinau);
        CliRun run = CliRun.run("compare", dir.toString(), "--lang", "de", "-f", "md", "-o", "-");
        assertThat(run.exitCode()).as(run.describe()).isZero();
        assertThat(run.out()).contains("> Für Ort 10 (15 %), Ort 11 (15 %), Ort 12 (15 %), Ort 13 (15 %), Ort 14 (15 %), "
                + "Ort 15 (15 %), Ort 16 (15 %), Ort 17 (15 %), Ort 18 (15 %), Ort 19 (15 %) und 2 weitere sind weniger "
                + "als 80 % der zutreffenden Fragen beantwortet");
        // the marks show every one, the last two too
        assertThat(run.out()).contains("| Ort 21 (09999021) | 2026 |").containsPattern(
                "Ort 21 \\(09999021\\) \\| 2026 \\| \\*\\*\\d+,\\d\\*\\* \\(nur 15 % beantwortet\\)");
    }

    @Test
    void aTrendMarksEachPeriodAnsweredTooLittle(@TempDir Path dir) throws IOException {
        kleinauComplete2025(dir);
        kleinau(dir, "2026");
        CliRun md = CliRun.run("trend", dir.toString(), "--lang", "en", "-f", "md", "-o", "-");
        assertThat(md.exitCode()).as(md.describe()).isZero();
        assertThat(md.out()).containsPattern("\\| 2026 \\| \\*\\*\\d+\\.\\d\\*\\* \\(only 15% answered\\) \\|")
                .containsPattern("\\| 2025 \\| \\*\\*\\d+\\.\\d\\*\\* \\|")
                .contains("for Kleinau, 2026 (15%)");
        CliRun html = CliRun.run("trend", dir.toString(), "--lang", "en", "-f", "html", "-o", "-");
        assertThat(html.out()).contains("<div class=\"low-coverage\">only 15% answered</div>");
    }

    // --- --min-coverage ---------------------------------------------------------------------------------------

    @ParameterizedTest
    @ValueSource(strings = {"0.5", "0,5", "50%", "50 %", "16%"})
    void minCoverageLeavesOutWhatIsAnsweredBelowItAndNamesIt(String minimum, @TempDir Path dir) throws IOException {
        cohort(dir);
        CliRun run = CliRun.run("compare", dir.toString(), "--lang", "en", "--min-coverage", minimum, "-f", "json",
                "-o", "-");
        assertThat(run.exitCode()).as(run.describe()).isZero();
        JsonNode root = JSON.readTree(run.out());
        assertThat(root.get("municipalities")).extracting(m -> m.get("id").asText())
                .containsExactlyInAnyOrder("09999001", "09999012");
        String shown = minimum.startsWith("16") ? "16%" : "50%";
        assertThat(root.get("warnings").toString()).contains("\"code\":\"below-min-coverage\"",
                "Kleinau (09999099), 2026 left out: only 15% of the applicable questions answered, fewer than "
                        + "--min-coverage " + shown + " asks for (" + dir.resolve("kleinau-2026.yaml") + ")")
                // the one left out is not also reported as low beside a score
                .doesNotContain("\"code\":\"low-coverage\"");
    }

    @Test
    void minCoverageKeepsWhatReachesIt(@TempDir Path dir) throws IOException {
        cohort(dir);
        // 18 / 118 = 0.1525: kept at 0.15, left out at 0.16
        CliRun kept = CliRun.run("compare", dir.toString(), "--min-coverage", "0.15", "-f", "json", "-o", "-");
        assertThat(kept.exitCode()).as(kept.describe()).isZero();
        assertThat(JSON.readTree(kept.out()).get("municipalities")).hasSize(3);
        CliRun none = CliRun.run("compare", dir.toString(), "--min-coverage", "0", "-f", "json", "-o", "-");
        assertThat(JSON.readTree(none.out()).get("municipalities")).hasSize(3);
        CliRun german = CliRun.run("compare", dir.toString(), "--lang", "de", "--min-coverage", "0.16", "-f", "md",
                "-o", "-");
        assertThat(german.out()).contains("> Kleinau (09999099), 2026 ausgelassen: nur 15 % der zutreffenden Fragen "
                + "beantwortet, weniger als --min-coverage 16 % verlangt (" + dir.resolve("kleinau-2026.yaml") + ")");
    }

    @Test
    void minCoverageInATrendLeavesOutThePeriodNotTheMunicipality(@TempDir Path dir) throws IOException {
        kleinauComplete2025(dir);
        kleinau(dir, "2026");
        Files.copy(Path.of("examples/erlenried-2026.yaml"), dir.resolve("erlenried-2026.yaml"));
        CliRun run = CliRun.run("trend", dir.toString(), "--lang", "en", "--min-coverage", "50%", "-f", "json",
                "-o", "-");
        assertThat(run.exitCode()).as(run.describe()).isZero();
        JsonNode root = JSON.readTree(run.out());
        JsonNode kleinau = find(root.get("municipalities"), "09999099");
        assertThat(kleinau.get("periods")).extracting(p -> p.get("period").asText()).containsExactly("2025");
        assertThat(root.get("warnings").toString()).contains("\"code\":\"below-min-coverage\"",
                "Kleinau (09999099), 2026 left out: only 15%");
        // a municipality with no period left is left out, each period named
        Path alone = dir.resolve("alone");
        Files.createDirectories(alone);
        kleinau(alone, "2026");
        Files.copy(Path.of("examples/erlenried-2026.yaml"), alone.resolve("erlenried-2026.yaml"));
        CliRun dropped = CliRun.run("trend", alone.toString(), "--min-coverage", "0.5", "-f", "json", "-o", "-");
        assertThat(dropped.exitCode()).as(dropped.describe()).isZero();
        assertThat(JSON.readTree(dropped.out()).get("municipalities")).extracting(m -> m.get("id").asText())
                .containsExactly("09999012");
    }

    @ParameterizedTest
    @ValueSource(strings = {"1.5", "150%", "50", "-0.1", "half", "NaN", "0.5.1"})
    void aMinCoverageOutOfRangeIsAUsageErrorNamingTheOption(String minimum) {
        for (String command : new String[] {"compare", "trend"}) {
            CliRun run = CliRun.run(command, "examples", "--min-coverage=" + minimum, "-o", "-");
            assertThat(run.exitCode()).as(run.describe()).isEqualTo(ExitCode.USAGE.code());
            assertThat(run.err()).contains("--min-coverage takes a share from 0 to 1 or a percentage from 0% to "
                    + "100%, such as 0.5 or 50%, not " + minimum);
            assertThat(run.out()).isEmpty();
        }
        CliRun german = CliRun.run(CliRun.GERMAN, "compare", "examples", "--min-coverage=" + minimum, "-o", "-");
        assertThat(german.exitCode()).isEqualTo(ExitCode.USAGE.code());
        assertThat(german.err()).contains("--min-coverage erwartet einen Anteil von 0 bis 1 oder einen Prozentwert");
    }

    @Test
    void whenNothingReachesTheMinimumNothingIsWrittenAndItSaysWhy(@TempDir Path dir) throws IOException {
        Path kleinau = kleinau(dir, "2026");
        Path out = dir.resolve("out.md");
        for (String command : new String[] {"compare", "trend"}) {
            CliRun run = CliRun.run(command, kleinau.toString(), "--min-coverage", "50%", "-o", out.toString());
            assertThat(run.exitCode()).as(run.describe()).isEqualTo(ExitCode.USAGE.code());
            assertThat(run.err()).contains("every municipality has fewer than --min-coverage 50% of its applicable "
                    + "questions answered: nothing left to compare");
            assertThat(out).doesNotExist();
        }
    }

    @Test
    void theHelpExplainsMinCoverageInEitherLanguage() {
        for (String command : new String[] {"compare", "trend"}) {
            CliRun english = CliRun.run(CliRun.ENGLISH, command, "--help");
            assertThat(english.exitCode()).isZero();
            // a percent sign in a help text is a format directive to picocli unless doubled
            assertThat(english.err()).doesNotContain("WARN");
            assertThat(english.out().replaceAll("\\s+", " ")).contains("--min-coverage=SHARE Leave out every "
                    + "municipality and period in which less than this share of the applicable questions is answered: "
                    + "0.5 or 50%. Each one left out is named in the output.");
            CliRun german = CliRun.run(CliRun.GERMAN, command, "--help");
            assertThat(german.err()).doesNotContain("WARN");
            assertThat(german.out().replaceAll("\\s+", " ")).contains("0,5 oder 50 %. Jede ausgelassene");
        }
    }

    private static JsonNode find(JsonNode municipalities, String id) {
        for (JsonNode m : municipalities) {
            if (m.get("id").asText().equals(id)) {
                return m;
            }
        }
        throw new AssertionError("no municipality " + id + " in " + municipalities);
    }
}
