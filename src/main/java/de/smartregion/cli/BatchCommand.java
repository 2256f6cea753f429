package de.smartregion.cli;

import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/**
 * What compare, trend and report share: many answer files or folders, their questionnaire, reports and batch
 * options.
 */
abstract class BatchCommand extends BaseCommand {

    @Parameters(paramLabel = "FILE|DIR", arity = "1..*", descriptionKey = "files")
    List<Path> inputs;

    @Mixin
    QuestionnaireOption questionnaire;

    @Mixin
    ReportOptions report;

    @Mixin
    BatchOptions batch;

    @Override
    protected String language() {
        return Languages.forMessages(report.lang, parent.env());
    }
}
