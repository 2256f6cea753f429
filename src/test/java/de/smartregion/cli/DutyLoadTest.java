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
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A broken {@code duty} is a located problem (exit 3) saying what to write; a valid one loads and its open duties
 * reach every report: the duties block first, the measure marked in the roadmap, and JSON.
 */
class DutyLoadTest {

    private static final String FILE = "src/test/resources/score/duties.yaml";

    @Test
    void validDutiesLoad() {
        CliRun run = CliRun.run("validate", FILE);
        assertThat(run.exitCode()).as(run.describe()).isZero();
    }

    static Stream<Arguments> brokenDuties() {
        return Stream.of(
            // a misspelt option, with the nearest one
            Arguments.of("minimum: receive", "minimum: recieve",
                    List.of("36:20: question 'invoice' has no option 'recieve'; did you mean 'receive'?")),
            // the lowest answer bounds nothing
            Arguments.of("minimum: receive", "minimum: none",
                    List.of("36:20: every answer reaches the minimum of the duty of 'invoice'; name the lowest answer that fulfils the duty")),
            // a minimum above the best answer could never be fulfilled
            Arguments.of("score: 1}\n        effort: high\n        duty:\n          minimum: receive",
                    "score: 0.8}\n        effort: high\n        duty:\n          score: 0.9",
                    List.of("36:18: no answer reaches the minimum of the duty of 'invoice'; name the lowest answer that fulfils the duty")),
            // a missing minimum and a missing basis are reported together
            Arguments.of("minimum: receive\n          basis: {de: \"§ 4a E-Rechnungsverordnung\", en: \"Section 4a E-Invoicing Ordinance\"}", "appliesTo: [Gemeinde]",
                    List.of("36:11: missing key 'basis' in duty", "36:11: the duty of 'invoice' needs its minimum: minimum (an option, a level or yes) or score (0..1)")),
            Arguments.of("basis: \"§ 6 EnEfG\"", "basis: \" \"",
                    List.of("43:37: the basis of a duty must name where it comes from, e.g. \"§ 6 EnEfG\"")),
            Arguments.of("{minimum: yes, basis: \"§ 6 EnEfG\"}", "{minimum: yes, basis: \"§ 6 EnEfG\", appliesTo: [Kreis]}",
                    List.of("43:62: unknown appliesTo 'Kreis'; valid: Gemeinde, Stadt, Landkreis, Region")),
            // the duty is checked even when the rest of the question is broken
            Arguments.of("        effort: high\n        duty:\n          minimum: receive\n          basis: {de: \"§ 4a E-Rechnungsverordnung\", en: \"Section 4a E-Invoicing Ordinance\"}",
                    "        effort: huge\n        duty:\n          minimum: receive",
                    List.of("34:17: unknown effort 'huge'; did you mean 'high'?", "36:11: missing key 'basis' in duty")),
            Arguments.of("minimum: receive", "score: 1.5",
                    List.of("36:18: score must be between 0 and 1, found 1.5")),
            Arguments.of("minimum: receive", "minimun: receive",
                    List.of("36:11: unknown key 'minimun' in duty; did you mean 'minimum'?")),
            Arguments.of("minimum: receive", "score: 0.5\n          minimum: receive",
                    List.of("36:18: the duty of 'invoice' has both minimum and score; give one")),
            Arguments.of("basis: {de: \"§ 4a E-Rechnungsverordnung\", en: \"Section 4a E-Invoicing Ordinance\"}", "note: x",
                    List.of("36:11: missing key 'basis' in duty", "37:11: unknown key 'note' in duty; valid keys: minimum, score, basis, appliesTo")),
            Arguments.of("{minimum: yes, basis: \"§ 6 EnEfG\"}", "{minimum: perhaps, basis: \"§ 6 EnEfG\"}",
                    List.of("43:25: minimum of yes/no question 'energy' is yes or no, found 'perhaps'")),
            Arguments.of("{minimum: 2, basis: \"§ 1a OZG\"}", "{minimum: 5, basis: \"§ 1a OZG\"}",
                    List.of("49:25: 5 is not a level of 'portal'; levels: 0, 1, 2, 3, 4")),
            Arguments.of("{minimum: 2, basis: \"§ 1a OZG\"}", "{minimum: 2}",
                    List.of("49:15: missing key 'basis' in duty")),
            Arguments.of("{minimum: 2, basis: \"§ 1a OZG\"}", "{basis: \"§ 1a OZG\"}",
                    List.of("49:15: the duty of 'portal' needs its minimum: minimum (an option, a level or yes) or score (0..1)")),
            // multi, number and matrix answers have no order an option could name
            Arguments.of("{score: 0.5, basis: \"Test basis\"}", "{minimum: 50, basis: \"Test basis\"}",
                    List.of("60:25: minimum does not apply to number question 'share'; bound it with score: 0..1")));
    }

    @ParameterizedTest
    @MethodSource("brokenDuties")
    void aBrokenDutyIsLocatedAndSaysWhatToWrite(String written, String broken, List<String> messages, @TempDir Path dir)
            throws IOException {
        String yaml = Files.readString(Path.of(FILE));
        assertThat(yaml).contains(written);
        Path file = dir.resolve("duties.yaml");
        Files.writeString(file, yaml.replace(written, broken));
        CliRun run = CliRun.run("validate", file.toString());
        assertThat(run.exitCode()).as(run.describe()).isEqualTo(ExitCode.INVALID_INPUT.code());
        assertThat(run.errLines()).containsExactlyElementsOf(messages.stream().map(m -> file + ":" + m).toList());
    }

