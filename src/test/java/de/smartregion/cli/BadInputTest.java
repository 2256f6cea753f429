package de.smartregion.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every kind of bad input, through the command line: exit code 3 (2 for usage, 5 for output), the problem as
 * {@code file:line:column: message} with the nearest valid name for a misspelling, no stack trace, and nothing
 * written. Fixtures live in {@code src/test/resources/bad/}; the lines and columns below are counted by hand from
 * them (1-based, as editors show them).
 */
class BadInputTest {

    static final String BAD = "src/test/resources/bad/";
    /** A small valid questionnaire (id tiny, questions open-data and tools), for answer files given with -q. */
    static final String TINY = BAD + "tiny-questionnaire.yaml";
    /** Valid answers to {@link #TINY}. */
    static final String TINY_ANSWERS = BAD + "tiny-answers.yaml";
    static final String EXAMPLE = "examples/musterstadt-2026.yaml";

    // --- assertion helpers -------------------------------------------------------------------------------------

    /** The run failed with exit 3 and reported, on one stderr line, a problem at file:line:column with all words. */
    static void assertProblem(CliRun run, String file, int line, int column, String... words) {
        assertThat(run.exitCode()).as(run.describe()).isEqualTo(ExitCode.INVALID_INPUT.code());
        String prefix = file + ":" + line + ":" + column + ": ";
        assertThat(run.errLines()).as("a problem line starting with '%s'%n%s", prefix, run.describe())
                .anyMatch(l -> l.startsWith(prefix));
        String problem = run.errLines().stream().filter(l -> l.startsWith(prefix)).findFirst().orElseThrow();
        assertThat(problem).as(run.describe()).contains(words);
        assertNoStackTrace(run);
    }

    static void assertNoStackTrace(CliRun run) {
        assertThat(run.err()).as(run.describe()).doesNotContain("Exception").doesNotContain("\tat ");
    }

    /** The line:column of every located problem of {@code file} on stderr, in the order printed. */
    static List<String> locations(CliRun run, String file) {
        Pattern located = Pattern.compile(Pattern.quote(file) + ":(\\d+):(\\d+): .+");
        List<String> found = new ArrayList<>();
        for (String l : run.errLines()) {
            Matcher m = located.matcher(l);
            if (m.matches()) {
                found.add(m.group(1) + ":" + m.group(2));
            }
        }
        return found;
    }

    /** Lines of stderr that report a problem of {@code file}, located or not. */
    static List<String> problemLines(CliRun run, String file) {
        return run.errLines().stream().filter(l -> l.startsWith(file + ":")).toList();
    }

    /**
     * A questionnaire fixture with exactly one problem: {@code validate} reports it and prints no "ok"; loading it
     * with {@code assess -q} reports the same problem and writes no report.
     */
    static void assertQuestionnaireProblem(String fixture, int line, int column, String... words) {
        String file = BAD + fixture;
        CliRun validate = CliRun.run("validate", file);
        assertProblem(validate, file, line, column, words);
        assertThat(problemLines(validate, file)).as(validate.describe()).hasSize(1);
        assertThat(validate.out()).as(validate.describe()).isEmpty();

        CliRun assess = CliRun.run("assess", "-q", file, TINY_ANSWERS);
        assertProblem(assess, file, line, column, words);
        assertThat(assess.out()).as("no report: %s", assess.describe()).isEmpty();
    }

    /**
     * An answer fixture (answering the bundled smart-region@2026.1 unless {@code options} say otherwise) with one
     * problem: {@code validate} and {@code assess} both report it; assess writes nothing on stdout.
     */
    static void assertAnswerProblem(String fixture, int line, int column, String... words) {
        assertAnswerProblem(List.of(), fixture, line, column, words);
    }

    static void assertAnswerProblem(List<String> options, String fixture, int line, int column, String... words) {
        String file = BAD + fixture;
        CliRun validate = CliRun.run(args("validate", options, file));
        assertProblem(validate, file, line, column, words);
        assertThat(validate.out()).as(validate.describe()).isEmpty();

        CliRun assess = CliRun.run(args("assess", options, file));
        assertProblem(assess, file, line, column, words);
        assertThat(assess.out()).as("no report: %s", assess.describe()).isEmpty();
    }

    private static String[] args(String command, List<String> options, String... files) {
        return Stream.of(Stream.of(command), options.stream(), Stream.of(files)).flatMap(s -> s).toArray(String[]::new);
    }

