package de.smartregion.cli;

import de.smartregion.answerfile.WorkbookWriter;
import de.smartregion.load.AssessmentLoader;
import de.smartregion.load.QuestionnaireRegistry;
import de.smartregion.load.QuestionnaireSource;
import de.smartregion.model.Questionnaire;
import de.smartregion.model.QuestionnaireRef;
import de.smartregion.model.Role;
import de.smartregion.text.Language;
import de.smartregion.text.Messages;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code smartregion workbook}: an XLSX workbook for a respondent to fill in, imported back with {@code import}. */
final class WorkbookCommand extends BaseCommand {

    @Mixin
    QuestionnaireOption questionnaire;

    @Option(names = "--lang", paramLabel = "LANG", descriptionKey = "workbook.lang")
    String lang;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE.xlsx", required = true, descriptionKey = "workbook.output")
    String output;

    @Option(names = "--force", descriptionKey = "workbook.force")
    boolean force;

    @Option(names = "--period", paramLabel = "PERIOD", descriptionKey = "workbook.period")
    String period;

    @Option(names = "--role", paramLabel = "ROLE", descriptionKey = "workbook.role")
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
            throw new UsageException("cli.one-questionnaire", "workbook");
        }
        Questionnaire q = source.explicit() != null ? source.explicit()
                : registry.find(new QuestionnaireRef(InitCommand.DEFAULT_QUESTIONNAIRE, null));
        String language = lang != null ? lang : q.defaultLanguage();
        if (Language.of(language) == null) {
            throw new UsageException("cli.lang-unsupported", language, Language.codes());
        }
        if (Output.isStdout(output)) {
            // a workbook is binary: on a terminal it is noise, and a pipe rarely wants it
            throw new UsageException("cli.workbook-stdout");
        }
        if (Files.isRegularFile(Path.of(output)) && !force) {
            // the file may be a respondent's half-filled workbook: never replace it unasked
            throw new UsageException("cli.init-exists", output);
        }
        if (period != null && !AssessmentLoader.isPeriod(period)) {
            throw new UsageException("cli.period-invalid", period);
        }
        String p = period != null ? period : Integer.toString(LocalDate.now(ZoneOffset.UTC).getYear());
        Role r = RoleOption.respondent(q, role);
        Output.write(output, WorkbookWriter.write(q, Messages.of(language), p, r));
        return ExitCode.OK;
    }
}
