package de.smartregion.load;

import static org.assertj.core.api.Assertions.assertThat;

import de.smartregion.input.InvalidInputException;
import de.smartregion.model.Field;
import de.smartregion.model.Question;
import de.smartregion.model.Questionnaire;
import de.smartregion.model.QuestionnaireRef;
import de.smartregion.model.Text;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
        }
    }

    private static void assertBilingual(String what, Text text) {
        assertThat(text).as(what).isNotNull();
        assertThat(text.byLanguage()).as(what).containsKeys("de", "en");
        assertThat(text.in("en", "de")).as(what).isNotEqualTo(text.in("de", "de"));
    }
}
