package de.smartregion.props;

import static org.assertj.core.api.Assertions.assertThat;

import de.smartregion.answerfile.AnswerFileWriter;
import de.smartregion.input.InvalidInputException;
import de.smartregion.load.AssessmentLoader;
import de.smartregion.load.LoadedAssessment;
import de.smartregion.load.QuestionnaireRegistry;
import de.smartregion.load.QuestionnaireSource;
import de.smartregion.model.Answer;
import de.smartregion.model.AnswerValue;
import de.smartregion.model.Blank;
import de.smartregion.model.Municipality;
import de.smartregion.model.Questionnaire;
import de.smartregion.model.Respondent;
import de.smartregion.testing.Fixtures;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Every answer file the writer writes parses back to the same municipality, respondent and answers, whatever text a
 * survey cell or workbook holds: quotes, colons, hashes, line breaks, leading spaces, words YAML would read as
 * booleans, numbers or null, and characters from all over Unicode (controls aside, which the loader refuses).
 */
class AnswerFileRoundTripTest {

    private static final Questionnaire Q = Fixtures.questionnaire(Fixtures.read(
            "src/test/resources/score/all-types.yaml"));
    private static final QuestionnaireSource SOURCE = QuestionnaireSource.given(Q, new QuestionnaireRegistry());

    /** Texts as people and tools write them, and the ones YAML takes for something else. */
    @Provide
    Arbitrary<String> texts() {
        Arbitrary<String> tricky = Arbitraries.of("yes", "no", "NO", "on", "~", "null", "n/a", "0777", "1e3", ".inf",
                "- item", "key: value", "# not a comment", "'quoted'", "\"double\"", "a\nb", "line\n\nbreak\n",
                " leading", "trailing ", "tab\there", "[x]", "{y}", "&anchor", "*alias", "!tag", "%percent", "@at",
                "`back`", "|", ">", "ü ß € 漢字 🙂", "\\backslash", "CRLF\r\nline");
        Arbitrary<String> random = Arbitraries.strings().all().ofMinLength(1).ofMaxLength(40)
                .filter(s -> s.codePoints().allMatch(AnswerFileRoundTripTest::allowed))
                .filter(s -> !s.isBlank());
        return Arbitraries.oneOf(tricky, random);
    }

    /** What the loader takes in a text: no controls but line breaks and tabs, no format or unassigned characters. */
    private static boolean allowed(int cp) {
        int type = Character.getType(cp);
        boolean control = type == Character.CONTROL && cp != '\n' && cp != '\t' && cp != '\r';
        return !control && type != Character.SURROGATE && type != Character.FORMAT && type != Character.UNASSIGNED
                && type != Character.PRIVATE_USE && cp != 0x2028 && cp != 0x2029 && cp != 0x85;
    }

    @Property(tries = 300)
    void whatIsWrittenIsReadBack(@ForAll("texts") String name, @ForAll("texts") String note,
                                 @ForAll("texts") String evidence, @ForAll("texts") String respondent)
            throws InvalidInputException {
        Map<String, Answer> answers = new LinkedHashMap<>();
        answers.put("s1", new Answer.Given(new AnswerValue.LevelValue(3), new AnswerValue.LevelValue(4), note,
                evidence));
        answers.put("b1", new Answer.NotApplicable(note));
        answers.put("m1", new Answer.Given(new AnswerValue.MultiValue(List.of("portal", "app")), null, null,
                evidence));
        answers.put("n1", new Answer.Given(new AnswerValue.NumberValue(12.5), null, null, null));
        Municipality m = new Municipality("09162000", name.strip(), null, null, null);
        String written = AnswerFileWriter.write(Q, m, "2026", new Respondent(null, respondent), null, answers, note,
                null);
        LoadedAssessment back = AssessmentLoader.load("written.yaml", written.getBytes(StandardCharsets.UTF_8),
                SOURCE);
        // a name of spaces only (a no-break space, which strip keeps) is left out and shows as the id
        assertThat(back.assessment().municipality().name()).isEqualTo(Blank.blank(m.name()) ? m.id() : m.name());
        assertThat(back.assessment().respondent().name()).isEqualTo(respondent);
        assertThat(back.assessment().answers()).containsExactlyEntriesOf(answers);
    }
}
