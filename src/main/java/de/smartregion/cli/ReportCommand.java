package de.smartregion.cli;

import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code smartregion report}: the yearly reports of a whole cohort, one per municipality and period, each placed
 * among the cohort and its peer group, with an index page.
 */
final class ReportCommand extends BatchCommand {

    @Mixin
    GroupByOption groupBy;

    @Option(names = "--period", paramLabel = "PERIOD", descriptionKey = "report.period")
    String period;

    @Override
    protected ExitCode execute() throws Exception {
        return new ReportRun(this).run();
    }
}
