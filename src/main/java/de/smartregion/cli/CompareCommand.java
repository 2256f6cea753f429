package de.smartregion.cli;

import de.smartregion.compare.CohortRow;
import de.smartregion.compare.Comparison;
import de.smartregion.compare.GroupBy;
import de.smartregion.load.QuestionnaireRegistry;
import de.smartregion.load.QuestionnaireSource;
import de.smartregion.model.Questionnaire;
import de.smartregion.report.Format;
import de.smartregion.report.GateTexts;
import de.smartregion.report.Note;
import de.smartregion.report.Reports;
import de.smartregion.report.Templates;
import de.smartregion.score.Combine;
import de.smartregion.score.Gate;
import de.smartregion.text.Messages;
import de.smartregion.text.UserText;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code smartregion compare}: ranks and benchmarks many municipalities. */
final class CompareCommand extends BatchCommand {


    @Mixin
    GateOptions gates;

    @Option(names = "--group-by", paramLabel = "state|size|type", descriptionKey = "compare.group-by")
    String groupBy;

    @Option(names = "--normalize", paramLabel = "none|minmax", defaultValue = "none",
            descriptionKey = "compare.normalize")
    String normalize;

    @Option(names = "--period", paramLabel = "PERIOD", descriptionKey = "compare.period")
    String period;

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
        Gate gate = gates.gate();
        LocalDate date = report.date(parent.env());
        ReportTargets targets = report.targets(formats.size());
        QuestionnaireSource source = questionnaire.resolve(QuestionnaireRegistry.shared());
        BatchRun run = BatchRun.load(this, inputs, source, batch);
        Questionnaire q = Cohort.commonQuestionnaire(run.entries());
        Messages messages = Messages.of(report.reportLanguage(q));
        List<Note> warnings = new ArrayList<>();
        if (normalize.equals("minmax")) {
            Note note = new Note("normalized", messages.get("compare.normalized"));
            warnings.add(note);
            // CSV has no place for it, so the terminal always gets it too, in the terminal's language
            err().println(messages().get("compare.normalized"));
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
                if (row.overall() == null) {
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
        Map<String, Gate.Verdict> verdicts = new java.util.LinkedHashMap<>();
        if (gate.active()) {
            // gates judge the scores themselves, never min-max rescaled ones
            for (CohortRow row : rows) {
                verdicts.put(row.id(), gate.check(row.overall(),
                        q.scoring().rounding(), GateOptions.unmet(q, row.theses(), messages)));
            }
        }
        Reports reports = new Reports(new Templates(report.templates));
        List<Reports.Rendered> rendered = new ArrayList<>();
        for (Format f : formats) {
            rendered.add(reports.render(comparison, warnings, verdicts, f, messages, date));
        }
        targets.writeAll(rendered, "comparison", run.inputs(questionnaire), out(), parent.stdout());
        ExitCode code = run.exitCode();
        List<String> failed = new ArrayList<>();
        for (CohortRow row : rows) {
            Gate.Verdict v = verdicts.get(row.id());
            if (v != null && !v.passed()) {
                failed.add(UserText.shown(row.municipality().name()) + " ("
                        + UserText.visible(GateTexts.line(v, messages(), q.scoring().rounding())) + ")");
            }
        }
        if (!failed.isEmpty()) {
            String shown = String.join("; ", failed.subList(0, Math.min(5, failed.size())))
                    + (failed.size() > 5 ? "; …" : "");
            err().println(Terminal.of(parent.env()).red(messages().get("cli.compare-gate-failed", failed.size(),
                    rows.size(), shown)));
            return code == ExitCode.OK ? ExitCode.GATE_FAILED : code;
        }
        return code;
    }
}
