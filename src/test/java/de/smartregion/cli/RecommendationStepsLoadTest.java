package de.smartregion.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A broken {@code recommendations} entry is a located problem (exit 3) saying what to write, in English and German;
 * its bounds are read as a thesis condition's are (src/test/resources/report/steps.yaml).
 */
class RecommendationStepsLoadTest {

    private static final String FILE = "src/test/resources/report/steps.yaml";
    private static final String STATEMENT_STEPS =
            "          - {atLeast: published, text: {de: Ergänzen Sie einen Feedback-Weg., en: Add a feedback channel.}}\n"
            + "          - {atLeast: feedback, text: {de: Lassen Sie die Website prüfen., en: Have the website audited.}}\n";
    private static final String PORTAL = "        recommendation: {de: Richten Sie ein Portal ein., en: Set up a portal.}";

    @Test
    void validStepsLoad() {
        CliRun run = CliRun.run("validate", FILE);
        assertThat(run.exitCode()).as(run.describe()).isZero();
    }

    static Stream<Arguments> brokenSteps() {
        return Stream.of(
            // a misspelt option, with the nearest one
            Arguments.of("atLeast: published,", "atLeast: publishd,",
                    List.of("29:23: question 'statement' has no option 'publishd'; did you mean 'published'?")),
            // a level the question does not have
            Arguments.of("atLeast: 2,", "atLeast: 5,",
                    List.of("36:37: 5 is not a level of 'strategy'; levels: 0, 1, 2, 3, 4")),
            // the second step does not go beyond the first
            Arguments.of(STATEMENT_STEPS, STATEMENT_STEPS.replace("atLeast: feedback", "atLeast: published")
                    .replaceFirst("atLeast: published", "atLeast: feedback"),
                    List.of("30:23: the steps of the recommendations of 'statement' must ascend: 'published' is not "
                            + "above 'feedback'")),
            Arguments.of("atLeast: feedback,", "atLeast: published,",
                    List.of("30:23: the steps of the recommendations of 'statement' must ascend: 'published' is not "
                            + "above 'published'")),
            // multi, number and matrix answers have no order an option could name
            Arguments.of("[{score: 0.5,", "[{atLeast: 50,",
                    List.of("45:37: atLeast does not apply to number question 'share'; bound it with score: 0..1")),
            Arguments.of(PORTAL, PORTAL + "\n        recommendations: [{atLeast: perhaps, text: T}]",
                    List.of("51:37: atLeast of yes/no question 'portal' is yes or no, found 'perhaps'")),
            // a step every answer reaches is the recommendation; one at the best answer is never a measure
            Arguments.of("atLeast: published,", "atLeast: none,",
                    List.of("29:23: every answer to 'statement' reaches this step; the text for the lowest answers "
                            + "belongs in recommendation")),
            Arguments.of("atLeast: feedback,", "atLeast: audited,",
                    List.of("30:23: a step at the best answer to 'statement' is never shown, as that answer leaves "
                            + "nothing to do; bound it lower")),
            Arguments.of(PORTAL, PORTAL + "\n        recommendations: [{atLeast: yes, text: T}]",
                    List.of("51:37: a step at the best answer to 'portal' is never shown, as that answer leaves "
                            + "nothing to do; bound it lower")),
            Arguments.of("[{score: 0.5,", "[{score: 1.5,",
                    List.of("45:35: score must be between 0 and 1, found 1.5")),
            // the shape of a step
            Arguments.of("[{score: 0.5,", "[{score: 0.5, atLeast: 50,",
                    List.of("45:35: a step of the recommendations of 'share' has both atLeast and score; give one")),
            Arguments.of("[{score: 0.5,", "[{",
                    List.of("45:27: a step of the recommendations of 'share' needs its bound: atLeast (an option, a "
                            + "level or yes) or score (0..1)")),
            Arguments.of("[{atLeast: 2, text:", "[{atLeast: 2, effort: low, text:",
                    List.of("36:40: unknown key 'effort' in recommendations; valid keys: atLeast, score, text")),
            Arguments.of("[{atLeast: 2, text: {de: Schreiben Sie die Strategie fort., en: Update the strategy.}}]",
                    "[{atLeast: 2}]", List.of("36:27: missing key 'text' in recommendations")),
            Arguments.of("en: Update the strategy.}", "en: \" \"}",
                    List.of("36:46: the text of a step must say what is left to do")),
            Arguments.of("        recommendations:\n" + STATEMENT_STEPS, "        recommendations: []\n",
                    List.of("28:26: recommendations of 'statement' must not be empty; without steps, leave the key "
                            + "out")),
            // below the first step something must name the measure
            Arguments.of("        recommendation: {de: Veröffentlichen Sie eine Erklärung., en: Publish a statement.}\n",
                    "", List.of("28:11: recommendations of 'statement' need a recommendation: the measure for "
                            + "answers below the first step")));
    }

    @ParameterizedTest
    @MethodSource("brokenSteps")
    void aBrokenStepIsLocatedAndSaysWhatToWrite(String written, String broken, List<String> messages,
                                                @TempDir Path dir) throws IOException {
        Path file = broken(dir, written, broken);
        CliRun run = CliRun.run("validate", file.toString());
        assertThat(run.exitCode()).as(run.describe()).isEqualTo(ExitCode.INVALID_INPUT.code());
        assertThat(run.errLines()).containsExactlyElementsOf(messages.stream().map(m -> file + ":" + m).toList());
    }

    /** The messages come from the bundles: German where the user's locale is German. */
    @Test
    void theProblemsReadInGermanForAGermanUser(@TempDir Path dir) throws IOException {
        Path file = broken(dir, "atLeast: feedback,", "atLeast: published,");
        CliRun run = CliRun.run(CliRun.GERMAN, "validate", file.toString());
        assertThat(run.exitCode()).as(run.describe()).isEqualTo(ExitCode.INVALID_INPUT.code());
        assertThat(run.errLines()).containsExactly(file + ":30:23: die Stufen in recommendations der Frage "
                + "'statement' müssen aufsteigen: 'published' liegt nicht über 'published'");
        file = broken(dir, "atLeast: published,", "atLeast: none,");
        run = CliRun.run(CliRun.GERMAN, "validate", file.toString());
        assertThat(run.errLines()).containsExactly(file + ":29:23: jede Antwort auf die Frage 'statement' erreicht "
                + "diese Stufe; der Text für die niedrigsten Antworten gehört in recommendation");
    }

    /** Nothing is written when the questionnaire given is invalid. */
    @Test
    void anAssessmentWithABrokenStepWritesNothing(@TempDir Path dir) throws IOException {
        Path file = broken(dir, "atLeast: 2,", "atLeast: 5,");
        Path answers = dir.resolve("answers.yaml");
        Files.writeString(answers, "kind: assessment\nquestionnaire: steps@1\nmunicipality: {id: \"01\", name: Testdorf}\n"
                + "period: 2026\nanswers:\n  strategy: 2\n");
        Path out = dir.resolve("report.md");
        CliRun run = CliRun.run("assess", "-q", file.toString(), answers.toString(), "-o", out.toString());
        assertThat(run.exitCode()).as(run.describe()).isEqualTo(ExitCode.INVALID_INPUT.code());
        assertThat(run.err()).contains(file + ":36:37: 5 is not a level of 'strategy'");
        assertThat(out).doesNotExist();
    }

    private static Path broken(Path dir, String written, String broken) throws IOException {
        String yaml = Files.readString(Path.of(FILE));
        assertThat(yaml).contains(written);
        Path file = dir.resolve("steps.yaml");
        Files.writeString(file, yaml.replace(written, broken));
        return file;
    }
}
