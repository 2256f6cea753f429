package de.smartregion.testing;

import de.smartregion.input.InvalidInputException;
import de.smartregion.load.AssessmentLoader;
import de.smartregion.load.QuestionnaireLoader;
import de.smartregion.load.QuestionnaireRegistry;
import de.smartregion.load.QuestionnaireSource;
import de.smartregion.model.Assessment;
import de.smartregion.model.Questionnaire;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Loads test questionnaires and answer files, failing the test with every problem when one is invalid. */
public final class Fixtures {

    private Fixtures() {
    }

    public static String read(String path) {
        try {
            return Files.readString(Path.of(path), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Questionnaire questionnaire(String yaml) {
        try {
            return QuestionnaireLoader.load("test-questionnaire.yaml", yaml.getBytes(StandardCharsets.UTF_8));
        } catch (InvalidInputException e) {
            throw new AssertionError("invalid test questionnaire: " + e.problems(), e);
        }
    }

    public static Assessment assessment(Questionnaire q, String yaml) {
        try {
            return AssessmentLoader.load("test-answers.yaml", yaml.getBytes(StandardCharsets.UTF_8),
                    QuestionnaireSource.given(q, new QuestionnaireRegistry())).assessment();
        } catch (InvalidInputException e) {
            throw new AssertionError("invalid test answers: " + e.problems(), e);
        }
    }

    /** An answer file for {@code q} with the given lines under {@code answers:} (each indented by two). */
    public static String answers(Questionnaire q, String role, String... answerLines) {
        StringBuilder y = new StringBuilder();
        y.append("kind: assessment\n")
                .append("questionnaire: ").append(q.id()).append('@').append(q.version()).append('\n')
                .append("municipality: {id: \"01\", name: Testdorf}\n")
                .append("period: 2026\n");
        if (role != null) {
            y.append("respondent: {role: ").append(role).append("}\n");
        }
        y.append("answers:\n");
        for (String line : answerLines) {
            y.append("  ").append(line).append('\n');
        }
        return y.toString();
    }
}