    // --- unknown and duplicate keys ----------------------------------------------------------------------------

    @Nested
    class Keys {

        @Test
        void misspeltKeyInQuestionnaireSuggestsTheValidOne() {
            assertQuestionnaireProblem("q-unknown-key.yaml", 10, 5,
                    "unknown key 'wieght'", "did you mean 'weight'?");
        }

        @Test
        void misspeltKeyInAnswerFileSuggestsTheValidOne() {
            assertAnswerProblem("a-unknown-key.yaml", 3, 1,
                    "unknown key 'municipalty'", "did you mean 'municipality'?");
        }

        @Test
        void duplicateKeyInQuestionnaireNamesTheFirstLine() {
            assertQuestionnaireProblem("q-duplicate-key.yaml", 7, 1, "duplicate key 'title'", "line 4");
        }

        @Test
        void duplicateKeyInAnswerFileNamesTheFirstLine() {
            assertAnswerProblem("a-duplicate-key.yaml", 8, 3, "duplicate key 'str-leitbild'", "line 6");
            assertThat(problemLines(CliRun.run("validate", BAD + "a-duplicate-key.yaml"), BAD + "a-duplicate-key.yaml"))
                    .hasSize(1);
        }
    }

    // --- unknown ids in answers --------------------------------------------------------------------------------

    @Nested
    class UnknownIdsInAnswers {

        @Test
        void misspeltQuestionIdSuggestsTheQuestion() {
            assertAnswerProblem("a-unknown-question.yaml", 7, 3,
                    "unknown question 'adm-online-apointments'", "did you mean 'adm-online-appointments'?");
        }

        @Test
        void misspeltOptionIdSuggestsTheOption() {
            assertAnswerProblem("a-unknown-option.yaml", 6, 18,
                    "unknown option 'som'", "'par-open-data'", "did you mean 'some'?");
        }

        @Test
        void misspeltMatrixRowSuggestsTheRow() {
            assertAnswerProblem("a-unknown-row.yaml", 8, 5,
                    "unknown row 'data-platfrom'", "did you mean 'data-platform'?");
        }

        @Test
        void unknownOptionAndRowAgainstAQuestionnaireGivenWithQ() {
            String file = BAD + "a-tiny-unknown-option.yaml";
            List<String> q = List.of("-q", TINY);
            assertAnswerProblem(q, "a-tiny-unknown-option.yaml", 6, 14,
                    "unknown option 'som'", "'open-data'", "did you mean 'some'?");
            assertAnswerProblem(q, "a-tiny-unknown-option.yaml", 7, 26,
                    "unknown row 'sensers'", "did you mean 'sensors'?");
            assertThat(locations(CliRun.run("validate", "-q", TINY, file), file)).containsExactly("6:14", "7:26");
        }
    }

    // --- wrong answer types ------------------------------------------------------------------------------------

    @Nested
    class WrongAnswerTypes {

        @Test
        void textForANumberQuestion() {
            assertAnswerProblem("a-string-for-number.yaml", 6, 15, "expected a number", "str-budget", "'lots'");
        }

        @Test
        void scalarForAMultiQuestion() {
            assertAnswerProblem("a-scalar-for-multi.yaml", 6, 26,
                    "'str-sectoral-concepts' takes a list of options", "'tourism'");
        }

        @Test
        void maybeForAYesNoQuestion() {
            assertAnswerProblem("a-maybe-for-boolean.yaml", 6, 17, "'maybe'", "yes/no", "'str-leitbild'", "yes or no");
        }
    }

    // --- out of range ------------------------------------------------------------------------------------------

    @Nested
    class OutOfRange {

        @Test
        void scaleValueThatIsNoLevel() {
            assertAnswerProblem("a-scale-level.yaml", 6, 28,
                    "7 is not a level of 'adm-online-appointments'", "levels: 0, 1, 2, 3, 4");
        }

        @Test
        void percentageAbove100() {
            assertAnswerProblem("a-percent-range.yaml", 6, 21, "adm-online-share", "between 0 and 100", "120");
        }

        @Test
        void choiceOptionScoreAbove1() {
            assertQuestionnaireProblem("q-option-score-range.yaml", 16, 42,
                    "score must be between 0 and 1", "1.5");
        }
    }

    @Test
    void exclusiveOptionCombinedWithAnother() {
        assertAnswerProblem("a-exclusive.yaml", 6, 36,
                "option 'none'", "'str-sectoral-concepts'", "excludes every other option");
    }

