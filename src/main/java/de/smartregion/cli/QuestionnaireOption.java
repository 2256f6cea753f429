package de.smartregion.cli;

import de.smartregion.load.InvalidInputException;
import de.smartregion.load.Inputs;
import de.smartregion.load.Location;
import de.smartregion.load.Problem;
import de.smartregion.load.QuestionnaireRegistry;
import de.smartregion.load.QuestionnaireSource;
import de.smartregion.load.Suggest;
import de.smartregion.model.Questionnaire;
import de.smartregion.model.QuestionnaireRef;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Option;

/** The option {@code -q ID|FILE}, shared by the commands that read answer files, and what it resolves to. */
final class QuestionnaireOption {

    @Option(names = {"-q", "--questionnaire"}, paramLabel = "ID|FILE", descriptionKey = "questionnaire")
    String value;

    /** The questionnaire file given with -q, or null when -q is absent or names a bundled id. */
    Path file() {
        return value != null && isFile(value) ? Path.of(value) : null;
    }

    private static boolean isFile(String value) {
        return Files.exists(Path.of(value)) || value.endsWith(".yaml") || value.endsWith(".yml");
    }

    /** Where the questionnaires of the answer files come from: the one given with -q, else the bundled ones. */
    QuestionnaireSource resolve(QuestionnaireRegistry registry) throws InvalidInputException {
        if (value == null) {
            return QuestionnaireSource.bundled(registry);
        }
        if (isFile(value)) {
            return QuestionnaireSource.given(Inputs.questionnaire(Path.of(value)), registry);
        }
        QuestionnaireRef ref = QuestionnaireRef.parse(value);
        Questionnaire q = registry.find(ref);
        if (q == null) {
            String nearest = Suggest.nearest(ref.id(), registry.ids());
            throw new InvalidInputException(List.of(nearest == null
                    ? new Problem(Location.of("-q " + value), "questionnaire.unknown", List.of(ref.id()))
                    : new Problem(Location.of("-q " + value), "questionnaire.unknown.suggest",
                            List.of(ref.id(), nearest))));
        }
        if (!ref.matches(q.id(), q.version())) {
            throw new InvalidInputException(List.of(new Problem(Location.of("-q " + value), "questionnaire.version.option",
                    List.of(ref.toString(), q.version()))));
        }
        return QuestionnaireSource.given(q, registry);
    }
}
