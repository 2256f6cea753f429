package de.smartregion.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line's conventions and happy paths: help, version, validate, assess to stdout and to a file. */
class CliTest {

    static final String EXAMPLE = "examples/musterstadt-2026.yaml";
    static final String QUESTIONNAIRE = "questionnaires/smart-region.yaml";

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void helpListsTheCommandsAndEveryExitCode() {
        CliRun run = CliRun.run("--help");
        assertThat(run.exitCode()).as(run.describe()).isZero();
        assertThat(run.out()).as(run.describe()).contains("assess", "validate", "Exit codes");
        List<String> lines = run.outLines();
        assertThat(lines).anyMatch(l -> l.matches("\\s*assess\\s+\\S.*"));
        assertThat(lines).anyMatch(l -> l.matches("\\s*validate\\s+\\S.*"));
        String[] meanings = {"success", "internal error", "usage error", "invalid input", "gate failed",
            "output could not be written"};
        for (int code = 0; code <= 5; code++) {
            String pattern = "\\s*" + code + "\\s+.*";
            String meaning = meanings[code];
            assertThat(lines).as("exit code %d in%n%s", code, run.out())
                    .anyMatch(l -> l.matches(pattern) && l.contains(meaning));
        }
        assertThat(run.err()).isEmpty();
    }

    @Test
    void subcommandHelpListsTheExitCodesToo() {
        for (String command : List.of("assess", "validate")) {
            CliRun run = CliRun.run(command, "--help");
            assertThat(run.exitCode()).as(run.describe()).isZero();
            assertThat(run.out()).as(run.describe()).contains("Usage: smartregion " + command);
            for (int code = 0; code <= 5; code++) {
                String pattern = "\\s*" + code + "\\s+\\S.*";
                assertThat(run.outLines()).as(run.describe()).anyMatch(l -> l.matches(pattern));
            }
        }
    }

    @Test
    void helpSpeaksTheLanguageOfLangLikeEveryOtherMessage() {
        CliRun german = CliRun.run(Map.of("LANG", "de_DE.UTF-8"), "assess", "--help");
        assertThat(german.exitCode()).as(german.describe()).isZero();
        assertThat(german.out()).as(german.describe()).contains("Eine Kommune bewerten", "Exit-Codes:", "Erfolg");
        CliRun english = CliRun.run(Map.of("LANG", "en_GB.UTF-8"), "assess", "--help");
        assertThat(english.out()).as(english.describe()).contains("Score a municipality", "Exit codes:")
                .doesNotContain("Kommune");
    }