    @Test
    void notApplicableWhereTheQuestionDoesNotAllowIt() {
        // line 6 answers hea-care-facilities n/a, which allows it; line 7 answers str-leitbild n/a, which does not
        assertAnswerProblem("a-na-not-allowed.yaml", 7, 17, "question 'str-leitbild' cannot be answered n/a");
        String file = BAD + "a-na-not-allowed.yaml";
        assertThat(locations(CliRun.run("validate", file), file)).containsExactly("7:17");
    }

    // --- questionnaire structure -------------------------------------------------------------------------------

    @Nested
    class DuplicateIds {

        @Test
        void twoQuestionsWithTheSameId() {
            assertQuestionnaireProblem("q-duplicate-question-id.yaml", 12, 14, "duplicate id 'q1'", "line 11");
        }

        @Test
        void questionWithTheIdOfAField() {
            assertQuestionnaireProblem("q-question-id-as-field.yaml", 11, 13, "duplicate id 'admin'", "line 8");
        }

        @Test
        void twoOptionsWithTheSameId() {
            assertQuestionnaireProblem("q-duplicate-option-id.yaml", 17, 18, "duplicate option id 'all'");
        }
    }

    @Nested
    class Ordering {

        @Test
        void stagesThatDoNotStartAtZero() {
            assertQuestionnaireProblem("q-stages-start.yaml", 6, 12, "first stage must start at 0", "not 10");
        }

        @Test
        void stagesThatDoNotAscend() {
            assertQuestionnaireProblem("q-stages-ascending.yaml", 8, 12, "stages must ascend", "30 follows 50");
        }

        @Test
        void scaleLevelsThatDoNotAscend() {
            assertQuestionnaireProblem("q-levels-ascending.yaml", 8, 13, "level values must ascend", "1 follows 2");
        }
    }

    @Test
    void affinityNamingAnUnknownThesisSuggestsTheThesis() {
        String file = BAD + "q-unknown-thesis.yaml";
        CliRun run = CliRun.run("validate", file);
        // the map form {integratd: 1} and the list form [participatroy]
        assertProblem(run, file, 15, 18, "unknown thesis 'integratd'", "did you mean 'integrated'?");
        assertProblem(run, file, 19, 18, "unknown thesis 'participatroy'", "did you mean 'participatory'?");
        assertThat(locations(run, file)).containsExactly("15:18", "19:18");
        assertThat(run.out()).isEmpty();
    }

    @Nested
    class Requires {

        @Test
        void unknownQuestionSuggestsTheQuestion() {
            assertQuestionnaireProblem("q-requires-unknown.yaml", 15, 20,
                    "requires names unknown question 'portl'", "did you mean 'portal'?");
        }

        @Test
        void cycleIsReportedWhereItCloses() {
            assertQuestionnaireProblem("q-requires-cycle.yaml", 12, 52, "cycle", "a -> b -> a");
        }

        @Test
        void questionRequiringItself() {
            assertQuestionnaireProblem("q-requires-self.yaml", 12, 64, "question 'eid' requires itself");
        }
    }

    // --- all problems at once ----------------------------------------------------------------------------------

    @Test
    void everyProblemOfAQuestionnaireAtOnceInFileOrder() {
        // the unknown top-level key stands last but is checked first, `requires` is checked after all questions:
        // the report must still follow the file
        String file = BAD + "q-several-errors.yaml";
        CliRun run = CliRun.run("validate", file);
        assertProblem(run, file, 10, 5, "unknown key 'wieght'", "did you mean 'weight'?");
        assertProblem(run, file, 15, 20, "unknown question 'q3'");
        assertProblem(run, file, 19, 18, "unknown thesis 'integratd'", "did you mean 'integrated'?");
        assertProblem(run, file, 22, 42, "score must be between 0 and 1", "1.5");
        assertProblem(run, file, 23, 1, "unknown key 'scorng'", "did you mean 'scoring'?");
        assertThat(locations(run, file)).hasSizeGreaterThanOrEqualTo(3)
                .containsExactly("10:5", "15:20", "19:18", "22:42", "23:1");
    }

