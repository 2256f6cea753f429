package de.smartregion.cli;

import de.smartregion.compare.CohortRow;
import de.smartregion.compare.Comparison;
import de.smartregion.compare.GroupBy;
import de.smartregion.load.QuestionnaireRegistry;
import de.smartregion.load.QuestionnaireSource;
import de.smartregion.model.Questionnaire;
import de.smartregion.report.Format;
import de.smartregion.report.Messages;
import de.smartregion.report.Note;
import de.smartregion.report.Reports;
import de.smartregion.report.Templates;
import de.smartregion.score.Combine;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code smartregion compare}: ranks and benchmarks many municipalities. */
@Command(name = "compare", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        resourceBundle = "de.smartregion.cli.help", usageHelpAutoWidth = true)
final class CompareCommand extends BaseCommand {

    @Parameters(paramLabel = "FILE|DIR", arity = "1..*", descriptionKey = "compare.files")
    List<Path> inputs;

    @Mixin
    QuestionnaireOption questionnaire;

    @Mixin
    ReportOptions report;

    @Mixin
    BatchOptions batch;

    @Option(names = "--group-by", paramLabel = "state|size|type", descriptionKey = "compare.group-by")
    String groupBy;

    @Option(names = "--normalize", paramLabel = "none|minmax", defaultValue = "none",
            descriptionKey = "compare.normalize")
    String normalize;

    @Option(names = "--period", paramLabel = "PERIOD", descriptionKey = "compare.period")
    String period;

    @Override
    protected String language() {
        return Languages.forMessages(report.lang, parent.env());
    }

    @Override
    protected ExitCode execute() throws Exception {
        List<Format> formats = report.formats(Format.TABLE);
        GroupBy groups = null;
        if (groupBy != null && (groups = GroupBy.parse(groupBy)) == null) {
            throw new UsageException("cli.group-by-unknown", groupBy);
        }
        if (!normalize.equals("none") && !normalize.equals("minmax")) {
            throw new UsageException("cli.normalize-unknown", normalize);
        }
        Combine combine = report.combine();
        LocalDate date = report.date(parent.env());
        ReportTargets targets = report.targets(formats.size());
        QuestionnaireSource source = questionnaire.resolve(new QuestionnaireRegistry());
        BatchRun run = BatchRun.load(this, inputs, source, batch);
        Questionnaire q = Cohort.commonQuestionnaire(run.entries());
        Messages messages = Messages.of(report.reportLanguage(q));
        List<Note> warnings = new ArrayList<>();
        if (normalize.equals("minmax")) {
            Note note = new Note("normalized", messages.get("compare.normalized"));
            warnings.add(note);
            // CSV has no place for it, so the terminal always gets it too
            err().println(note.message());
        }
        warnings.addAll(run.warnings(messages));
        List<CohortRow> rows = new ArrayList<>();
        int older = 0;
        for (Map.Entry<String, TreeMap<String, List<Batch.Entry>>> m : Cohort.byMunicipality(run.entries())
                .entrySet()) {
            TreeMap<String, List<Batch.Entry>> periods = m.getValue();
            String chosen = period != null ? (periods.containsKey(period) ? period : null) : periods.lastKey();
            for (Map.Entry<String, List<Batch.Entry>> p : periods.entrySet()) {
                if (!p.getKey().equals(chosen)) {
                    older += period == null ? p.getValue().size() : 0;
                }
            }
            if (chosen != null) {
                CohortRow row = CohortRow.of(Cohort.score(q, periods.get(chosen), combine));
                if (Double.isNaN(row.overall())) {
                    warnings.add(new Note("no-score", messages.get("compare.no-score",
                            row.municipality().name() + " (" + row.id() + ")")));
                }
                rows.add(row);
            }
        }
        if (older > 0) {
            warnings.add(new Note("older-periods", messages.get("compare.older-periods", older)));
        }
        if (rows.isEmpty()) {
            throw new UsageException("cli.compare.empty", period == null ? "" : period);
        }
        Comparison comparison = Comparison.of(q, rows, groups, normalize.equals("minmax"));
        Reports reports = new Reports(new Templates(report.templates));
        List<Reports.Rendered> rendered = new ArrayList<>();
        for (Format f : formats) {
            rendered.add(reports.render(comparison, warnings, f, messages, date));
        }
        targets.writeAll(rendered, "comparison", run.inputs(questionnaire), out(), parent.stdout());
        return run.exitCode();
    }
}
