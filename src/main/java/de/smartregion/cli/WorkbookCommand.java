package de.smartregion.cli;

import de.smartregion.answerfile.WorkbookWriter;
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
        FillIn form = FillIn.resolve("workbook", questionnaire, lang, period, role);
        if (Output.isStdout(output)) {
            // a workbook is binary: on a terminal it is noise, and a pipe rarely wants it
            throw new UsageException("cli.workbook-stdout");
        }
        FillIn.refuseToReplace(output, force);
        Output.write(output, WorkbookWriter.write(form.questionnaire(), form.messages(), form.period(), form.role()));
        return ExitCode.OK;
    }
}