    @Test
    void everyProblemOfAnAnswerFileAtOnceInFileOrder() {
        String file = BAD + "a-several-errors.yaml";
        for (String command : List.of("validate", "assess")) {
            CliRun run = CliRun.run(command, file);
            assertProblem(run, file, 3, 57, "unknown type 'Stat'", "did you mean 'Stadt'?");
            assertProblem(run, file, 6, 17, "'maybe'", "'str-leitbild'");
            assertProblem(run, file, 7, 3, "unknown question 'adm-online-apointments'");
            assertProblem(run, file, 8, 21, "between 0 and 100", "120");
            assertProblem(run, file, 9, 18, "unknown option 'som'", "did you mean 'some'?");
            assertProblem(run, file, 10, 1, "unknown key 'respondant'", "did you mean 'respondent'?");
            assertThat(locations(run, file)).as(run.describe()).hasSizeGreaterThanOrEqualTo(3)
                    .containsExactly("3:57", "6:17", "7:3", "8:21", "9:18", "10:1");
            assertThat(run.out()).as(run.describe()).isEmpty();
        }
    }

    // --- files that are not YAML or not there --------------------------------------------------------------------

    @Nested
    class UnusableFiles {

        @Test
        void yamlSyntaxError() {
            assertAnswerProblem("a-syntax.yaml", 5, 15, "YAML syntax error: ':' is not allowed here");
        }

        @Test
        void markdownGivenAsAnswerFileIsReportedWhereItStopsBeingYaml() {
            // SnakeYAML reads the heading as a comment and stops at the fence, not at the start of the file
            assertAnswerProblem("a-markdown.yaml", 3, 1, "YAML syntax error: a value cannot begin with '`'");
        }

        @Test
        void unclosedFlowListIsReportedWhereItOpens() {
            assertAnswerProblem("a-unclosed-flow.yaml", 6, 18, "YAML syntax error: the [ opened here is not closed with ]");
        }

        @Test
        void emptyFile() {
            assertAnswerProblem("a-empty.yaml", 1, 1, "the file is empty");
        }

        @Test
        void fileWithOnlyComments() {
            assertAnswerProblem("a-comments-only.yaml", 1, 1, "the file is empty");
        }

        @Test
        void aDirectoryStandsForTheFilesInIt() {
            String dir = "src/test/resources/bad";
            for (String command : List.of("validate", "assess")) {
                CliRun run = CliRun.run(command, dir);
                assertThat(run.exitCode()).as(run.describe()).isEqualTo(3);
                assertThat(run.errLines()).as(run.describe())
                        .anySatisfy(l -> assertThat(l).matches(dir + "/[^:]+\\.yaml:\\d+:\\d+: .+"));
                assertNoStackTrace(run);
            }
            // nothing is written when a file is invalid
            assertThat(CliRun.run("assess", dir).out()).isEmpty();
        }

        @Test
        void nonexistentFile() {
            String missing = BAD + "does-not-exist.yaml";
            for (String command : List.of("validate", "assess")) {
                CliRun run = CliRun.run(command, missing);
                assertThat(run.exitCode()).as(run.describe()).isEqualTo(3);
                assertThat(run.errLines()).as(run.describe())
                        .anySatisfy(l -> assertThat(l).startsWith(missing + ": ").contains("no such file"));
                assertNoStackTrace(run);
                assertThat(run.out()).as(run.describe()).isEmpty();
            }
        }

        @Test
        void nonUtf8File(@TempDir Path dir) throws IOException {
            Path latin = dir.resolve("latin.yaml");
            byte[] head = "kind: assessment\nname: ".getBytes(StandardCharsets.US_ASCII);
            byte[] bytes = new byte[head.length + 3];
            System.arraycopy(head, 0, bytes, 0, head.length);
            bytes[head.length] = (byte) 0xff;
            bytes[head.length + 1] = (byte) 0xfe;
            bytes[head.length + 2] = '\n';
            Files.write(latin, bytes);
            String file = latin.toString();
            for (String command : List.of("validate", "assess")) {
                CliRun run = CliRun.run(command, file);
                // the bad byte is the 7th character of line 2, after "name: "
                assertProblem(run, file, 2, 7, "not UTF-8");
                assertThat(run.out()).as(run.describe()).isEmpty();
            }
        }

        @Test
        void yamlAlias() {
            assertAnswerProblem("a-alias.yaml", 7, 14, "YAML aliases", "not accepted");
        }
    }

    // --- which questionnaire -----------------------------------------------------------------------------------

    @Nested
    class WhichQuestionnaire {

        @Test
        void misspeltBundledQuestionnaireSuggestsTheBundledOne() {
            assertAnswerProblem("a-unknown-questionnaire.yaml", 2, 16,
                    "no bundled questionnaire 'smart-regio'", "did you mean 'smart-region'?");
        }

