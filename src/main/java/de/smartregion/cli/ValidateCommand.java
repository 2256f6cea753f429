package de.smartregion.cli;

import de.smartregion.input.InvalidInputException;
import de.smartregion.input.Problem;
import de.smartregion.load.Inputs;
import de.smartregion.load.QuestionnaireRegistry;
import de.smartregion.load.QuestionnaireSource;
import de.smartregion.model.Assessment;
import de.smartregion.text.Messages;
import de.smartregion.text.UserText;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code smartregion validate}: checks questionnaires and answer files, reporting every problem. */
final class ValidateCommand extends BaseCommand {

    @Parameters(paramLabel = "FILE", arity = "1..*", descriptionKey = "validate.files")
    List<Path> files;

    @Mixin
    QuestionnaireOption questionnaire;

    @Override
    protected ExitCode execute() throws Exception {
        Messages messages = messages();
        QuestionnaireRegistry registry = QuestionnaireRegistry.shared();
        QuestionnaireSource source = questionnaire.resolve(registry);
        boolean allValid = true;
        for (Path file : files) {
            try {
                Inputs.Loaded loaded = file.toString().equals("-")
                        ? Inputs.any(Inputs.STDIN, Inputs.read(parent.stdin()), source) : Inputs.any(file, source);
                out().println(messages.get("cli.ok", UserText.visible(file.toString()), describe(loaded, messages)));
                if (loaded instanceof Inputs.OfAssessment a) {
                    for (Problem w : a.warnings()) {
                        err().println(w.location() + ": " + messages.get(w.key(), w.args()));
                    }
                }
            } catch (InvalidInputException e) {
                printProblems(e, messages);
                allValid = false;
            }
        }
        out().flush();
        return allValid ? ExitCode.OK : ExitCode.INVALID_INPUT;
    }

    /** What the file holds, its names quoted as any user value is: they come from the file. */
    private static String describe(Inputs.Loaded loaded, Messages messages) {
        if (loaded instanceof Inputs.OfQuestionnaire q) {
            return messages.get("cli.kind.questionnaire", UserText.shown(q.questionnaire()),
                    q.questionnaire().questions().size());
        }
        Assessment a = ((Inputs.OfAssessment) loaded).assessment().assessment();
        return messages.get("cli.kind.assessment", UserText.shown(a.municipality().name()),
                UserText.shown(a.period()));
    }
}
