package de.smartregion.cli;

import static de.smartregion.cli.BadInputTest.assertNoStackTrace;
import static de.smartregion.cli.BadInputTest.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Values a hostile tester chose (issue 11): numbers at the edges of double, huge values, values that try to forge
 * terminal lines or escape sequences, names that show nothing. Each ends in exit 3 with a located, short, one-line
 * message, or, where valid, in output that shows the value harmlessly.
 */
class HostileValuesTest {

    private static final String TINY = BadInputTest.TINY;

    @TempDir
    Path dir;

    private String write(String name, String content) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file.toString();
    }

    /** A questionnaire whose only question (line 11) is {@code question}; the field's extra keys stand on line 9. */
    private String questionnaire(String fieldKeys, String question) throws IOException {
        return write("q.yaml", """
                kind: questionnaire
                id: tiny
                version: "1"
                title: Tiny
                theses:
                  - {id: integrated, title: Integrated}
                fields:
                  - id: admin
                    title: Admin%s
                    questions:
                      %s
                """.formatted(fieldKeys, question));
    }

    private static String answers(String municipality, String answers) {
        return """
                kind: assessment
                questionnaire: tiny@1
                municipality: %s
                period: 2026
                answers:
                  %s
                """.formatted(municipality, answers);
    }

    /** Validating the questionnaire and assessing with it both stop with the one located problem. */
    private void assertQuestionnaireProblem(String file, int line, int column, String... words) throws IOException {
        CliRun validate = CliRun.run("validate", file);
        assertProblem(validate, file, line, column, words);
        assertThat(validate.out()).as(validate.describe()).isEmpty();
        String answers = write("a.yaml", answers("{id: \"1\", name: M}", "{}"));
        assertProblem(CliRun.run("assess", "-q", file, answers), file, line, column, words);
    }

    // --- 1. numbers a questionnaire cannot compute with ------------------------------------------------------------

    @Test
    void minZeroAndMaxMinusZeroIsAnEmptyRange() throws IOException {
        String q = questionnaire("", "- {id: n, type: number, text: N, min: 0, max: -0}");
        assertQuestionnaireProblem(q, 11, 53, "min and max are both 0; they must differ");
    }

    /** Each question stands alone on line 11 from column 7; {@code at} is the text the problem must point at. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            min 0.0 and max -0.0 | - {id: n, type: number, text: N, min: 0.0, max: -0.0} | -0.0} | min and max are both 0
            max .nan             | - {id: n, type: number, text: N, min: 0, max: .nan}  | .nan  | expected a number for max, found '.nan'
            min -.inf            | - {id: n, type: number, text: N, min: -.inf, max: 1} | -.inf | expected a number for min, found '-.inf'
            max 1e400            | - {id: n, type: number, text: N, min: 0, max: 1e400} | 1e400 | expected a number for max, found '1e400'
            range overflows      | - {id: n, type: number, text: N, min: -1e308, max: 1e308} | 1e308} | min -1E+308 and max 1E+308 are too far apart
            levels overflow      | - {id: s, type: scale, text: S, levels: [{value: -1e308, label: L}, {value: 1e308, label: H}]} | [ | the levels from -1E+308 to 1E+308 are too far apart
            levels -0 after 0    | - {id: s, type: scale, text: S, levels: [{value: 0, label: L}, {value: -0, label: H}]} | -0, | level values must ascend: 0 follows 0
            bands out of order   | - {id: b, type: number, text: B, bands: [{from: 10, score: 1}, {from: 5, score: 0}]} | 5, | bands must ascend: 5 follows 10
            bands -0 after 0     | - {id: b, type: number, text: B, bands: [{from: 0, score: 0}, {from: -0, score: 1}]} | -0, | bands must ascend: 0 follows 0
            question weight huge | - {id: a, type: boolean, text: A, weight: 1e308}  | 1e308 | weight must be between 0.000001 and 1000000, found 1E+308
            question weight -0   | - {id: a, type: boolean, text: A, weight: -0}     | -0    | weight must be greater than 0, found 0
            question weight tiny | - {id: a, type: boolean, text: A, weight: 1e-320} | 1e-320 | weight must be between 0.000001 and 1000000, found 1E-320
            option weight huge   | - {id: m, type: multi, text: M, options: [{id: x, label: X, weight: 1e308}]} | 1e308 | weight must be between -1000000 and 1000000, found 1E+308
            option weight -huge  | - {id: m, type: multi, text: M, options: [{id: x, label: X, weight: 1}, {id: y, label: Y, weight: -1e308}]} | -1e308 | weight must be between -1000000 and 1000000, found -1E+308
            multi max huge       | - {id: m, type: multi, text: M, max: 2e6, options: [{id: x, label: X, weight: 1}]} | 2e6 | max must be between 0.000001 and 1000000, found 2000000
            """)
    void numbersThatCannotMakeAScoreAreLocatedErrors(String name, String question, String at, String words)
            throws IOException {
        assertQuestionnaireProblem(questionnaire("", question), 11, 7 + question.indexOf(at), words);
    }

    @Test
    void aFieldWeightThatWouldOverflowTheIndexIsALocatedError() throws IOException {
        String q = questionnaire("\n    weight: 1e308", "- {id: a, type: boolean, text: A}");
        assertQuestionnaireProblem(q, 10, 13, "weight must be between 0.000001 and 1000000, found 1E+308");
    }

    // --- 2. huge values: short messages, bounded suggestions, small outputs ------------------------------------------

    @Test
    void aThreeMillionCharacterUnknownIdGivesAShortLocatedMessage() throws IOException {
        String id = "q".repeat(3_000_000);
        String file = write("a.yaml", answers("{id: \"1\", name: M}", id + ": some"));
        CliRun run = CliRun.run("validate", "-q", TINY, file);
        // refused as a line before YAML's scanner copies its window for every 1,024 characters of the word
        assertProblem(run, file, 6, 100_001, "this line is longer than 100000 characters");
        assertThat(run.err().length()).as("the whole of stderr").isLessThan(1_000);

        String longest = "q".repeat(99_990);
        file = write("b.yaml", answers("{id: \"1\", name: M}", longest + ": some"));
        run = CliRun.run("validate", "-q", TINY, file);
        assertProblem(run, file, 6, 99_993, "YAML syntax error");
        assertThat(run.err().length()).as("the whole of stderr").isLessThan(1_000);
        assertThat(run.out()).isEmpty();
    }

    @Test
    void aHugeUnknownOptionIsQuotedShortAndStillGetsNoBogusSuggestion() throws IOException {
        String file = write("a.yaml", answers("{id: \"1\", name: M}", "open-data: " + "s".repeat(99_000)));
        CliRun run = CliRun.run("validate", "-q", TINY, file);
        assertProblem(run, file, 6, 14, "unknown option 'sss", "…' for 'open-data'; options: none, some, all");
        assertThat(run.err().length()).isLessThan(1_000);
    }

    @Test
    void aLongTypoStillGetsItsSuggestion() throws IOException {
        String file = write("a.yaml", answers("{id: \"1\", name: M}", "open-dta: some"));
        assertProblem(CliRun.run("validate", "-q", TINY, file), file, 6, 3, "unknown question 'open-dta'",
                "did you mean 'open-data'?");
    }

    @Test
    void compareKeepGoingOnManyBrokenFilesWithLongValuesGivesASmallJson() throws IOException {
        Path cohort = Files.createDirectory(dir.resolve("cohort"));
        String value = "x".repeat(99_000);
        for (int i = 0; i < 200; i++) {
            Files.writeString(cohort.resolve("b%03d.yaml".formatted(i)),
                    answers("{id: \"%d\", name: M%d}".formatted(i, i), "open-data: " + value));
        }
        Files.writeString(cohort.resolve("good.yaml"), answers("{id: \"g\", name: Good}", "open-data: some"));
        Path json = dir.resolve("c.json");

        CliRun run = CliRun.run("compare", "-q", TINY, "--keep-going", cohort.toString(), "-f", "json",
                "-o", json.toString());

        assertProblem(run, cohort.resolve("b000.yaml").toString(), 6, 14, "unknown option 'xxx", "…'");
        assertThat(run.err().length()).as("stderr").isLessThan(200 * 400);
        assertThat(Files.size(json)).as("the JSON").isLessThan(200 * 500);
        JsonNode c = new ObjectMapper().readTree(json.toFile());
        assertThat(c.get("municipalities")).hasSize(1);
        assertThat(c.get("warnings").findValuesAsText("code")).filteredOn("skipped"::equals).hasSize(200);
        assertThat(c.get("warnings").get(0).get("message").asText()).hasSizeLessThan(400).contains("…");
    }

    // --- 4. values that try to forge lines and escape sequences ---------------------------------------------------

    private static final String FORGED = "\"Evil\\nforged.yaml: ok (answers of X for 2026)\\u202Eabc\\u2066\"";

    private static void assertHarmless(String text) {
        assertThat(text).doesNotContain("\u001b", "\u202e", "\u2066", "\r")
                .contains("\\n", "\\u202eabc", "\\u2066");
    }

    @Test
    void aProblemQuotingAForgedValueStaysOneVisibleLine() throws IOException {
        String file = write("a.yaml", answers("{id: \"1\", name: M}", "open-data: " + FORGED));
        CliRun run = CliRun.run("validate", "-q", TINY, file);
        assertProblem(run, file, 6, 14, "unknown option 'Evil\\nforged.yaml: ok");
        assertThat(run.errLines()).hasSize(1);
        assertHarmless(run.err());
        assertThat(run.out()).isEmpty();
    }

    @Test
    void theOkLineOfValidateShowsAForgedNameVisibly() throws IOException {
        String file = write("a.yaml", answers("{id: \"1\", name: " + FORGED + "}", "open-data: some"));
        CliRun run = CliRun.run("validate", "-q", TINY, file);
        assertThat(run.exitCode()).as(run.describe()).isZero();
        assertThat(run.outLines()).as(run.describe()).hasSize(1);
        assertThat(run.outLines().get(0)).startsWith(file + ": ok (answers of Evil\\nforged.yaml: ok");
        assertHarmless(run.out());
    }

    @Test
    void aFileNameWithANewlineIsShownVisiblyInItsProblems() throws IOException {
        String file = write("bad\nname.yaml", answers("{id: \"1\", name: M}", "open-data: som"));
        CliRun run = CliRun.run("validate", "-q", TINY, file);
        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.errLines()).as(run.describe()).hasSize(1);
        assertThat(run.err()).startsWith(file.replace("\n", "\\n") + ":6:14: unknown option 'som'");
    }

    @Test
    void theSummaryAndGateLinesShowForgedNamesAndTitlesVisibly() throws IOException {
        String q = write("q.yaml", Files.readString(Path.of(TINY)).replace("title: Integrated",
                "title: \"Integrated\\u202E\\nok\"").replace("threshold: 50", "threshold: 100"));
        String file = write("a.yaml", answers("{id: \"1\", name: " + FORGED + "}", "open-data: none"));
        String previous = System.getProperty("smartregion.stderr.tty");
        System.setProperty("smartregion.stderr.tty", "true");
        CliRun run;
        try {
            run = CliRun.run(java.util.Map.of("LANG", "en_US.UTF-8", "NO_COLOR", "1"), "assess", "-q", q, file,
                    "-o", dir.resolve("r.md").toString(), "--fail-on-thesis");
        } finally {
            if (previous == null) {
                System.clearProperty("smartregion.stderr.tty");
            } else {
                System.setProperty("smartregion.stderr.tty", previous);
            }
        }
        assertThat(run.exitCode()).as(run.describe()).isEqualTo(ExitCode.GATE_FAILED.code());
        assertThat(run.errLines()).as(run.describe()).hasSize(2);
        assertThat(run.errLines().get(0)).startsWith("Evil\\nforged.yaml: ok");
        assertHarmless(run.errLines().get(0));
        assertThat(run.errLines().get(1)).contains("Integrated\\u202e\\nok").doesNotContain("\u202e");
        assertNoStackTrace(run);
    }

    @Test
    void aForgedCommandLineValueIsShownVisibly() {
        CliRun run = CliRun.run("assess", BadInputTest.EXAMPLE, "--combine", "mean\nok\u001b[2J");
        assertThat(run.exitCode()).as(run.describe()).isEqualTo(ExitCode.USAGE.code());
        assertThat(run.errLines()).hasSize(1);
        assertThat(run.err()).contains("mean\\nok\\u001b[2J").doesNotContain("\u001b");
    }

    @Test
    void aForgedUnknownOptionIsShownVisibly() {
        CliRun run = CliRun.run("assess", BadInputTest.EXAMPLE, "--x\nok\u001b[2J");
        assertThat(run.exitCode()).as(run.describe()).isEqualTo(ExitCode.USAGE.code());
        assertThat(run.errLines().get(0)).contains("--x\\nok\\u001b[2J");
        assertThat(run.err()).doesNotContain("\u001b");
    }

    // --- 5. names that show nothing --------------------------------------------------------------------------------

    @ParameterizedTest(name = "name {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            `""`
            `"   "`
            `"\\t"`
            `"\\u00a0\\u3000"`
            `"\\u200b"`
            """)
    void aBlankMunicipalityNameIsALocatedError(String name) throws IOException {
        String file = write("a.yaml", answers("{id: \"1\", name: " + name + "}", "open-data: some"));
        assertProblem(CliRun.run("validate", "-q", TINY, file), file, 3, 31, "the municipality name is blank");
        assertProblem(CliRun.run("assess", "-q", TINY, file), file, 3, 31, "the municipality name is blank");
    }

    @Test
    void aBlankStateIsALocatedErrorAndAMissingNameStillShowsTheId() throws IOException {
        String blankState = write("s.yaml", answers("{id: \"1\", name: M, state: \" \"}", "open-data: some"));
        assertProblem(CliRun.run("validate", "-q", TINY, blankState), blankState, 3, 41, "the state is blank");
        String noName = write("n.yaml", answers("{id: \"09999001\"}", "open-data: some"));
        CliRun run = CliRun.run("validate", "-q", TINY, noName);
        assertThat(run.exitCode()).as(run.describe()).isZero();
        assertThat(run.out()).contains("answers of 09999001 for 2026");
    }

    /** A questionnaire's languages are two-letter codes: its texts are keyed by them. */
    @Test
    void aQuestionnaireLanguageThatIsNoCodeIsALocatedError() throws IOException {
        String q = write("q.yaml", Files.readString(Path.of(
                questionnaire("", "- {id: b, type: boolean, text: B}")))
                .replace("title: Tiny\n", "title: Tiny\nlanguages: [de, Deutsch]\n"));
        assertQuestionnaireProblem(q, 5, 17, "'Deutsch' is not a language code; use two lowercase letters");
    }

    @ParameterizedTest(name = "language {0}")
    @ValueSource(strings = {"deutsch", "\"\"", "d", "de_DE", "\"de-\"", "[de]"})
    void aLanguageThatIsNoTagIsALocatedError(String language) throws IOException {
        String file = write("l.yaml", answers("{id: \"1\", name: M}", "open-data: some").replace("period:",
                "language: " + language + "\nperiod:"));
        CliRun run = CliRun.run("validate", "-q", TINY, file);
        assertProblem(run, file, 4, 11, language.startsWith("[") ? "language" : "is not a language tag");
        assertProblem(CliRun.run(CliRun.GERMAN, "assess", "-q", TINY, file), file, 4, 11, language.startsWith("[") ? "language" : "ist kein Sprachkürzel");
    }

    @Test
    void aLanguageTagIsTakenInItsUsualCase() throws IOException {
        String file = write("l.yaml", answers("{id: \"1\", name: M}", "open-data: some").replace("period:",
                "language: DE-ch\nperiod:"));
        CliRun run = CliRun.run("validate", "-q", TINY, file);
        assertThat(run.exitCode()).as(run.describe()).isZero();
    }

    @Test
    void germanMessagesToo() throws IOException {
        String file = write("a.yaml", answers("{id: \"1\", name: \" \"}", "open-data: some"));
        CliRun run = CliRun.run(CliRun.GERMAN, "validate", "-q", TINY, file);
        assertProblem(run, file, 3, 31, "der Name der Kommune ist leer");
    }
}