    @Test
    void versionPrintsTheBuildVersion() {
        CliRun run = CliRun.run("--version");
        assertThat(run.exitCode()).as(run.describe()).isZero();
        assertThat(run.out().strip()).matches("smartregion \\d+\\.\\d+\\.\\d+\\S*");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void validatePrintsOneOkLinePerValidFile() {
        CliRun run = CliRun.run("validate", QUESTIONNAIRE, EXAMPLE);
        assertThat(run.exitCode()).as(run.describe()).isZero();
        assertThat(run.outLines()).as(run.describe()).hasSize(2);
        assertThat(run.outLines().get(0)).startsWith(QUESTIONNAIRE + ": ok");
        assertThat(run.outLines().get(1)).startsWith(EXAMPLE + ": ok");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void validateOfAValidAndAnInvalidFileReportsBothAndExits3() {
        String bad = BadInputTest.BAD + "a-unknown-question.yaml";
        CliRun run = CliRun.run("validate", EXAMPLE, bad);
        assertThat(run.exitCode()).as(run.describe()).isEqualTo(3);
        assertThat(run.outLines()).as(run.describe()).singleElement().asString().startsWith(EXAMPLE + ": ok");
        assertThat(run.err()).as(run.describe()).contains(bad + ":7:3: ");
    }

    @Test
    void assessWritesResultJsonInTheDesignedShape() throws IOException {
        CliRun run = CliRun.run("assess", EXAMPLE, "-f", "json");
        assertThat(run.exitCode()).as(run.describe()).isZero();
        assertThat(run.err()).isEmpty();
        JsonNode result = JSON.readTree(run.out());

        assertThat(result.path("kind").asText()).isEqualTo("result");
        assertThat(result.path("schemaVersion").isInt()).isTrue();
        assertThat(result.path("schemaVersion").asInt()).isEqualTo(1);
        assertThat(names(result)).containsExactlyInAnyOrder("kind", "schemaVersion", "questionnaire", "municipality",
                "period", "respondents", "combine", "overall", "theses", "strategyWorks", "duties", "fields", "questions",
                "priorities", "warnings");

        assertThat(names(result.path("questionnaire"))).containsExactlyInAnyOrder("id", "version");
        assertThat(result.path("questionnaire").path("id").asText()).isEqualTo("smart-region");
        assertThat(result.path("questionnaire").path("version").asText()).isEqualTo("2026.1");
        assertThat(names(result.path("municipality")))
                .containsExactlyInAnyOrder("id", "name", "state", "type", "population");
        assertThat(result.path("municipality").path("id").asText()).isEqualTo("09999001");
        assertThat(result.path("period").isTextual()).as("period is a string").isTrue();
        assertThat(result.path("period").asText()).isEqualTo("2026");
        assertThat(result.path("strategyWorks").isBoolean()).isTrue();

        assertThat(names(result.path("overall"))).containsExactlyInAnyOrder("score", "stage", "coverage");
        assertThat(result.path("overall").path("score").isNumber()).isTrue();

        assertElementKeys(result, "respondents", "role", "name");
        assertElementKeys(result, "theses", "id", "score", "threshold", "met", "assessable", "answeredShare",
                "conditions");
        assertElementKeys(result, "fields", "id", "score", "stage", "coverage", "answered", "applicable", "theses");
        assertElementKeys(result, "questions", "id", "field", "answer", "score", "target", "impact", "spread",
                "applies", "note", "evidence", "heard", "evidenceMissing", "roles", "remarks");
        assertElementKeys(result, "priorities", "question", "measure", "phase", "impact", "effort", "priority", "closes",
                "duty");
        assertThat(result.path("warnings").isArray()).isTrue();
        for (JsonNode w : result.path("warnings")) {
            assertThat(names(w)).containsExactlyInAnyOrder("code", "message");
        }
        assertThat(List.of(result.path("theses").get(0).path("id").asText(),
                result.path("theses").get(1).path("id").asText(),
                result.path("theses").get(2).path("id").asText()))
                .containsExactly("integrated", "participatory", "implementable");
    }

    /** A note and the evidence of an answer reach JSON as written; a question without them has null. */
    @Test
    void resultJsonCarriesNoteAndEvidence() throws IOException {
        JsonNode questions = JSON.readTree(CliRun.run("assess", EXAMPLE, "-f", "json").out()).path("questions");
        JsonNode strategy = questions.get(0);
        assertThat(strategy.path("id").asText()).isEqualTo("str-digital-strategy");
        assertThat(strategy.path("note").asText()).startsWith("Digitalstrategie „Musterstadt digital 2030“");
        assertThat(strategy.path("evidence").asText()).isEqualTo("Stadtratsbeschluss vom 14.03.2024, TOP 7");
        assertThat(questions.get(1).path("evidence").isNull()).isTrue();
    }

    @Test
    void assessToAFileWritesNothingOnStdoutAndReplacesAnExistingReport(@TempDir Path dir) throws IOException {
        CliRun toStdout = CliRun.run("assess", EXAMPLE, "-f", "json");
        assertThat(toStdout.exitCode()).as(toStdout.describe()).isZero();

        Path report = dir.resolve("result.json");
        CliRun first = CliRun.run("assess", EXAMPLE, "-f", "json", "-o", report.toString());
        assertThat(first.exitCode()).as(first.describe()).isZero();
        assertThat(first.out()).isEmpty();
        assertThat(report).isRegularFile();
        assertThat(Files.readString(report, StandardCharsets.UTF_8)).isEqualTo(toStdout.out());

        Files.writeString(report, "an earlier report\n");
        CliRun second = CliRun.run("assess", EXAMPLE, "-f", "json", "-o", report.toString());
        assertThat(second.exitCode()).as(second.describe()).isZero();
        assertThat(second.out()).isEmpty();
        assertThat(Files.readString(report, StandardCharsets.UTF_8)).isEqualTo(toStdout.out());
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).as("no temporary file left behind").containsExactly(report);
        }
    }

    @Test
    void dashMeansStdout() {
        CliRun dash = CliRun.run("assess", EXAMPLE, "-f", "json", "-o", "-");
        assertThat(dash.exitCode()).as(dash.describe()).isZero();
        assertThat(dash.out()).isEqualTo(CliRun.run("assess", EXAMPLE, "-f", "json").out());
    }

    @Test
    void germanEnvironmentGivesGermanMessages() {
        String bad = BadInputTest.BAD + "a-unknown-question.yaml";
        CliRun run = CliRun.run(CliRun.GERMAN, "validate", bad);
        assertThat(run.exitCode()).as(run.describe()).isEqualTo(3);
        assertThat(run.err()).as(run.describe())
                .contains(bad + ":7:3: ", "meinten Sie 'adm-online-appointments'?")
                .doesNotContain("did you mean");
    }

    @Test
    void englishEnvironmentGivesEnglishMessages() {
        String bad = BadInputTest.BAD + "a-unknown-question.yaml";
        CliRun run = CliRun.run(CliRun.ENGLISH, "validate", bad);
        assertThat(run.err()).contains("did you mean 'adm-online-appointments'?").doesNotContain("meinten Sie");
    }

    @Test
    void noCommandIsAUsageError() {
        CliRun run = CliRun.run();
        assertThat(run.exitCode()).as(run.describe()).isEqualTo(ExitCode.USAGE.code());
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).doesNotContain("Exception");
    }

    private static List<String> names(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    /** {@code result[array]} is a non-empty array whose every element has exactly {@code keys}. */
    private static void assertElementKeys(JsonNode result, String array, String... keys) {
        JsonNode items = result.path(array);
        assertThat(items.isArray()).as(array + " is an array").isTrue();
        assertThat(items.size()).as(array + " is not empty").isPositive();
        for (JsonNode item : items) {
            assertThat(names(item)).as("keys of an element of %s", array).containsExactlyInAnyOrder(keys);
        }
    }
}
