package de.smartregion.cli;

import de.smartregion.compare.Cohort;
import de.smartregion.compare.CohortRow;
import de.smartregion.compare.Comparison;
import de.smartregion.compare.GroupBy;
import de.smartregion.compare.Snapshot;
import de.smartregion.load.QuestionnaireRegistry;
import de.smartregion.model.Questionnaire;
import de.smartregion.report.CohortNotes;
import de.smartregion.report.CsvDialect;
import de.smartregion.report.Format;
import de.smartregion.report.GateTexts;
import de.smartregion.report.Note;
import de.smartregion.report.Reports;
import de.smartregion.report.Templates;
import de.smartregion.score.Combine;
import de.smartregion.score.Gate;
import de.smartregion.text.Messages;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code smartregion compare}: ranks and benchmarks many municipalities. */
final class CompareCommand extends BatchCommand {

    @Mixin
    CsvDialectOption csv;

    @Mixin
    GateOptions gates;

    @Mixin
    GroupByOption groupBy;

    @Option(names = "--normalize", paramLabel = "none|minmax", defaultValue = "none",
            descriptionKey = "compare.normalize")
    String normalize;

    @Option(names = "--period", paramLabel = "PERIOD", descriptionKey = "compare.period")
    String period;

    @Override
    protected ExitCode execute() throws Exception {
        List<Format> formats = report.formats(Format.TABLE);
        CsvDialect dialect = csv.dialect();
        GroupBy groups = groupBy.groupBy();
        boolean minmax = minmax();
        Combine combine = report.combine();
        Gate gate = gates.gate();
        double minCoverage = batch.minCoverage();
        LocalDate date = report.date(parent.env());
        ReportTargets targets = report.targets(formats.size());
        BatchRun run = BatchRun.load(this, inputs, questionnaire.resolve(QuestionnaireRegistry.shared()), batch);
        Cohort cohort = Cohort.of(run.entries());
        Messages messages = Messages.of(report.reportLanguage(cohort.commonQuestionnaire()));
        List<Note> warnings = new ArrayList<>();
        if (minmax) {
            warnings.add(CohortNotes.normalized(messages));
            // CSV has no place for it, so the terminal always gets it too, in the terminal's language
            err().println(messages().get("compare.normalized"));
        }
        warnings.addAll(run.warnings(messages));
        Snapshot snapshot = cohort.snapshot(period, combine, minCoverage, batch.threads(), null);
        if (snapshot.rows().isEmpty() && !snapshot.belowMinimum().isEmpty()) {
            throw new UsageException("cli.all-below-min-coverage", CohortNotes.minimumShown(minCoverage, messages()));
        }
        if (snapshot.rows().isEmpty()) {
            throw new UsageException("cli.compare.empty", period == null ? "" : period);
        }
        warnings.addAll(CohortNotes.belowMinimum(snapshot.belowMinimum(), minCoverage, messages));
        warnings.addAll(CohortNotes.of(snapshot, messages));
        Comparison comparison = snapshot.compare(groups, minmax);
        Map<String, Gate.Verdict> verdicts = snapshot.verdicts(gate);
        Reports reports = new Reports(new Templates(report.templates), dialect);
        List<Reports.Rendered> rendered = new ArrayList<>();
        for (Format f : formats) {
            rendered.add(reports.render(comparison, warnings, verdicts, f, messages, date));
        }
        targets.writeAll(rendered, "comparison", run.inputs(questionnaire), out(), parent.stdout());
        ExitCode code = run.exitCode();
        if (!passedOrNamedFailures(snapshot, verdicts, messages)) {
            return code == ExitCode.OK ? ExitCode.GATE_FAILED : code;
        }
        return code;
    }

    private boolean minmax() throws UsageException {
        if (!normalize.equals("none") && !normalize.equals("minmax")) {
            throw new UsageException("cli.normalize-unknown", normalize);
        }
        return normalize.equals("minmax");
    }

    /**
     * Whether every municipality passed the gate; each that did not is named on the terminal with its reasons, in
     * the report's language as assess's lines are.
     */
    private boolean passedOrNamedFailures(Snapshot snapshot, Map<String, Gate.Verdict> verdicts, Messages messages) {
        Questionnaire q = snapshot.questionnaire();
        Terminal terminal = Terminal.of(parent.env());
        int failed = 0;
        for (CohortRow row : snapshot.rows()) {
            Gate.Verdict v = verdicts.get(row.id());
            if (v != null && !v.passed()) {
                Summary.gateFailed(this, terminal, messages, row.municipality().name(), row.id(), row.period(),
                        GateTexts.line(v, messages, q, messages.language()));
                failed++;
            }
        }
        if (failed > 0) {
            err().println(terminal.red(messages.get("cli.compare-gate-failed", failed, snapshot.rows().size())));
        }
        return failed == 0;
    }
}
