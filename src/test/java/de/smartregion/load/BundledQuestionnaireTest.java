package de.smartregion.load;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import de.smartregion.input.InvalidInputException;
import de.smartregion.model.Field;
import de.smartregion.model.Level;
import de.smartregion.model.Municipality;
import de.smartregion.model.Option;
import de.smartregion.model.Question;
import de.smartregion.model.Questionnaire;
import de.smartregion.model.QuestionnaireRef;
import de.smartregion.model.Recommendations;
import de.smartregion.model.Row;
import de.smartregion.model.Text;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The bundled questionnaire is real content: complete, bilingual, every question bearing on a thesis. */
class BundledQuestionnaireTest {

    private final Questionnaire q = load();

    private static Questionnaire load() {
        try {
            return new QuestionnaireRegistry().find(new QuestionnaireRef("smart-region", null));
        } catch (InvalidInputException e) {
            throw new AssertionError(e.problems().toString(), e);
        }
    }

    @Test
    void theRegistryListsEveryFileInQuestionnaires() throws IOException {
        List<String> files = new ArrayList<>();
        try (Stream<Path> s = Files.list(Path.of("questionnaires"))) {
            s.forEach(p -> files.add(p.getFileName().toString().replaceFirst("\\.yaml$", "")));
        }
        assertThat(QuestionnaireRegistry.BUNDLED).containsExactlyInAnyOrderElementsOf(files);
    }

    @Test
    void coversTheRequiredFieldsWithEnoughQuestions() {
        assertThat(q.fields()).extracting(Field::id)
                .contains("administration", "health", "education", "mobility", "strategy");
        assertThat(q.questions()).hasSizeGreaterThanOrEqualTo(30);
        assertThat(q.questions()).extracting(Question::type)
                .contains("scale", "choice", "boolean", "multi", "number", "matrix");
    }

    @Test
    void everyQuestionIsBilingualAndMappedToAThesis() {
        assertThat(q.languages()).containsExactly("de", "en");
        for (Question question : q.questions()) {
            assertThat(question.basics().theses()).as(question.id()).isNotEmpty();
            assertBilingual(question.id() + " text", question.basics().text());
            assertBilingual(question.id() + " recommendation", question.basics().recommendation());
            if (question.basics().recommendations() != null) {
                for (Recommendations.Step step : question.basics().recommendations().steps()) {
                    assertBilingual(question.id() + " recommendation from " + step.atLeast(), step.text());
                }
            }
        }
    }

    /**
     * A practitioner reads every question with its help, its answers' descriptors, its recommendation and effort
     * (written, not defaulted); a duty names its basis in both languages; appliesTo names real types.
     */
    @Test
    void everyQuestionIsCompleteAndEveryDutyNamesItsBasis() throws IOException {
        JsonNode raw = new ObjectMapper(new YAMLFactory()).readTree(Path.of("questionnaires/smart-region.yaml").toFile());
        Map<String, JsonNode> written = new HashMap<>();
        raw.path("fields").forEach(f -> f.path("questions").forEach(qn -> written.put(qn.path("id").asText(), qn)));
        int duties = 0;
        for (Question question : q.questions()) {
            String id = question.id();
            assertBilingual(id + " help", question.basics().help());
            assertThat(written.get(id).has("effort")).as(id + " effort written").isTrue();
            for (Text label : descriptors(question)) {
                assertThat(label.byLanguage()).as(id + " answer descriptor " + label).containsKeys("de", "en");
            }
            assertThat(Municipality.TYPES).as(id + " appliesTo").containsAll(question.basics().appliesTo());
            if (question.basics().duty() != null) {
                duties++;
                assertBilingual(id + " duty basis", question.basics().duty().basis());
            }
        }
        assertThat(duties).as("questions with a legal minimum").isGreaterThanOrEqualTo(5);
    }

    /** No gender star, colon, gap, mediopunkt (§ 22 Abs. 5 AGO Bayern since 1 April 2024) or internal capital I in German texts. */
    @Test
    void germanTextsUsePairAndNeutralFormsOnly() throws IOException {
        Pattern genderSign = Pattern.compile("\\p{L}[*:_·]in(nen)?\\b|\\p{Ll}In(nen)?\\b");
        List<String> found = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of("questionnaires/smart-region.yaml"))) {
            Matcher m = genderSign.matcher(line);
            while (m.find()) {
                found.add(m.group());
            }
        }
        assertThat(found).isEmpty();
    }

    private static List<Text> descriptors(Question question) {
        return question.accept(new Question.Cases<>() {
            @Override
            public List<Text> scale(Question.Scale s) {
                return s.levels().stream().map(Level::label).toList();
            }

            @Override
            public List<Text> choice(Question.Choice c) {
                return c.options().stream().map(Option::label).toList();
            }

            @Override
            public List<Text> bool(Question.Bool b) {
                return List.of();
            }

            @Override
            public List<Text> multi(Question.Multi m) {
                return m.options().stream().map(Option::label).toList();
            }

            @Override
            public List<Text> number(Question.Number n) {
                return List.of();
            }

            @Override
            public List<Text> matrix(Question.Matrix x) {
                List<Text> all = new ArrayList<>(x.rows().stream().map(Row::label).toList());
                all.addAll(x.options().stream().map(Option::label).toList());
                return all;
            }
        });
    }

    private static void assertBilingual(String what, Text text) {
        assertThat(text).as(what).isNotNull();
        assertThat(text.byLanguage()).as(what).containsKeys("de", "en");
        assertThat(text.in("en", "de")).as(what).isNotEqualTo(text.in("de", "de"));
    }
}
