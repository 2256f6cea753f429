package de.smartregion.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A respondent's role is a declared role's id or one of its labels in any language, and results carry the id; a
 * misspelt role, and a broken {@code roles} or {@code asked}, are located problems (exit 3) with a suggestion.
 */
class RoleLoadTest {

    private static final String FILE = "src/test/resources/score/roles.yaml";

    private static Path answers(Path dir, String role) throws IOException {
        Path answers = dir.resolve("answers.yaml");
        Files.writeString(answers, "kind: assessment\nquestionnaire: roles@1\n"
                + "municipality: {id: \"01\", name: Testdorf}\nperiod: 2026\n"
                + "respondent: {role: \"" + role + "\"}\nanswers:\n  view: 3\n");
        return answers;
    }

    @ParameterizedTest
    @ValueSource(strings = {"citizens", "Bürgerschaft", "Citizens", " bürgerschaft ", "CITIZENS"})
    void aRoleIsNamedByItsIdOrALabelInAnyLanguageAndResultsCarryTheId(String role, @TempDir Path dir)
            throws IOException {
        CliRun run = CliRun.run("assess", "-q", FILE, answers(dir, role).toString(), "-f", "json", "-o", "-");
        assertThat(run.exitCode()).as(run.describe()).isZero();
        JsonNode root = new ObjectMapper().readTree(run.out());
        assertThat(root.get("respondents").get(0).get("role").asText()).isEqualTo("citizens");
        // the citizens are asked the view: it counts
        assertThat(root.get("questions").get(1).get("score").asDouble()).isEqualTo(0.75);
    }

    @Test
    void aMisspeltRoleIsLocatedWithTheNearestName(@TempDir Path dir) throws IOException {
        Path file = answers(dir, "Bürgerschft");
        CliRun run = CliRun.run("validate", "-q", FILE, file.toString());
        assertThat(run.exitCode()).as(run.describe()).isEqualTo(ExitCode.INVALID_INPUT.code());
        assertThat(run.errLines()).containsExactly(file + ":5:20: unknown role 'Bürgerschft'; did you mean 'Bürgerschaft'?");
        CliRun german = CliRun.run(CliRun.GERMAN, "validate", "-q", FILE, answers(dir, "Burger").toString());
        assertThat(german.exitCode()).isEqualTo(ExitCode.INVALID_INPUT.code());
        assertThat(german.errLines()).containsExactly(
                file + ":5:20: unbekannte Rolle 'Burger'; Rollen: administration, council, citizens");
    }

    static Stream<Arguments> brokenRoles() {
        return Stream.of(
            Arguments.of("asked: [council, citizens]", "asked: [council, citizen]",
                    List.of("19:102: unknown role 'citizen'; did you mean 'citizens'?")),
            Arguments.of("asked: [administration]", "asked: []",
                    List.of("18:81: asked must name at least one role, or be left out for all")),
            Arguments.of("{de: Gemeinderat, en: Council}", "{de: Gemeinderat, en: Administration}",
                    List.of("12:26: 'Administration' already names role 'administration' and cannot name 'council' too: a respondent's role is given by id or label")),
            Arguments.of("{id: council,", "{id: council, accountable: true,",
                    List.of("12:32: only one role can be accountable for the facts; another one is at line 11")),
            Arguments.of("{id: council,", "{id: citizens,",
                    List.of("13:10: duplicate role id 'citizens'",
                            // the council it replaced is no role any more
                            "19:93: unknown role 'council'; valid: administration, citizens")),
            Arguments.of("roles:\n  - {id: administration, label: {de: Verwaltung, en: Administration}, accountable: true}\n"
                    + "  - {id: council, label: {de: Gemeinderat, en: Council}}\n"
                    + "  - {id: citizens, label: {de: Bürgerschaft, en: Citizens}}\n", "",
                    List.of("14:81: asked names roles, but the questionnaire declares none: add them under roles",
                            "15:92: asked names roles, but the questionnaire declares none: add them under roles")));
    }

    @ParameterizedTest
    @MethodSource("brokenRoles")
    void aBrokenRoleOrAskedIsLocated(String written, String broken, List<String> messages, @TempDir Path dir)
            throws IOException {
        String yaml = Files.readString(Path.of(FILE));
        assertThat(yaml).contains(written);
        Path file = dir.resolve("roles.yaml");
        Files.writeString(file, yaml.replaceFirst(java.util.regex.Pattern.quote(written),
                java.util.regex.Matcher.quoteReplacement(broken)));
        CliRun run = CliRun.run("validate", file.toString());
        assertThat(run.exitCode()).as(run.describe()).isEqualTo(ExitCode.INVALID_INPUT.code());
        assertThat(run.errLines()).containsExactlyElementsOf(messages.stream().map(m -> file + ":" + m).toList());
    }

    /** A single respondent's answer to a question not asked of its group stays visible, marked, and counts nothing. */
    @Test
    void anAnswerOfAGroupNotAskedIsShownNotScored(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("citizens.yaml");
        Files.writeString(file, "kind: assessment\nquestionnaire: roles@1\nmunicipality: {id: \"01\", name: Testdorf}\n"
                + "period: 2026\nrespondent: {role: citizens}\nanswers:\n  fact: 3\n  view: 2\n");
        CliRun run = CliRun.run(CliRun.GERMAN, "assess", "-q", FILE, file.toString(), "-o", "-");
        assertThat(run.exitCode()).as(run.describe()).isZero();
        assertThat(run.out()).contains(
                "| Fakt | *nicht beantwortet* · *Bürgerschaft: 3 – nicht gewertet, da nur die Antwort der Gruppe Verwaltung zählt* |"
                        + "  |  |  |  |",
                "| Sicht | 2 | 50 | 100 | 50 |  |",
                "- Die Gruppe Verwaltung, die für die Fakten verantwortlich ist, hat nicht geantwortet");
    }
}
