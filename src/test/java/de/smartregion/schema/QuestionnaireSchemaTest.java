package de.smartregion.schema;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import de.smartregion.cli.Main;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code smartregion schema assessment -q ID|FILE}: the schema of one questionnaire's answer files, as an editor uses
 * it. It is draft-07, accepts every example and every answer form the loader accepts, and rejects what the loader
 * rejects of one file, each planted mistake alike; its texts are the questionnaire's.
 */
class QuestionnaireSchemaTest {

    private static final Path EVERY_FEATURE = Path.of("src/test/resources/schema/good/questionnaire-every-feature.yaml");
    private static final Path MUSTERSTADT = Path.of("examples/musterstadt-2026.yaml");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final YAMLMapper YAML = new YAMLMapper();
    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7);
    private static final Map<String, JsonSchema> COMPILED = new ConcurrentHashMap<>();

    // ---------------------------------------------------------------------------------------------- the schema

    @Test
    void isDraft07WithOnlyItsKeywordsAndTheGenericSchemaAroundTheAnswers() throws IOException {
        JsonNode s = schemaNode("smart-region");
        JsonSchema meta = FACTORY.getSchema(SchemaLocation.of("http://json-schema.org/draft-07/schema#"));
        assertThat(meta.validate(s)).isEmpty();
        List<String> problems = new ArrayList<>();
        SchemaTest.walk(s, "#", problems);
        // the one keyword beyond draft-07: the editors' labels of enum values, as long as the enum
        assertThat(problems).allSatisfy(p -> assertThat(p).endsWith(": unknown keyword enumDescriptions"));
        assertThat(s.toString()).contains("\"enumDescriptions\"");
        s.findParents("enumDescriptions").forEach(parent -> assertThat(parent.path("enumDescriptions"))
                .hasSameSizeAs(parent.path("enum")));
        // the generic schema with answers (and the questionnaire's name and roles) specialised
        JsonNode generic = JSON.readTree(Path.of("schemas/assessment.schema.json").toFile());
        List<String> keys = new ArrayList<>();
        s.path("properties").fieldNames().forEachRemaining(keys::add);
        List<String> genericKeys = new ArrayList<>();
        generic.path("properties").fieldNames().forEachRemaining(genericKeys::add);
        assertThat(keys).isEqualTo(genericKeys);
        assertThat(s.path("properties").path("municipality")).isEqualTo(generic.path("properties").path("municipality"));
        assertThat(s.path("definitions").path("municipality")).isEqualTo(generic.path("definitions").path("municipality"));
        assertThat(s.path("required")).isEqualTo(generic.path("required"));
        assertThat(s.path("properties").path("answers").path("additionalProperties").asBoolean(true)).isFalse();
        assertThat(s.path("properties").path("answers").path("properties")).hasSize(141);
    }

    @Test
    void aQuestionsTitleAndHoverTextAreItsFieldItsTextAndItsAnswersInTheFirstLanguage() {
        JsonNode q = schemaNode("smart-region").path("properties").path("answers").path("properties")
                .path("str-digital-strategy");
        assertThat(q.path("title").asText()).isEqualTo("Strategie & Governance · str-digital-strategy");
        assertThat(q.path("description").asText())
                .startsWith("Verfügt die Kommune über eine Digitalstrategie, die vom Rat oder Kreistag beschlossen")
                .contains("adopted = Vom Rat beschlossen", "none = Keine Digitalstrategie");
        // the schema's own texts in that language too
        JsonNode whole = schemaNode("smart-region");
        assertThat(whole.path("title").asText()).startsWith("smartregion-Antwortdatei: ");
        assertThat(whole.path("description").asText()).startsWith("Das Schema einer Antwortdatei (kind: assessment)");
        assertThat(q.toString()).contains("Die angestrebte Antwort; ohne Angabe die beste.",
                "Wo sich die Antwort prüfen lässt");
        JsonNode own = schemaNode(EVERY_FEATURE.toString()).path("properties").path("answers").path("properties");
        assertThat(own.path("q-number").path("description").asText()).contains("0 %", "100 %");
        assertThat(own.path("q-matrix-one").path("description").asText()).contains("school (Schule)");
    }

    @Test
    void aQuestionnaireFileServesAsWellAsABundledId(@TempDir Path dir) throws IOException {
        Path copy = dir.resolve("mine.yaml");
        Files.copy(Path.of("questionnaires/smart-region.yaml"), copy);
        assertThat(run(0, "schema", "assessment", "-q", copy.toString()))
                .isEqualTo(run(0, "schema", "assessment", "-q", "smart-region"));
        assertThat(run(0, "schema", "assessment")).isEqualTo(Files.readString(Path.of("schemas/assessment.schema.json")));
    }

    // ----------------------------------------------------------------------------- what the loader accepts

    /** Every example validates against the schema of the questionnaire it names. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void everyExampleIsValid(Path file) {
        JsonNode doc = yaml(file);
        String questionnaire = doc.path("questionnaire").asText().replaceFirst("@.*", "");
        assertValid(questionnaire, doc);
    }

    static Stream<Path> examples() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("examples"))) {
            return files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList().stream();
        }
    }

    /** The fixtures of every answer form the loader takes, against their questionnaire's own schema. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("goodAssessments")
    void everyAnswerFormTheLoaderTakesIsValid(Path file) {
        JsonNode doc = yaml(file);
        assertValid(doc.path("questionnaire").asText().startsWith("schema-test") ? EVERY_FEATURE.toString()
                : "smart-region", doc);
    }

    static Stream<Path> goodAssessments() throws IOException {
        return fixtures("good");
    }

    /** What the loader refuses of one file, the generic schema refuses; the questionnaire's refuses it too. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("badAssessments")
    void whatTheGenericSchemaRefusesStaysRefused(Path file) {
        JsonNode doc = yaml(file);
        String q = doc.path("questionnaire").asText().startsWith("schema-test") ? EVERY_FEATURE.toString()
                : "smart-region";
        assertThat(schema(q).validate(doc)).as("errors of " + file).isNotEmpty();
    }

    static Stream<Path> badAssessments() throws IOException {
        return fixtures("bad");
    }

    private static Stream<Path> fixtures(String kind) throws IOException {
        try (Stream<Path> files = Files.list(Path.of("src/test/resources/schema", kind))) {
            return files.filter(p -> p.getFileName().toString().startsWith("assessment-")).sorted().toList().stream();
        }
    }

    /** Forms the loader accepts that an editor should not flag: the case of n/a and yes, labels of roles. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', ignoreLeadingAndTrailingWhitespace = false, value = {
        "  str-isek-link: referenced|  str-isek-link: ''",
        "  str-isek-link: referenced|  str-isek-link:",
        "  str-leitbild: yes|  str-leitbild: 'Yes'",
        "  str-leitbild: yes|  str-leitbild: true",
        "  str-on-time: 50|  str-on-time: ' N/A '",
        "  str-on-time: 50|  str-on-time: {value: n/a, note: 'kein Plan'}",
        "  str-on-time: 50|  str-on-time: 100",
        "respondent: {role: administration, name: Amt für Digitales}|respondent: {role: ' verwaltung '}",
        "respondent: {role: administration, name: Amt für Digitales}|respondent: {role: Civil Society}",
        "  str-review-adaptation: [unchanged]|  str-review-adaptation: []",
        "  str-review-adaptation: [unchanged]|  str-review-adaptation: [dropped, added]",
        "'  str-investments: {cloud: [invested], data-platform: [planned],'|'  str-investments: {cloud: null, data-platform: [planned],'",
    })
    void whatTheLoaderAcceptsIsValid(String line, String replacement, @TempDir Path dir) throws IOException {
        Path file = plant(dir, line, replacement);
        assertThat(run(0, "validate", file.toString())).contains(": ok");
        assertValid("smart-region", yaml(file));
    }

    // ------------------------------------------------------------------------------ the planted mistakes

    /**
     * Each mistake planted into an example: the tool refuses it (exit 3), and the questionnaire's schema does too,
     * where the generic one let most of them pass.
     */
    @ParameterizedTest(name = "{2}")
    @CsvSource(delimiter = '|', ignoreLeadingAndTrailingWhitespace = false, value = {
        "  str-isek-link: referenced|  str-isek-lnk: referenced|misspelt question id",
        "  str-isek-link: referenced|  str-isek-link: refrenced|unknown option id",
        "  str-on-time: 50|  str-on-time: 150|number out of range (%)",
        "    value: 2|    value: 5|level that the scale does not have",
        "    value: 2|    valeu: 2|unknown key in the long form",
        "    target: 4|    target: 4\\n    remark: x|unknown key in an answer object",
        "  str-isek-link: referenced|  str-isek-link: n/a|n/a where the question does not allow it",
        "  str-on-time: 50|  str-on-time: {value: n/a, target: 80}|target beside n/a",
        "  str-review-adaptation: [unchanged]|  str-review-adaptation: [unchanged, added]|exclusive option with another",
        "  str-review-adaptation: [unchanged]|  str-review-adaptation: [added, added]|an option twice",
        "'  str-investments: {cloud: [invested], data-platform: [planned],'|'  str-investments: {cloud: [invested], data-platfrom: [planned],'|unknown matrix row",
        "'  str-investments: {cloud: [invested], data-platform: [planned],'|'  str-investments: {cloud: invested, data-platform: [planned],'|a row of a many-matrix without a list",
        "  str-leitbild: yes|  str-leitbild: maybe|neither yes nor no",
        "respondent: {role: administration, name: Amt für Digitales}|respondent: {role: administraton}|unknown role",
        "questionnaire: smart-region@2026.1|questionnaire: smart-region@2025.1|another questionnaire version",
    })
    void eachPlantedMistakeIsRefusedByTheToolAndTheSchema(String line, String replacement, String what,
                                                          @TempDir Path dir) throws IOException {
        Path file = plant(dir, line, replacement.replace("\\n", "\n"));
        run(3, "validate", file.toString());
        assertThat(schema("smart-region").validate(yaml(file))).as(what).isNotEmpty();
    }

    /** A number beyond the bounds that only scale its score (euros per inhabitant, not %) is an answer. */
    @Test
    void boundsThatOnlyScaleTheScoreAreNoLimits(@TempDir Path dir) throws IOException {
        Path file = plant(dir, "  str-budget: 6.5", "  str-budget: 400");
        assertThat(run(0, "validate", file.toString())).contains(": ok");
        assertValid("smart-region", yaml(file));
    }

    /** Option ids that YAML 1.2 reads as numbers are taken written either way, as the loader takes them. */
    @Test
    void optionIdsThatLookLikeNumbersAreTakenAsWrittenEitherWay(@TempDir Path dir) throws IOException {
        Path answers = dir.resolve("a.yaml");
        String head = "kind: assessment\nquestionnaire: schema-test@1.5\nmunicipality: {id: \"1\"}\nperiod: 2026\n";
        for (String answer : List.of("q-choice: \"2\"", "q-choice: 2")) {
            Files.writeString(answers, head + "answers:\n  " + answer + "\n");
            run(0, "validate", "-q", EVERY_FEATURE.toString(), answers.toString());
            assertValid(EVERY_FEATURE.toString(), yaml(answers));
        }
        Files.writeString(answers, head + "answers:\n  q-choice: 3\n");
        run(3, "validate", "-q", EVERY_FEATURE.toString(), answers.toString());
        assertThat(schema(EVERY_FEATURE.toString()).validate(yaml(answers))).isNotEmpty();
    }

    // ----------------------------------------------------------------------------------------------- usage

    @Test
    void onlyTheAnswerFileSchemaTakesAQuestionnaire() {
        String err = runErr(2, "schema", "result", "-q", "smart-region");
        assertThat(err).contains("-q is for schema assessment only");
        assertThat(runErr(3, "schema", "assessment", "-q", "smart-regoin")).contains("-q smart-regoin", "smart-region");
        assertThat(runErr(2, "schema", "assessment", "-q", "smart-region", "-q", EVERY_FEATURE.toString()))
                .contains("-q");
    }

    // ----------------------------------------------------------------------------------------------- helpers

    private static Path plant(Path dir, String line, String replacement) throws IOException {
        String text = Files.readString(MUSTERSTADT);
        assertThat(text).as("the example holds the line to change").contains("\n" + line);
        Path file = dir.resolve("planted.yaml");
        Files.writeString(file, text.replaceFirst(java.util.regex.Pattern.quote("\n" + line),
                java.util.regex.Matcher.quoteReplacement("\n" + replacement)));
        return file;
    }

    private static void assertValid(String questionnaire, JsonNode doc) {
        List<String> errors = schema(questionnaire).validate(doc).stream().map(ValidationMessage::getMessage)
                .sorted().toList();
        assertThat(errors).as("errors against the schema of %s", questionnaire).isEmpty();
    }

    private static JsonSchema schema(String questionnaire) {
        return COMPILED.computeIfAbsent(questionnaire, q -> {
            JsonSchema s = FACTORY.getSchema(schemaNode(q));
            s.initializeValidators();
            return s;
        });
    }

    private static final Map<String, JsonNode> NODES = new ConcurrentHashMap<>();

    private static JsonNode schemaNode(String questionnaire) {
        return NODES.computeIfAbsent(questionnaire, q -> {
            try {
                return JSON.readTree(run(0, "schema", "assessment", "-q", q));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** A YAML file as its JSON equivalent, the way the schema sees it. */
    private static JsonNode yaml(Path file) {
        try {
            return YAML.readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String run(int expectedExit, String... args) {
        return execute(expectedExit, args)[0];
    }

    private static String runErr(int expectedExit, String... args) {
        return execute(expectedExit, args)[1];
    }

    private static String[] execute(int expectedExit, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        var cli = Main.commandLine(Map.of("LANG", "C"));
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        assertThat(cli.execute(args)).as("exit code of %s; stderr: %s", List.of(args), err).isEqualTo(expectedExit);
        return new String[] {out.toString(), err.toString()};
    }
}