        @Test
        void misspeltBundledQuestionnaireGivenWithQ() {
            CliRun run = CliRun.run("assess", "-q", "smart-regio", EXAMPLE);
            assertThat(run.exitCode()).as(run.describe()).isEqualTo(3);
            assertThat(run.err()).contains("'smart-regio'", "did you mean 'smart-region'?");
            assertNoStackTrace(run);
            assertThat(run.out()).isEmpty();
        }

        @Test
        void answerFileOfAnotherQuestionnaireThanQGives() {
            CliRun run = CliRun.run("assess", "-q", "src/test/resources/score/all-types.yaml", EXAMPLE);
            assertThat(run.exitCode()).as(run.describe()).isEqualTo(3);
            assertThat(run.err()).contains(EXAMPLE + ":6:16: the file answers questionnaire 'smart-region@2026.1', "
                    + "but -q gives 'all-types@1'; give the questionnaire the file answers with -q (one -q per questionnaire)");
            assertNoStackTrace(run);
            assertThat(run.out()).isEmpty();
        }

        @Test
        void versionTheBundledQuestionnaireDoesNotHave() {
            assertAnswerProblem("a-wrong-version.yaml", 2, 16, "'smart-region@1999.1'", "version 2026.1");
        }
    }

    @Test
    void answerFilesOfTwoMunicipalitiesInOneAssess(@TempDir Path dir) {
        String one = BAD + "a-municipality-one.yaml";
        String two = BAD + "a-municipality-two.yaml";
        // each is valid on its own
        assertThat(CliRun.run("validate", one, two).exitCode()).isZero();
        Path report = dir.resolve("report.md");
        CliRun run = CliRun.run("assess", one, two, "-o", report.toString());
        assertThat(run.exitCode()).as(run.describe()).isEqualTo(3);
        assertThat(run.err()).as(run.describe()).contains(one, two, "09999001", "09999002");
        assertNoStackTrace(run);
        assertThat(run.out()).isEmpty();
        assertThat(report).doesNotExist();
    }

    // --- output -----------------------------------------------------------------------------------------------

    @Nested
    class Writing {

        @Test
        void outputInANonexistentDirectoryIsExit5(@TempDir Path dir) {
            Path target = dir.resolve("no-such-dir").resolve("report.md");
            CliRun run = CliRun.run("assess", EXAMPLE, "-o", target.toString());
            assertThat(run.exitCode()).as(run.describe()).isEqualTo(ExitCode.OUTPUT_FAILED.code());
            assertThat(run.err()).as(run.describe()).contains("cannot write", target.toString());
            assertNoStackTrace(run);
            assertThat(run.out()).isEmpty();
            assertThat(dir.resolve("no-such-dir")).doesNotExist();
        }

        @Test
        void aDirectoryThatExistsIsNotCalledMissing() {
            // procfs refuses new files with "no such file", like a missing directory would
            Assumptions.assumeTrue(Files.isDirectory(Path.of("/proc/self")), "needs Linux's /proc");
            CliRun run = CliRun.run("assess", EXAMPLE, "-o", "/proc/report.md");
            assertThat(run.exitCode()).as(run.describe()).isEqualTo(ExitCode.OUTPUT_FAILED.code());
            assertThat(run.err()).as(run.describe())
                    .isEqualTo("cannot write /proc/report.md: the directory /proc does not take new files\n");
            assertNoStackTrace(run);
        }

        @Test
        void failedWriteLeavesWhatIsAtTheTargetIntact(@TempDir Path dir) throws IOException {
            // -o DIR writes DIR/09999001-2026.md; where that name is taken by a non-empty directory, the move
            // into place must fail, and nothing change
            Path reports = dir.resolve("reports");
            Path target = reports.resolve("09999001-2026.md");
            Files.createDirectories(target);
            Path earlier = target.resolve("report.md");
            Files.writeString(earlier, "earlier report\n");
            CliRun run = CliRun.run("assess", EXAMPLE, "-o", reports.toString());
            assertThat(run.exitCode()).as(run.describe()).isEqualTo(ExitCode.OUTPUT_FAILED.code());
            assertThat(run.err()).as(run.describe()).contains("cannot write", target.toString());
            assertNoStackTrace(run);
            assertThat(run.out()).isEmpty();
            assertThat(target).isDirectory();
            assertThat(earlier).hasContent("earlier report");
            try (Stream<Path> left = Files.list(reports)) {
                assertThat(left).as("no temporary file left behind").containsExactly(target);
            }
        }

