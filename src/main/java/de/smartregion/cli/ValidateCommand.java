package de.smartregion.cli;

import de.smartregion.input.InvalidInputException;
import de.smartregion.input.Problem;
import de.smartregion.load.Inputs;
import de.smartregion.load.LoadedAssessment;
import de.smartregion.load.QuestionnaireRegistry;
import de.smartregion.load.QuestionnaireSource;
import de.smartregion.model.Assessment;
import de.smartregion.model.Questionnaire;
import de.smartregion.model.Respondent;
import de.smartregion.model.Result;
import de.smartregion.score.Combine;
import de.smartregion.score.Responses;
import de.smartregion.score.Scorer;
import de.smartregion.text.Messages;
import de.smartregion.text.NumberFormats;
import de.smartregion.text.UserText;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/**
 * {@code smartregion validate}: checks questionnaires and answer files, reporting every problem; a directory stands
 * for every YAML file below it.
 */
final class ValidateCommand extends BaseCommand {

    @Parameters(paramLabel = "FILE|DIR", arity = "1..*", descriptionKey = "validate.files")
    List<Path> files;

    @Mixin
    QuestionnaireOption questionnaire;

    @Override
    protected ExitCode execute() throws Exception {
        Messages messages = messages();
        QuestionnaireRegistry registry = QuestionnaireRegistry.shared();
        QuestionnaireSource source = questionnaire.resolve(registry);
        boolean allValid = true;
        for (Path file : expand(messages)) {
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

    /**
     * The files as given, with every YAML file below each directory: answer files and questionnaires are checked,
     * an import map is named and left to import, which checks it against its survey.
     */
    private List<Path> expand(Messages messages) throws UsageException {
        List<Path> expanded = new ArrayList<>();
        for (Path file : files) {
            if (!Files.isDirectory(file)) {
                expanded.add(file);
                continue;
            }
            List<Path> found = AnswerFiles.yamlBelow(file);
            if (found.isEmpty()) {
                throw new UsageException("cli.no-yaml-files", file.toString());
            }
            for (Path f : found) {
                if ("mapping".equals(AnswerFiles.kind(f))) {
                    out().println(messages.get("cli.validate.map-skipped", UserText.visible(f.toString())));
                } else {
                    expanded.add(f);
                }
            }
        }
        return expanded;
    }

    /**
     * What the file holds, its names quoted as any user value is: they come from the file. For answers, how much of
     * what the file is asked is answered, counted as the report counts it: questions that do not apply to the
     * municipality's type, n/a answers and questions not asked of the respondent's role leave the count.
     */
    private static String describe(Inputs.Loaded loaded, Messages messages) {
        if (loaded instanceof Inputs.OfQuestionnaire q) {
            return messages.get("cli.kind.questionnaire", UserText.shown(q.questionnaire()),
                    q.questionnaire().questions().size());
        }
        LoadedAssessment file = ((Inputs.OfAssessment) loaded).assessment();
        Assessment a = file.assessment();
        // the file scored as the one respondent it is, without the impacts a report needs; inline, as a method's
        // signature would cost a class on every command's start-up (picocli reflects over the command)
        Questionnaire q = file.questionnaire();
        String role = a.respondent() == null ? null : a.respondent().role();
        Result.Overall o = Scorer.score(q, Scorer.municipality(q, List.of(a.municipality()),
                        Collections.singletonList(role)), a.period(),
                List.of(a.respondent() != null ? a.respondent() : new Respondent(null, null)),
                List.of(Responses.of(q, a)), Combine.MEDIAN).overall();
        if (o.coverage() == null) {
            return messages.get("cli.kind.assessment.none-applicable", UserText.shown(a.municipality().name()),
                    UserText.shown(a.period()));
        }
        NumberFormats numbers = new NumberFormats(messages.language());
        return messages.get("cli.kind.assessment.coverage", UserText.shown(a.municipality().name()),
                UserText.shown(a.period()), numbers.percent(o.coverage(), messages.get("format.percent")),
                o.answered(), o.applicable());
    }
}
