package de.smartregion.cli;

import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
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

    /**
     * -o takes a directory only here, so its label says DIR, not the shared option's FILE|DIR; the option stays the
     * shared one, bound to the same field, in its place among the others.
     */
    static void labelOutput(CommandSpec spec) {
        OptionSpec output = spec.findOption("--output");
        ParamLabels.relabel(spec, arg -> arg == output ? "DIR" : arg.paramLabel());
    }

    @Override
    protected ExitCode execute() throws Exception {
        return new ReportRun(this).run();
    }
}
