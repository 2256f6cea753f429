package de.smartregion.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import de.smartregion.answerfile.AnswerFileWriter;
import de.smartregion.answerfile.AnswerSkeleton;
import de.smartregion.input.InvalidInputException;
import de.smartregion.input.Problem;
import de.smartregion.load.QuestionnaireLoader;
import de.smartregion.load.SurveyImport;
import de.smartregion.model.Answer;
import de.smartregion.model.AnswerValue;
import de.smartregion.model.Assessment;
import de.smartregion.model.Condition;
import de.smartregion.model.Municipality;
import de.smartregion.model.NumberScoring;
import de.smartregion.model.Question;
import de.smartregion.model.Questionnaire;
import de.smartregion.model.Respondent;
import de.smartregion.model.Result;
import de.smartregion.score.AnswerScores;
import de.smartregion.score.Combine;
import de.smartregion.score.Plan;
import de.smartregion.score.Scorer;
import de.smartregion.testing.Fixtures;
import de.smartregion.text.Messages;
import de.smartregion.text.NumberFormats;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Every question and answer type through every place that handles types: loading the questionnaire (with a thesis
 * condition on each question) and the answers (short and long form), scoring, the answer as a reader sees it, the
 * result JSON, writing an answer file and reading it back, the skeleton {@code init} writes and reading it back, and
 * the survey import.
 *
 * <p>The fixture must hold every permitted subclass of the sealed hierarchies: a new question or answer type fails
 * {@link #theFixtureHoldsEveryType} until the questionnaire has a question of it and {@link #CASES} an answer, and then
 * fails here at every step that does not know it yet.
 */
class EveryQuestionTypeTest {

    private static final Path QUESTIONNAIRE = Path.of("src/test/resources/score/all-types.yaml");
    private static final Questionnaire Q = Fixtures.questionnaire(Fixtures.read(QUESTIONNAIRE.toString()));
    private static final Messages EN = Messages.of("en");

    /**
     * One answer to one question, with what each step makes of it.
     *
     * @param written the answer as an answer file has it in the flow style of the examples
     * @param text the answer as the English report shows it
     * @param json the answer in the result JSON
     * @param allowed the first line of what the skeleton says the question allows
     */
    private record Case(String question, String written, AnswerValue value, double score, String text, String json,
                        String allowed) {
    }

    /** In questionnaire order; scores as docs/methodology.md's table gives them (ScorerTest has the derivations). */
    private static final List<Case> CASES = List.of(
            new Case("s1", "3", level(3), 0.75, "3", "3",
                    "Answer: a level"),
            new Case("c1", "some", choice("some"), 0.5, "Some", "\"some\"",
                    "Answer: one option"),
            new Case("b1", "yes", new AnswerValue.BoolValue(true), 1, "yes", "\"yes\"",
                    "Answer: yes or no"),
            new Case("m1", "[portal, fax]", multi("portal", "fax"), 1.0 / 3, "Portal · Fax", "[\"portal\",\"fax\"]",
                    "Answer: a list of options, e.g. [a, b]"),
            new Case("n1", "40", new AnswerValue.NumberValue(40), 0.4, "40%", "40",
                    "Answer: a number; 0 % scores 0, 100 % scores full marks"),
            new Case("n2", "250", new AnswerValue.NumberValue(250), 0.5, "250 Mbit/s", "250",
                    "Answer: a number; bands: from 0 Mbit/s: 0; from 100 Mbit/s: 0.5; from 1000 Mbit/s: 1"),
            new Case("x1", "{cloud: [invested, planned], ai: [planned]}",
                    new AnswerValue.MatrixValue(Map.of("cloud", multi("invested", "planned"), "ai", multi("planned"))),
                    2.0 / 3, "Cloud: Invested · Planned; AI: Planned",
                    "{\"cloud\":[\"invested\",\"planned\"],\"ai\":[\"planned\"]}",
                    "Answer: a list of options per row, e.g. {cloud: [invested]}; rows: cloud (Cloud), ai (AI)"),
            new Case("x2", "{a: \"yes\", b: \"no\"}",
                    new AnswerValue.MatrixValue(Map.of("a", choice("yes"), "b", choice("no"))),
                    0.5, "A: Yes; B: No", "{\"a\":\"yes\",\"b\":\"no\"}",
                    "Answer: one option per row, e.g. {a: no}; rows: a (A), b (B), c (C)"),
            new Case("s2", "3", level(3), 0.6, "3 – L3", "3",
                    "Answer: a level"));

    /** The questions whose answers have an order, so that a thesis condition can name one as {@code atLeast}. */
    private static final Set<String> ORDERED = Set.of("s1", "c1", "b1", "s2");

    /** The same answers as a survey export, the matrices in one column per row. */
    private static final String SURVEY = """
            role,s1,c1,b1,m1,n1,n2,x1.cloud,x1.ai,x2.a,x2.b,x2.c,s2
            administration,3,some,yes,portal|fax,40,250,invested|planned,planned,yes,no,,3
            """;

    @Test
    void theFixtureHoldsEveryType() {
        assertThat(Q.questions().stream().map(Question::id)).as("a case for every question of the fixture")
                .containsExactlyElementsOf(CASES.stream().map(Case::question).toList());
        assertThat(classes(Q.questions())).as("question types in %s", QUESTIONNAIRE)
                .containsAll(List.of(Question.class.getPermittedSubclasses()));
        List<AnswerValue> values = new ArrayList<>();
        for (Case c : CASES) {
            values.add(c.value());
            if (c.value() instanceof AnswerValue.MatrixValue m) {
                values.addAll(m.rows().values());
            }
        }
        assertThat(classes(values)).as("answer types in CASES")
                .containsAll(List.of(AnswerValue.class.getPermittedSubclasses()));
        List<Object> scorings = new ArrayList<>();
        Set<Boolean> selects = new LinkedHashSet<>();
        for (Question q : Q.questions()) {
            if (q instanceof Question.Number n) {
                scorings.add(n.scoring());
            } else if (q instanceof Question.Matrix x) {
                selects.add(x.many());
            }
        }
        assertThat(classes(scorings)).as("number scorings in %s", QUESTIONNAIRE)
                .containsAll(List.of(NumberScoring.class.getPermittedSubclasses()));
        assertThat(selects).as("matrices with select one and many").containsExactlyInAnyOrder(false, true);
    }

    @Test
    void theFixtureIsValidAgainstTheSchemas() throws IOException {
        assertValid("questionnaire", new YAMLMapper().readTree(QUESTIONNAIRE.toFile()));
        assertValid("assessment", new YAMLMapper().readTree(answerFile()));
        assertValid("result", ResultJson.tree(result(), Plan.of(result()), EN));
    }

    @Test
    void answersLoadAsTheirType() {
        assertThat(values(assessment(answerFile()).answers())).containsExactlyEntriesOf(expectedValues());
    }

    @Test
    void theLongFormWithATargetLoadsAsTheShortForm() {
        List<String> lines = new ArrayList<>();
        for (Case c : CASES) {
            lines.add(c.question() + ": {value: " + c.written() + ", target: " + c.written() + ", note: why}");
        }
        Map<String, Answer> answers = assessment(Fixtures.answers(Q, null, lines.toArray(String[]::new))).answers();
        assertThat(values(answers)).containsExactlyEntriesOf(expectedValues());
        for (Case c : CASES) {
            Answer.Given given = (Answer.Given) answers.get(c.question());
            assertThat(given.target()).as(c.question()).isEqualTo(c.value());
            assertThat(given.note()).as(c.question()).isEqualTo("why");
        }
    }

    @Test
    void aConditionTakesAnAnswerAsItsBoundWhereAnswersHaveAnOrder() {
        String thesis = "- {id: integrated, title: Integrated, threshold: 50}";
        String yaml = Fixtures.read(QUESTIONNAIRE.toString());
        assertThat(yaml).contains(thesis);
        for (Case c : CASES) {
            String variant = yaml.replace(thesis, thesis.replace("}", ", conditions: [{question: " + c.question()
                    + ", atLeast: " + c.written() + "}]}"));
            if (ORDERED.contains(c.question())) {
                Condition.Bound bound = (Condition.Bound) Fixtures.questionnaire(variant).theses().get(0)
                        .conditions().get(0);
                assertThat(bound.atLeast()).as(c.question()).isEqualTo(c.value());
                assertThat(bound.score()).as("the bound scores as the answer: " + c.question())
                        .isCloseTo(c.score(), within(1e-9));
            } else {
                assertThatThrownBy(() -> QuestionnaireLoader.load("q.yaml", variant.getBytes(StandardCharsets.UTF_8)))
                        .as(c.question()).isInstanceOfSatisfying(InvalidInputException.class, e ->
                                assertThat(e.problems()).extracting(Problem::key)
                                        .containsExactly("bound.type"));
            }
        }
    }

    @Test
    void everyTypeScores() {
        Result r = result();
        for (Case c : CASES) {
            Question q = question(c.question());
            assertThat(AnswerScores.score(q, c.value())).as(c.question()).isCloseTo(c.score(), within(1e-9));
            assertThat(AnswerScores.best(q)).as("best answer to " + c.question()).isEqualTo(1.0);
            Result.QuestionResult qr = r.questions().get(Q.indexOf(c.question()));
            assertThat(qr.score()).as(c.question()).isCloseTo(c.score(), within(1e-9));
            assertThat(qr.target()).as("default target of " + c.question()).isEqualTo(1.0);
        }
    }

    @Test
    void everyTypeReadsAsText() {
        AnswerTexts texts = new AnswerTexts(EN, new NumberFormats("en"), Q);
        Map<String, Answer> answers = assessment(answerFile()).answers();
        for (Case c : CASES) {
            assertThat(texts.text(question(c.question()), answers.get(c.question()))).as(c.question())
                    .isEqualTo(c.text());
        }
    }

    @Test
    void everyTypeInTheResultJson() {
        Map<String, String> json = new LinkedHashMap<>();
        for (JsonNode q : ResultJson.tree(result(), Plan.of(result()), EN).get("questions")) {
            json.put(q.get("id").asText(), q.get("answer").toString());
        }
        Map<String, String> expected = new LinkedHashMap<>();
        CASES.forEach(c -> expected.put(c.question(), c.json()));
        assertThat(json).containsExactlyEntriesOf(expected);
    }

    @Test
    void everyTypeIsWrittenToAnAnswerFileAndReadBack() {
        Map<String, Answer> answers = assessment(answerFile()).answers();
        String written = AnswerFileWriter.write(Q, new Municipality("01", "Testdorf", null, null, null), "2026",
                new Respondent("administration", null), null, answers, null, null);
        // Jackson's emitter writes block style; the ids that YAML would read as booleans are quoted
        assertThat(written.substring(written.indexOf("answers:\n") + "answers:\n".length())).isEqualTo("""
                  s1: 3
                  c1: some
                  b1: true
                  m1:
                    - portal
                    - fax
                  n1: 40
                  n2: 250
                  x1:
                    cloud:
                      - invested
                      - planned
                    ai:
                      - planned
                  x2:
                    a: "yes"
                    b: "no"
                  s2: 3
                """);
        assertThat(assessment(written).answers()).containsExactlyEntriesOf(answers);
    }

    @Test
    void theSkeletonSaysWhatEveryTypeAllowsAndLoadsBack() {
        String skeleton = AnswerSkeleton.write(Q, EN, "2026", null, "q.schema.json", "smartregion schema assessment");
        assertThat(assessment(skeleton).answers()).as("the skeleton as written: every answer missing").isEmpty();
        List<String> lines = new ArrayList<>(skeleton.lines().toList());
        for (Case c : CASES) {
            int at = lines.indexOf("  " + c.question() + ":");
            assertThat(at).as("answer line of " + c.question()).isPositive();
            List<String> comment = new ArrayList<>();
            for (int i = at - 1; i >= 0 && lines.get(i).startsWith("  #"); i--) {
                comment.add(0, lines.get(i));
            }
            assertThat(comment).as("comment above " + c.question()).contains("  #   " + c.allowed());
            lines.set(at, lines.get(at) + " " + c.written());
        }
        String filled = String.join("\n", lines) + "\n";
        assertThat(values(assessment(filled).answers())).containsExactlyEntriesOf(expectedValues());
    }

    @Test
    void everyTypeIsImportedFromASurvey() throws InvalidInputException {
        SurveyImport.Survey survey = SurveyImport.read("survey.csv", SURVEY.getBytes(StandardCharsets.UTF_8), Q,
                SurveyImport.Mapping.NONE);
        assertThat(survey.replies()).hasSize(1);
        assertThat(survey.replies().get(0).role()).isEqualTo("administration");
        assertThat(values(survey.replies().get(0).answers())).containsExactlyEntriesOf(expectedValues());
    }

    // ----------------------------------------------------------------------------------------------- helpers

    private static String answerFile() {
        return Fixtures.answers(Q, "administration",
                CASES.stream().map(c -> c.question() + ": " + c.written()).toArray(String[]::new));
    }

    private static Assessment assessment(String yaml) {
        return Fixtures.assessment(Q, yaml);
    }

    private static Result result() {
        return Scorer.score(Q, List.of(assessment(answerFile())), Combine.MEDIAN);
    }

    private static Question question(String id) {
        return Q.questions().get(Q.indexOf(id));
    }

    private static Map<String, AnswerValue> expectedValues() {
        Map<String, AnswerValue> values = new LinkedHashMap<>();
        CASES.forEach(c -> values.put(c.question(), c.value()));
        return values;
    }

    /** The given answers' values, in questionnaire order. */
    private static Map<String, AnswerValue> values(Map<String, Answer> answers) {
        Map<String, AnswerValue> values = new LinkedHashMap<>();
        for (Question q : Q.questions()) {
            Answer a = answers.get(q.id());
            if (a != null) {
                values.put(q.id(), ((Answer.Given) a).value());
            }
        }
        return values;
    }

    private static Set<Class<?>> classes(List<?> objects) {
        return objects.stream().map(Object::getClass).collect(Collectors.toSet());
    }

    private static void assertValid(String schema, JsonNode doc) {
        Set<ValidationMessage> errors;
        try {
            errors = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7)
                    .getSchema(new ObjectMapper().readTree(Path.of("schemas", schema + ".schema.json").toFile()))
                    .validate(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertThat(errors.stream().map(ValidationMessage::getMessage).sorted().toList())
                .as("errors against %s.schema.json", schema).isEmpty();
    }

    private static AnswerValue level(double v) {
        return new AnswerValue.LevelValue(v);
    }

    private static AnswerValue choice(String id) {
        return new AnswerValue.ChoiceValue(id);
    }

    private static AnswerValue multi(String... ids) {
        return new AnswerValue.MultiValue(List.of(ids));
    }
}
