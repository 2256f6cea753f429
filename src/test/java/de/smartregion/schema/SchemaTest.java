package de.smartregion.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import de.smartregion.cli.Main;
import de.smartregion.input.InvalidInputException;
import de.smartregion.load.AssessmentLoader;
import de.smartregion.load.QuestionnaireLoader;
import de.smartregion.load.QuestionnaireRegistry;
import de.smartregion.load.QuestionnaireSource;
import de.smartregion.model.Questionnaire;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

/**
 * The JSON Schemas in {@code schemas/} are valid draft-07, accept the bundled questionnaires, the examples and real
 * results, and reject broken files; where a fixture is an input file, the strict loader agrees with the schema.
 */
class SchemaTest {

    private static final List<String> NAMES = List.of("questionnaire", "assessment", "result", "comparison",
            "trend", "mapping");
    private static final Path SCHEMAS = Path.of("schemas");
    private static final Path FIXTURES = Path.of("src/test/resources/schema");
    private static final Path GOOD = FIXTURES.resolve("good");
    private static final Path BAD = FIXTURES.resolve("bad");
    private static final Path EVERY_FEATURE = GOOD.resolve("questionnaire-every-feature.yaml");

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final YAMLMapper YAML = new YAMLMapper();
    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7);
    private static final Map<String, JsonSchema> COMPILED = new ConcurrentHashMap<>();

    /** Every keyword of draft-07; anything else in a schema position is a typo the meta-schema would let pass. */
    private static final Set<String> KEYWORDS = Set.of("$schema", "$id", "$ref", "$comment", "title", "description",
            "default", "readOnly", "writeOnly", "examples", "multipleOf", "maximum", "exclusiveMaximum", "minimum",
            "exclusiveMinimum", "maxLength", "minLength", "pattern", "additionalItems", "items", "maxItems",
            "minItems", "uniqueItems", "contains", "maxProperties", "minProperties", "required",
            "additionalProperties", "definitions", "properties", "patternProperties", "dependencies",
            "propertyNames", "const", "enum", "type", "format", "contentMediaType", "contentEncoding", "if", "then",
            "else", "allOf", "anyOf", "oneOf", "not");

    // ---------------------------------------------------------------------------------------------- the schemas

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"questionnaire", "assessment", "result", "comparison", "trend", "mapping"})
    void isValidAgainstTheDraft07MetaSchema(String name) {
        JsonSchema meta = FACTORY.getSchema(SchemaLocation.of("http://json-schema.org/draft-07/schema#"));
        assertThat(meta.validate(schemaNode(name))).isEmpty();
        assertThatCode(() -> schema(name)).doesNotThrowAnyException();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"questionnaire", "assessment", "result", "comparison", "trend", "mapping"})
    void hasTheHeaderAndFormattingEveryEditorExpects(String name) throws IOException {
        JsonNode s = schemaNode(name);
        assertThat(s.path("$schema").asText()).isEqualTo("http://json-schema.org/draft-07/schema#");
        assertThat(s.path("$id").asText()).isEqualTo("https://smartregion.de/schemas/" + name + ".schema.json");
        assertThat(s.path("title").asText()).isNotBlank();
        assertThat(s.path("description").asText()).isNotBlank();
        String text = Files.readString(SCHEMAS.resolve(name + ".schema.json"), StandardCharsets.UTF_8);
        assertThat(text).endsWith("}\n").doesNotContain("\t").doesNotContain("\r");
        for (String line : text.lines().toList()) {
            int indent = line.length() - line.stripLeading().length();
            assertThat(indent % 2).as("indentation of: %s", line).isZero();
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"questionnaire", "assessment", "result", "comparison", "trend", "mapping"})
    void usesOnlyDraft07KeywordsAndDescribesEveryKey(String name) {
        List<String> problems = new ArrayList<>();
        walk(schemaNode(name), "#", problems);
        schemaNode(name).path("definitions").properties().forEach(e -> {
            if (!e.getValue().hasNonNull("description")) {
                problems.add("#/definitions/" + e.getKey() + ": no description");
            }
        });
        assertThat(problems).isEmpty();
    }

    /** Checks the keywords of {@code s} and of every subschema, and the descriptions of object properties. */
    static void walk(JsonNode s, String at, List<String> problems) {
        if (s.isBoolean()) {
            return;
        }
        if (!s.isObject()) {
            problems.add(at + ": not a schema");
            return;
        }
        s.properties().forEach(e -> {
            if (!KEYWORDS.contains(e.getKey())) {
                problems.add(at + ": unknown keyword " + e.getKey());
            }
        });
        if (s.has("$ref") && !s.path("$ref").asText().startsWith("#/definitions/")) {
            problems.add(at + ": $ref outside the file's definitions");
        }
        boolean objectSchema = "object".equals(s.path("type").asText());
        for (String map : List.of("definitions", "properties", "patternProperties")) {
            s.path(map).properties().forEach(e -> {
                if (map.equals("properties") && objectSchema && !e.getValue().hasNonNull("description")) {
                    problems.add(at + "/properties/" + e.getKey() + ": no description");
                }
                walk(e.getValue(), at + "/" + map + "/" + e.getKey(), problems);
            });
        }
        if (s.path("additionalProperties").isBoolean() && !s.path("additionalProperties").asBoolean()) {
            for (JsonNode key : s.path("required")) {
                if (!s.path("properties").has(key.asText())) {
                    problems.add(at + ": required key " + key.asText() + " is not among the properties");
                }
            }
        }
        for (String one : List.of("additionalItems", "additionalProperties", "contains", "propertyNames", "if",
                "then", "else", "not")) {
            if (s.has(one)) {
                walk(s.get(one), at + "/" + one, problems);
            }
        }
        if (s.path("items").isArray()) {
            for (int i = 0; i < s.get("items").size(); i++) {
                walk(s.get("items").get(i), at + "/items/" + i, problems);
            }
        } else if (s.has("items")) {
            walk(s.get("items"), at + "/items", problems);
        }
        for (String many : List.of("allOf", "anyOf", "oneOf")) {
            for (int i = 0; i < s.path(many).size(); i++) {
                walk(s.get(many).get(i), at + "/" + many + "/" + i, problems);
            }
        }
        s.path("dependencies").properties().forEach(e -> {
            if (e.getValue().isObject()) {
                walk(e.getValue(), at + "/dependencies/" + e.getKey(), problems);
            }
        });
    }

    // --------------------------------------------------------------------------------------------- valid files

    @ParameterizedTest(name = "{0}")
    @MethodSource("bundledQuestionnaires")
    void bundledQuestionnairesAreValid(Path file) {
        assertValid("questionnaire", yaml(file));
    }

    static Stream<Path> bundledQuestionnaires() {
        return files(Path.of("questionnaires"), ".yaml", ".yml");
    }

    /** The examples are being extended: whatever is there must validate, by its kind. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void examplesAreValid(Path file) {
        JsonNode doc = yaml(file);
        assertValid("questionnaire".equals(doc.path("kind").asText()) ? "questionnaire" : "assessment", doc);
    }

    static Stream<Path> examples() {
        return files(Path.of("examples"), ".yaml", ".yml");
    }

    @Test
    void theGoldenResultIsValid() {
        assertValid("result", json(Path.of("src/test/resources/golden/musterstadt-2026.json")));
    }

    @Test
    void aFreshResultIsValid() {
        assertValid("result", assessJson("examples/musterstadt-2026.yaml"));
    }

    /** Conditions of every kind (option, level, yes/no, score, anyOf), failing and holding, and closing measures. */
    @Test
    void aResultWithThePreviousPeriodAndPeersIsValid() {
        JsonNode result = assessJson("examples/musterstadt-2026.yaml", "--previous", "examples/musterstadt-2025.yaml",
                "--peers", "examples");
        assertThat(result.path("previous").path("period").asText()).isEqualTo("2025");
        assertThat(result.path("peers").path("count").asInt()).isEqualTo(6);
        assertThat(result.path("peers").path("theses").path("integrated").path("met").isInt()).isTrue();
        assertValid("result", result);
    }

    @Test
    void aFreshResultWithConditionsIsValid() {
        JsonNode result = assessJson("-q", "src/test/resources/score/conditions.yaml",
                "src/test/resources/score/conditions-answers.yaml");
        assertThat(result.path("theses").get(0).path("conditions")).hasSize(2);
        assertValid("result", result);
    }

    /** Several respondents, null thesis scores, n/a, every question type and answer form, and nothing answered. */
    @Test
    void freshResultsOfTheFixturesAreValid() {
        assertValid("result", assessJson("-q", EVERY_FEATURE.toString(),
                GOOD.resolve("assessment-every-form.yaml").toString(),
                GOOD.resolve("assessment-every-form-2.yaml").toString()));
        JsonNode empty = assessJson(GOOD.resolve("assessment-nothing-answered.yaml").toString());
        assertThat(empty.path("overall").path("score").isNull()).isTrue();
        assertValid("result", empty);
    }

    /** Good fixtures: {@code <schema>-<what>.yaml|json}; input files are accepted by the loader too. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("goodFixtures")
    void goodFixturesAreValid(Path file) {
        String name = schemaOf(file);
        assertValid(name, read(file));
        if (name.equals("questionnaire") || name.equals("assessment") || name.equals("mapping")) {
            assertThatCode(() -> load(name, file)).as("the loader accepts " + file).doesNotThrowAnyException();
        }
    }

    static Stream<Path> goodFixtures() {
        return files(GOOD, ".yaml", ".json");
    }

    // ------------------------------------------------------------------------------------------- invalid files

    /**
     * Bad fixtures: {@code <schema>-<what>.yaml|json}, each with one defect. The schema finds it; for input files
     * the loader rejects the file as well (and does not crash), so that the two agree.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("badFixtures")
    void badFixturesAreInvalid(Path file) {
        String name = schemaOf(file);
        assertThat(schema(name).validate(read(file))).as("schema errors of " + file).isNotEmpty();
        if (name.equals("questionnaire") || name.equals("assessment") || name.equals("mapping")) {
            assertThatThrownBy(() -> load(name, file)).as("the loader rejects " + file)
                    .isInstanceOf(InvalidInputException.class);
        }
    }

    static Stream<Path> badFixtures() {
        return files(BAD, ".yaml", ".json");
    }

    @Test
    void everySchemaHasGoodAndBadFixtures() {
        for (String name : NAMES) {
            assertThat(goodFixtures().filter(p -> schemaOf(p).equals(name))).as(name).isNotEmpty();
            assertThat(badFixtures().filter(p -> schemaOf(p).equals(name))).as(name).isNotEmpty();
        }
    }

    @Test
    void gateVerdictsMatchTheSchemas() throws IOException {
        assertValid("result", JSON.readTree(run(4, "assess", "examples/musterstadt-2026.yaml", "-f", "json",
                "--fail-under", "50", "--fail-on-thesis")));
        assertValid("result", JSON.readTree(run(0, "assess", "examples/musterstadt-2026.yaml", "-f", "json",
                "--fail-under", "40")));
        assertValid("comparison", JSON.readTree(run(4, "compare", "examples", "-f", "json", "--fail-under", "50")));
    }

    /**
     * trend's JSON: every example followed over its periods, Musterstadt with a period that heard other groups, and
     * a period of two questionnaire versions' shared questions is not among them; a broken document is refused.
     */
    @Test
    void trendOutputMatchesItsSchema() throws IOException {
        JsonNode trend = JSON.readTree(run(0, "trend", "examples", "-f", "json"));
        assertValid("trend", trend);
        assertThat(trend.toString()).contains("\"otherGroups\":true");
        ObjectNode broken = trend.deepCopy();
        ((ObjectNode) broken.path("municipalities").get(0).path("periods").get(0)).remove("roles");
        assertThat(schema("trend").validate(broken)).isNotEmpty();
    }

    private static String run(int expectedExit, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = Main.commandLine(Map.of("LANG", "C"));
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        assertThat(cli.execute(args)).as("exit code; stderr: %s", err).isEqualTo(expectedExit);
        return out.toString();
    }

    // ----------------------------------------------------------------------------------------------- helpers

    private static void assertValid(String name, JsonNode doc) {
        Set<ValidationMessage> errors = schema(name).validate(doc);
        assertThat(errors.stream().map(ValidationMessage::getMessage).sorted().collect(Collectors.toList()))
                .as("errors against %s.schema.json", name).isEmpty();
    }

    private static JsonSchema schema(String name) {
        return COMPILED.computeIfAbsent(name, n -> {
            JsonSchema s = FACTORY.getSchema(schemaNode(n));
            s.initializeValidators(); // resolves every $ref now, not only those a document happens to reach
            return s;
        });
    }

    private static JsonNode schemaNode(String name) {
        return json(SCHEMAS.resolve(name + ".schema.json"));
    }

    /** The schema a fixture is for: its file name up to the first hyphen. */
    private static String schemaOf(Path file) {
        String name = file.getFileName().toString();
        String schema = name.substring(0, name.indexOf('-') < 0 ? name.indexOf('.') : name.indexOf('-'));
        assertThat(NAMES).as("schema of fixture " + file).contains(schema);
        return schema;
    }

    /** Loads an input fixture strictly; answer files naming schema-test are read against the every-feature one. */
    private static void load(String name, Path file) throws InvalidInputException, IOException {
        byte[] bytes = Files.readAllBytes(file);
        if (name.equals("questionnaire")) {
            QuestionnaireLoader.load(file.toString(), bytes);
            return;
        }
        if (name.equals("mapping")) {
            de.smartregion.load.SurveyImport.mapping(file.toString(), bytes);
            return;
        }
        QuestionnaireRegistry registry = new QuestionnaireRegistry();
        QuestionnaireSource source = QuestionnaireSource.bundled(registry);
        if (yaml(file).path("questionnaire").asText().startsWith("schema-test")) {
            Questionnaire q = QuestionnaireLoader.load(EVERY_FEATURE.toString(), Files.readAllBytes(EVERY_FEATURE));
            source = QuestionnaireSource.given(q, registry);
        }
        AssessmentLoader.load(file.toString(), bytes, source);
    }

    /** Runs {@code smartregion assess ARGS -f json} in-process and returns what it printed. */
    private static JsonNode assessJson(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = Main.commandLine(Map.of("LANG", "C"));
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        List<String> all = new ArrayList<>(List.of("assess"));
        all.addAll(List.of(args));
        all.addAll(List.of("-f", "json"));
        int code = cli.execute(all.toArray(String[]::new));
        assertThat(code).as("exit code; stderr: %s", err).isZero();
        try {
            return JSON.readTree(out.toString());
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + out, e);
        }
    }

    private static JsonNode read(Path file) {
        return file.toString().endsWith(".json") ? json(file) : yaml(file);
    }

    private static JsonNode json(Path file) {
        try {
            return JSON.readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A YAML file as its JSON equivalent, the way editors and the schema see it. */
    private static JsonNode yaml(Path file) {
        try {
            return YAML.readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Stream<Path> files(Path dir, String... endings) {
        try (Stream<Path> s = Files.walk(dir)) {
            List<Path> found = new ArrayList<>();
            for (Iterator<Path> it = s.iterator(); it.hasNext(); ) {
                Path p = it.next();
                String name = p.getFileName().toString();
                if (Files.isRegularFile(p) && Stream.of(endings).anyMatch(name::endsWith)) {
                    found.add(p);
                }
            }
            found.sort(null);
            return found.stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
