package de.smartregion.cli;

import de.smartregion.input.InvalidInputException;
import de.smartregion.input.Location;
import de.smartregion.input.Problem;
import de.smartregion.input.Suggest;
import de.smartregion.load.Inputs;
import de.smartregion.load.QuestionnaireRegistry;
import de.smartregion.load.QuestionnaireSource;
import de.smartregion.model.Questionnaire;
import de.smartregion.model.QuestionnaireRef;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/**
 * The option {@code -q ID|FILE}, shared by the commands that read answer files. It may be given several times, so
 * that a trend can follow answer files of several questionnaire versions.
 */
final class QuestionnaireOption {

    @Option(names = {"-q", "--questionnaire"}, paramLabel = "ID|FILE", descriptionKey = "questionnaire")
    List<String> values = new ArrayList<>();

    /** The questionnaire files given with -q; none when -q is absent or names bundled ids. */
    List<Path> files() {
        List<Path> files = new ArrayList<>();
        for (String value : values) {
            if (isFile(value)) {
                files.add(Path.of(value));
            }
        }
        return files;
    }

    private static boolean isFile(String value) {
        return Files.exists(Path.of(value)) || value.endsWith(".yaml") || value.endsWith(".yml");
    }

    /** Where the questionnaires of the answer files come from: those given with -q, else the bundled ones. */
    QuestionnaireSource resolve(QuestionnaireRegistry registry) throws InvalidInputException {
        List<Questionnaire> given = new ArrayList<>();
        for (String value : values) {
            given.add(isFile(value) ? Inputs.questionnaire(Path.of(value)) : bundled(value, registry));
        }
        return given.isEmpty() ? QuestionnaireSource.bundled(registry) : QuestionnaireSource.given(given, registry);
    }

    private static Questionnaire bundled(String value, QuestionnaireRegistry registry) throws InvalidInputException {
        QuestionnaireRef ref = QuestionnaireRef.parse(value);
        Questionnaire q = registry.find(ref);
        Location at = Location.of("-q " + value);
        if (q == null) {
            String nearest = Suggest.nearest(ref.id(), registry.ids());
            throw new InvalidInputException(List.of(nearest == null
                    ? new Problem(at, "questionnaire.unknown", List.of(ref.id()))
                    : new Problem(at, "questionnaire.unknown.suggest", List.of(ref.id(), nearest))));
        }
        if (!ref.matches(q.id(), q.version())) {
            throw new InvalidInputException(List.of(new Problem(at, "questionnaire.version.option",
                    List.of(ref.toString(), q.version()))));
        }
        return q;
    }
}
