package de.smartregion.cli;

import static org.assertj.core.api.Assertions.assertThat;

import de.smartregion.load.Inputs;
import de.smartregion.load.LoadedAssessment;
import de.smartregion.load.QuestionnaireRegistry;
import de.smartregion.load.QuestionnaireSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class InitAndListingTest {

    @ParameterizedTest
    @ValueSource(strings = {"de", "en"})
    void theSkeletonLoadsBackWithEveryAnswerMissing(String language, @TempDir Path dir) throws Exception {
        Path file = dir.resolve("answers.yaml");
        CliRun run = CliRun.run("init", "--lang", language, "--period", "2026", "-o", file.toString());
        assertThat(run.exitCode()).as(run.describe()).isZero();
        LoadedAssessment loaded = Inputs.assessment(file, QuestionnaireSource.bundled(new QuestionnaireRegistry()));
        assertThat(loaded.assessment().answers()).isEmpty();
        assertThat(loaded.assessment().period()).isEqualTo("2026");
        String text = Files.readString(file);
        // every question asked of the administration is there, as an empty answer under its comments; the
        // perceptions asked of other groups are not
        for (var q : loaded.questionnaire().questions()) {
            if (q.basics().askedOf("administration")) {
                assertThat(text).contains("\n  " + q.id() + ":\n");
            } else {
                assertThat(text).doesNotContain("\n  " + q.id() + ":\n");
            }
        }
        assertThat(text).contains("respondent: {role: administration}");
        assertThat(text).startsWith("# yaml-language-server: $schema=");
        assertThat(text).contains(language.equals("de") ? "Antwort: eine Option" : "Answer: one option");
        assertThat(CliRun.run("validate", file.toString()).exitCode()).isZero();
    }

    /** A citizen gets the short perception set, named by the role's id or a label in either language. */
    @ParameterizedTest
    @ValueSource(strings = {"citizens", "Bürgerschaft", "Citizens"})
    void aRolesSkeletonHoldsTheQuestionsAskedOfIt(String role, @TempDir Path dir) throws Exception {
        Path file = dir.resolve("citizens.yaml");
        CliRun run = CliRun.run("init", "--role", role, "--period", "2026", "-o", file.toString());
        assertThat(run.exitCode()).as(run.describe()).isZero();
        LoadedAssessment loaded = Inputs.assessment(file, QuestionnaireSource.bundled(new QuestionnaireRegistry()));
        assertThat(loaded.assessment().respondent().role()).isEqualTo("citizens");
        String text = Files.readString(file);
        int asked = 0;
        for (var q : loaded.questionnaire().questions()) {
            boolean forCitizens = q.basics().askedOf("citizens");
            assertThat(text.contains("\n  " + q.id() + ":\n")).as(q.id()).isEqualTo(forCitizens);
            asked += forCitizens ? 1 : 0;
        }
        assertThat(asked).isBetween(10, 15);
        // a perception may be beyond what one can judge: n/a is "don't know" there
        assertThat(text).contains("Antworten Sie mit n/a, wenn Sie es nicht beurteilen können").doesNotContain("OParl");
        assertThat(CliRun.run("validate", file.toString()).exitCode()).isZero();
    }

    @Test
    void aMisspeltRoleIsAUsageErrorWithTheNearestName() {
        CliRun run = CliRun.run("init", "--role", "citizen", "-o", "-");
        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE.code());
        assertThat(run.err()).contains("--role citizen is no role of smart-region@2026.1; did you mean 'citizens'?");
        CliRun none = CliRun.run("init", "-q", "src/test/resources/score/all-types.yaml", "--role", "citizens", "-o", "-");
        assertThat(none.exitCode()).isEqualTo(ExitCode.USAGE.code());
        assertThat(none.err()).contains("declares no roles");
    }

    @Test
    void theSkeletonShowsLevelsOptionsRangesAndRows() {
        CliRun run = CliRun.run("init", "-q", "src/test/resources/score/all-types.yaml", "--lang", "en",
                "--period", "2026");
        assertThat(run.exitCode()).as(run.describe()).isZero();
        assertThat(run.out()).contains("questionnaire: all-types@1\n",
                "  #   3 = L3\n",
                "  #   none = None (only on its own)\n",
                "0 % scores 0, 100 % scores full marks",
                "from 100 Mbit/s: 0.5",
                "e.g. {cloud: [invested]}; rows: cloud (Cloud), ai (AI)",
                "May be answered n/a");
    }

    /** Whoever fills in the file sees which questions carry a legal minimum and which only some types are asked. */
    @Test
    void theSkeletonNamesDutiesWithTheirBasisAndTheTypesAQuestionIsAskedOf() {
        CliRun run = CliRun.run(CliRun.GERMAN, "init", "-q", "src/test/resources/score/duties.yaml", "--period", "2026");
        assertThat(run.exitCode()).as(run.describe()).isZero();
        assertThat(run.out()).contains(
                "  #   Gesetzliche Pflicht: mindestens receive; Grundlage: § 4a E-Rechnungsverordnung.\n  invoice:\n",
                "  #   Gesetzliche Pflicht: mindestens yes; Grundlage: § 6 EnEfG.\n  energy:\n",
                "  #   Nur für: Stadt; für andere Kommunentypen entfällt die Frage.\n"
                        + "  #   Gesetzliche Pflicht: mindestens 2; Grundlage: § 1a OZG.\n  portal:\n",
                "  #   Gesetzliche Pflicht: mindestens 50 von 100 Punkten; Grundlage: Test basis.\n  share:\n");
    }

    @Test
    void initNeverReplacesAnExistingFileUnasked(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("answers.yaml"), "half-filled answers\n");
        CliRun run = CliRun.run("init", "-o", file.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains(file.toString(), "--force");
        assertThat(file).hasContent("half-filled answers");
        assertThat(CliRun.run("init", "-o", file.toString(), "--force").exitCode()).isZero();
        assertThat(Files.readString(file)).contains("kind: assessment");
    }

    @Test
    void questionnairesListsTheBundledOnesWithCounts() throws Exception {
        var q = new QuestionnaireRegistry().find(new de.smartregion.model.QuestionnaireRef("smart-region", null));
        CliRun run = CliRun.run("questionnaires", "--lang", "en");
        assertThat(run.exitCode()).isZero();
        assertThat(run.outLines().get(0)).startsWith("ID").contains("VERSION", "QUESTIONS", "TITLE");
        assertThat(run.outLines().get(1)).matches("smart-region +2026\\.1 +" + q.fields().size() + " +"
                + q.questions().size() + " +de,en +Digital maturity of the smart region");
    }

    @Test
    void schemaPrintsEachSchemaAndSuggestsOnATypo() {
        for (String name : SchemaCommand.NAMES) {
            CliRun run = CliRun.run("schema", name);
            assertThat(run.exitCode()).as(name).isZero();
            assertThat(run.out()).contains("\"$schema\": \"http://json-schema.org/draft-07/schema#\"");
        }
        CliRun typo = CliRun.run("schema", "resul");
        assertThat(typo.exitCode()).isEqualTo(2);
        assertThat(typo.err()).contains("did you mean 'result'?");
    }
}