        @Test
        void invalidInputLeavesAnExistingReportIntact(@TempDir Path dir) throws IOException {
            Path report = dir.resolve("report.md");
            Files.writeString(report, "earlier report\n");
            CliRun run = CliRun.run("assess", BAD + "a-unknown-question.yaml", "-o", report.toString());
            assertThat(run.exitCode()).as(run.describe()).isEqualTo(3);
            assertThat(report).hasContent("earlier report");
            assertThat(run.out()).isEmpty();
            try (Stream<Path> left = Files.list(dir)) {
                assertThat(left).containsExactly(report);
            }
        }

        @Test
        void outputNamingTheInputFileIsRefused(@TempDir Path dir) throws IOException {
            Path input = dir.resolve("musterstadt.yaml");
            Files.copy(Path.of(EXAMPLE), input);
            String before = Files.readString(input, StandardCharsets.UTF_8);
            for (String target : List.of(input.toString(), dir.resolve(".").resolve("musterstadt.yaml").toString())) {
                CliRun run = CliRun.run("assess", input.toString(), "-o", target);
                assertThat(run.exitCode()).as(run.describe()).isEqualTo(ExitCode.USAGE.code());
                assertThat(run.err()).as(run.describe()).contains("input file");
                assertNoStackTrace(run);
                assertThat(run.out()).isEmpty();
                assertThat(Files.readString(input, StandardCharsets.UTF_8)).as("input unchanged").isEqualTo(before);
            }
        }

        @Test
        void outputNamingTheQuestionnaireFileIsRefused(@TempDir Path dir) throws IOException {
            // the questionnaire given with -q is an input too: "an input file is never overwritten"
            Path questionnaire = dir.resolve("tiny.yaml");
            Files.copy(Path.of(TINY), questionnaire);
            String before = Files.readString(questionnaire, StandardCharsets.UTF_8);
            CliRun run = CliRun.run("assess", "-q", questionnaire.toString(), TINY_ANSWERS,
                    "-o", questionnaire.toString());
            assertThat(Files.readString(questionnaire, StandardCharsets.UTF_8))
                    .as("questionnaire unchanged; %s", run.describe()).isEqualTo(before);
            assertThat(run.exitCode()).as(run.describe()).isEqualTo(ExitCode.USAGE.code());
            assertThat(run.err()).as(run.describe()).contains(questionnaire.toString());
            assertNoStackTrace(run);
            assertThat(run.out()).isEmpty();
        }
    }

    // --- usage errors -----------------------------------------------------------------------------------------

    @Test
    void unknownReportLanguageIsAUsageError() {
        CliRun run = CliRun.run("assess", EXAMPLE, "--lang", "xx");
        assertThat(run.exitCode()).as(run.describe()).isEqualTo(ExitCode.USAGE.code());
        assertThat(run.err()).as(run.describe()).contains("'xx'", "de", "en");
        assertNoStackTrace(run);
        assertThat(run.out()).isEmpty();
    }

    @Test
    void compareOfADirectoryWithoutAnswerFilesIsAUsageErrorNamingIt(@TempDir Path dir) {
        CliRun run = CliRun.run("compare", dir.toString());
        assertThat(run.exitCode()).as(run.describe()).isEqualTo(ExitCode.USAGE.code());
        assertThat(run.err()).as(run.describe()).contains("no answer files (*.yaml, *.yml) in " + dir)
                .doesNotContain("[" + dir);
        assertNoStackTrace(run);
        assertThat(run.out()).isEmpty();
    }

    @Test
    void misspeltCommandWithHelpIsAUsageErrorSuggestingTheCommand() {
        CliRun run = CliRun.run("asses", "--help");
        assertThat(run.exitCode()).as(run.describe()).isEqualTo(ExitCode.USAGE.code());
        assertThat(run.err()).as(run.describe()).contains("unknown command 'asses'; did you mean assess?");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void unknownFormatIsAUsageErrorNamingTheValidFormats() {
        CliRun run = CliRun.run("assess", EXAMPLE, "-f", "docx");
        assertThat(run.exitCode()).as(run.describe()).isEqualTo(ExitCode.USAGE.code());
        assertThat(run.err()).as(run.describe()).contains("docx", "json", "md", "html", "pdf");
        assertNoStackTrace(run);
        assertThat(run.out()).isEmpty();
    }
}