    private static Path answers(Path dir) throws IOException {
        Path answers = dir.resolve("answers.yaml");
        Files.writeString(answers, "kind: assessment\nquestionnaire: duties@1\n"
                + "municipality: {id: \"01\", name: Testdorf, type: Gemeinde}\nperiod: 2026\n"
                + "answers:\n  plan: draft\n  invoice: none\n  energy: n/a\n  hours: no\n  share: 80\n");
        return answers;
    }

    @Test
    void theReportListsTheOpenDutyWithItsBasisAndMarksItsMeasure(@TempDir Path dir) throws IOException {
        CliRun run = CliRun.run(CliRun.GERMAN, "assess", "-q", FILE, answers(dir).toString(), "-o", "-");
        assertThat(run.exitCode()).as(run.describe()).isZero();
        assertThat(run.out()).contains("## Gesetzliche Pflichten")
                .contains("Nach den Antworten ist eine der zwei gesetzlichen Pflichten nicht erfüllt.")
                .contains("| „Are e-invoices received?“ ist mit „On paper only“ beantwortet; nötig ist mindestens "
                        + "„Received“. | Services | § 4a E-Rechnungsverordnung |")
                .contains("**Gesetzliche Pflicht: § 4a E-Rechnungsverordnung**");
        // the block stands before the fields, where a council reads first
        assertThat(run.out().indexOf("## Gesetzliche Pflichten")).isLessThan(run.out().indexOf("## Handlungsfelder"));
    }

    @Test
    void jsonCarriesEveryDutyThatAppliesAndMarksTheMeasure(@TempDir Path dir) throws IOException {
        CliRun run = CliRun.run("assess", "-q", FILE, answers(dir).toString(), "-f", "json", "--lang", "en", "-o", "-");
        assertThat(run.exitCode()).as(run.describe()).isZero();
        JsonNode root = new ObjectMapper().readTree(run.out());
        // energy is n/a and portal not asked of a Gemeinde: neither is judged
        assertThat(root.get("duties").toString()).isEqualTo("[{\"question\":\"invoice\",\"field\":\"services\","
                + "\"minimum\":\"receive\",\"basis\":\"Section 4a E-Invoicing Ordinance\",\"answer\":\"none\","
                + "\"answerScore\":0.0,\"met\":false},{\"question\":\"share\",\"field\":\"services\","
                + "\"minimumScore\":0.5,\"basis\":\"Test basis\",\"answer\":80,\"answerScore\":0.8,\"met\":true}]");
        assertThat(root.get("questions").findValuesAsText("applies"))
                .containsExactly("true", "true", "true", "false", "true", "true");
        assertThat(root.get("priorities").findValuesAsText("duty")).containsExactly("false", "true", "false", "false");
    }

    /** Every measure that fulfils a duty is shown, however many condition-closing measures come before it. */
    @Test
    void aBlankAssessmentShowsEveryDutyMeasureInTheRoadmap(@TempDir Path dir) throws IOException {
        Path blank = dir.resolve("blank.yaml");
        Files.writeString(blank, "kind: assessment\nquestionnaire: smart-region@2026.1\n"
                + "municipality: {id: \"01\", name: Leerdorf, type: Gemeinde}\nperiod: 2026\nanswers: {}\n");
        CliRun run = CliRun.run(CliRun.GERMAN, "assess", blank.toString(), "-o", "-");
        assertThat(run.exitCode()).as(run.describe()).isZero();
        String roadmap = run.out().substring(run.out().indexOf("## Fahrplan"));
        assertThat(roadmap.split("\\*\\*Gesetzliche Pflicht: ", -1)).hasSize(6);
        // unanswered is not the same as not met: the report says which it is
        assertThat(run.out()).contains("Von den fünf gesetzlichen Pflichten sind fünf nicht beantwortet; ob sie erfüllt "
                + "sind, bleibt offen.").doesNotContain("nicht erfüllt.");
        CliRun english = CliRun.run("assess", blank.toString(), "--lang", "en", "-o", "-");
        assertThat(english.out()).contains("Of the five legal duties, five are not answered, so it is open whether "
                + "they are met.");
    }

    @Test
    void aTargetBelowTheMinimumIsSaidWhereTheDutyIsListed(@TempDir Path dir) throws IOException {
        Path answers = dir.resolve("answers.yaml");
        Files.writeString(answers, Files.readString(answers(dir)).replace("invoice: none",
                "invoice: {value: none, target: none}"));
        CliRun run = CliRun.run(CliRun.GERMAN, "assess", "-q", FILE, answers.toString(), "-o", "-");
        assertThat(run.out()).contains("nötig ist mindestens „Received“. Das gesetzte Ziel liegt unter dem Minimum; "
                + "der Fahrplan enthält deshalb keine Maßnahme dazu. | Services |");
    }

    /** Two respondents at none and process combine to receive, the minimum: met, but no proof the law is kept. */
    @Test
    void aDutyTheRespondentsDisagreeOnIsListedEvenWhenMet(@TempDir Path dir) throws IOException {
        Path first = answers(dir);
        Path second = dir.resolve("second.yaml");
        Files.writeString(second, Files.readString(first).replace("invoice: none", "invoice: process")
                .replace("period: 2026\n", "period: 2026\nrespondent: {role: council}\n"));
        CliRun run = CliRun.run(CliRun.GERMAN, "assess", "-q", FILE, first.toString(), second.toString(), "-o", "-");
        assertThat(run.exitCode()).as(run.describe()).isZero();
        assertThat(run.out()).contains("Die Antworten erfüllen alle 2 gesetzlichen Pflichten")
                .contains("Die Befragten sind sich bei dieser Antwort uneinig (Spannweite 100 von 100 Punkten)");
    }
}
