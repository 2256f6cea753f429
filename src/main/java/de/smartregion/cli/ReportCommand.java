package de.smartregion.cli;

import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code smartregion report}: the yearly reports of a whole cohort, one per municipality and period, each placed
 * among the cohort and its peer group, with an index page.
 */
final class ReportCommand extends BaseCommand {

    @Parameters(paramLabel = "FILE|DIR", arity = "1..*", descriptionKey = "files")
    List<Path> inputs;

    @Mixin
    QuestionnaireOption questionnaire;

    @Mixin
    ReportOptions report;

    @Mixin
    BatchOptions batch;

    @Mixin
    GroupByOption groupBy;

    @Option(names = "--period", paramLabel = "PERIOD", descriptionKey = "report.period")
    String period;

    @Override
    protected String language() {
        return Languages.forMessages(report.lang, parent.env());
    }

    @Override
    protected ExitCode execute() throws Exception {
        return new ReportRun(this).run();
    }
}
