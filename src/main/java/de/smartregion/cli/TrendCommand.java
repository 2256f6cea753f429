package de.smartregion.cli;

import de.smartregion.compare.Cohort;
import de.smartregion.compare.TrendAssembly;
import de.smartregion.load.QuestionnaireRegistry;
import de.smartregion.report.CohortNotes;
import de.smartregion.report.CsvDialect;
import de.smartregion.report.Format;
import de.smartregion.report.Note;
import de.smartregion.report.Reports;
import de.smartregion.report.Templates;
import de.smartregion.score.Combine;
import de.smartregion.text.Messages;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Mixin;

/** {@code smartregion trend}: follows municipalities across periods. */
final class TrendCommand extends BatchCommand {

    @Mixin
    CsvDialectOption csv;

    @Override
    protected ExitCode execute() throws Exception {
        List<Format> formats = report.formats(Format.TABLE);
        CsvDialect dialect = csv.dialect();
        Combine combine = report.combine();
        double minCoverage = batch.minCoverage();
        LocalDate date = report.date(parent.env());
        ReportTargets targets = report.targets(formats.size());
        BatchRun run = BatchRun.load(this, inputs, questionnaire.resolve(QuestionnaireRegistry.shared()), batch);
        Cohort cohort = Cohort.of(run.entries());
        Messages messages = Messages.of(report.reportLanguage(cohort.latestVersion()));
        TrendAssembly trend = TrendAssembly.of(cohort, combine, minCoverage);
        if (trend.trend().series().isEmpty()) {
            throw new UsageException("cli.all-below-min-coverage", CohortNotes.minimumShown(minCoverage, messages()));
        }
        List<Note> warnings = new ArrayList<>(run.warnings(messages));
        warnings.addAll(CohortNotes.belowMinimum(trend.belowMinimum(), minCoverage, messages));
        warnings.addAll(CohortNotes.of(trend, messages));
        Reports reports = new Reports(new Templates(report.templates), dialect);
        List<Reports.Rendered> rendered = new ArrayList<>();
        for (Format f : formats) {
            rendered.add(reports.render(trend.trend(), trend.questionnaires(), warnings, f, messages, date));
        }
        targets.writeAll(rendered, "trend", run.inputs(questionnaire), out(), parent.stdout());
        return run.exitCode();
    }
}
