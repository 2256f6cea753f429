package de.smartregion.cli;

import de.smartregion.answerfile.AnswerSkeleton;
import de.smartregion.load.AssessmentLoader;
import de.smartregion.load.QuestionnaireRegistry;
import de.smartregion.load.QuestionnaireSource;
import de.smartregion.model.Questionnaire;
import de.smartregion.model.QuestionnaireRef;
import de.smartregion.text.Language;
import de.smartregion.text.Messages;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;

/** {@code smartregion init}: an answer-file skeleton with every question as comments. */
final class InitCommand extends BaseCommand {

    /** The questionnaire a skeleton is for when -q is not given. */
    static final String DEFAULT_QUESTIONNAIRE = "smart-region";

    @Mixin
    QuestionnaireOption questionnaire;

    @Option(names = "--lang", paramLabel = "LANG", descriptionKey = "init.lang")
    String lang;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", descriptionKey = "init.output")
    String output;

    @Option(names = "--force", descriptionKey = "init.force")
    boolean force;

    @Option(names = "--period", paramLabel = "PERIOD", descriptionKey = "init.period")
    String period;

    @Option(names = "--role", paramLabel = "ROLE", descriptionKey = "init.role")
    String role;

    @Override
    protected String language() {
        return Languages.forMessages(lang, parent.env());
    }

    @Override
    protected ExitCode execute() throws Exception {
        QuestionnaireRegistry registry = QuestionnaireRegistry.shared();
        QuestionnaireSource source = questionnaire.resolve(registry);
        if (questionnaire.values.size() > 1) {
            throw new UsageException("cli.one-questionnaire", "init");
        }
        Questionnaire q = source.explicit() != null ? source.explicit()
                : registry.find(new QuestionnaireRef(DEFAULT_QUESTIONNAIRE, null));
        String language = lang != null ? lang : q.defaultLanguage();
        if (Language.of(language) == null) {
            throw new UsageException("cli.lang-unsupported", language, Language.codes());
        }
        if (!Output.isStdout(output) && Files.isRegularFile(Path.of(output)) && !force) {
            // the file may be an analyst's half-filled answers: never replace it unasked
            throw new UsageException("cli.init-exists", output);
        }
        // the loader's own rule: a skeleton that would not validate is refused before it is written
        if (period != null && !AssessmentLoader.isPeriod(period)) {
            throw new UsageException("cli.period-invalid", period);
        }
        String p = period != null ? period : Integer.toString(LocalDate.now(ZoneOffset.UTC).getYear());
        Output.write(output, AnswerSkeleton.write(q, Messages.of(language), p, RoleOption.respondent(q, role)), out());
        return ExitCode.OK;
    }
}
