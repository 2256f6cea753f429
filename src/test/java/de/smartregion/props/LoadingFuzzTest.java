package de.smartregion.props;

import static org.assertj.core.api.Assertions.assertThat;

import de.smartregion.input.InvalidInputException;
import de.smartregion.load.AssessmentLoader;
import de.smartregion.load.QuestionnaireLoader;
import de.smartregion.load.QuestionnaireRegistry;
import de.smartregion.load.QuestionnaireSource;
import de.smartregion.model.Questionnaire;
import de.smartregion.score.Combine;
import de.smartregion.score.Scorer;
import de.smartregion.testing.Fixtures;
import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Random YAML trees, and random text, fed to the loaders and the scorer: the only way anything may fail is an
 * InvalidInputException with located problems; no other exception may escape.
 */
class LoadingFuzzTest {

    private static final Questionnaire Q = Fixtures.questionnaire(Fixtures.read(
            "src/test/resources/score/all-types.yaml"));
    private static final List<String> KEYS = List.of("kind", "questionnaire", "municipality", "id", "name",
            "period", "answers", "s1", "c1", "b1", "m1", "n1", "n2", "x1", "x2", "s2", "value", "target", "note",
            "cloud", "a", "fields", "questions", "type", "options", "levels", "theses", "weight", "stages", "from");
    private static final List<String> SCALARS = List.of("assessment", "questionnaire", "all-types@1", "\"01\"",
            "2026", "-1", "0", "0.5", "4", "7", "1e3", "yes", "no", "~", "null", "n/a", "some", "none", "portal",
            "\"yes\"", "'x'", "scale", "choice", "multi", "matrix", "integrated", "\"\"", "ü", ".inf", "0x1F");

    @Provide
    Arbitrary<String> trees() {
        return node(4).map(n -> "kind: assessment\nquestionnaire: all-types@1\nmunicipality: {id: \"01\"}\n"
                + "period: 2026\nanswers:\n" + indent(n, "  "));
    }

    private Arbitrary<String> node(int depth) {
        Arbitrary<String> scalar = Arbitraries.of(SCALARS);
        if (depth == 0) {
            return scalar;
        }
        Arbitrary<String> entry = Combinators2.entry(Arbitraries.of(KEYS), Arbitraries.lazy(() -> node(depth - 1)));
        Arbitrary<String> map = entry.list().ofMinSize(1).ofMaxSize(5).map(l -> String.join("\n", l));
        Arbitrary<String> flow = Arbitraries.of(SCALARS).list().ofMaxSize(4).map(l -> "[" + String.join(", ", l)
                + "]");
        return Arbitraries.oneOf(scalar, map, flow);
    }

    private static String indent(String block, String prefix) {
        StringBuilder out = new StringBuilder();
        for (String line : block.split("\n")) {
            out.append(prefix).append(line).append('\n');
        }
        return out.toString();
    }

    /** Entries "key: value" whose multi-line values are indented under their key. */
    private static final class Combinators2 {
        static Arbitrary<String> entry(Arbitrary<String> keys, Arbitrary<String> values) {
            return net.jqwik.api.Combinators.combine(keys, values).as((k, v) -> v.contains("\n") || v.contains(": ")
                    ? k + ":\n" + indent(v, "  ").stripTrailing() : k + ": " + v);
        }
    }

    @Property(tries = 400)
    void randomAnswerTreesLoadOrFailCleanly(@ForAll("trees") String yaml) {
        try {
            var loaded = AssessmentLoader.load("fuzz.yaml", yaml.getBytes(StandardCharsets.UTF_8),
                    QuestionnaireSource.given(Q, new QuestionnaireRegistry()));
            Scorer.score(Q, List.of(loaded.assessment()), Combine.MEDIAN);
        } catch (InvalidInputException e) {
            assertThat(e.problems()).isNotEmpty();
            e.problems().forEach(p -> assertThat(p.location().file()).isEqualTo("fuzz.yaml"));
        }
    }

    @Property(tries = 300)
    void randomQuestionnaireTreesLoadOrFailCleanly(@ForAll("trees") String yaml) {
        String questionnaire = yaml.replace("kind: assessment", "kind: questionnaire")
                .replace("answers:", "fields:");
        try {
            QuestionnaireLoader.load("fuzz.yaml", questionnaire.getBytes(StandardCharsets.UTF_8));
        } catch (InvalidInputException e) {
            assertThat(e.problems()).isNotEmpty();
        }
    }

    @Property(tries = 300)
    void randomTextLoadsOrFailsCleanly(@ForAll("text") String text) {
        try {
            AssessmentLoader.load("fuzz.yaml", text.getBytes(StandardCharsets.UTF_8),
                    QuestionnaireSource.given(Q, new QuestionnaireRegistry()));
        } catch (InvalidInputException e) {
            assertThat(e.problems()).isNotEmpty();
        }
    }

    @Provide
    Arbitrary<String> text() {
        return Arbitraries.strings().withChars("kinds: assment\n -[]{},:'\"#&*!|>%@`?~012.\t\\ü")
                .ofMaxLength(200);
    }
}
