package de.smartregion.cli;

import de.smartregion.compare.Trend;
import de.smartregion.input.InvalidInputException;
import de.smartregion.input.Location;
import de.smartregion.input.Problem;
import de.smartregion.load.QuestionnaireRegistry;
import de.smartregion.load.QuestionnaireSource;
import de.smartregion.model.Question;
import de.smartregion.model.Questionnaire;
import de.smartregion.report.Format;
import de.smartregion.report.Note;
import de.smartregion.report.Reports;
import de.smartregion.report.Templates;
import de.smartregion.score.Combine;
import de.smartregion.text.Messages;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** {@code smartregion trend}: follows municipalities across periods. */
final class TrendCommand extends BatchCommand {


    @Override
    protected ExitCode execute() throws Exception {
        List<Format> formats = report.formats(Format.TABLE);
        Combine combine = report.combine();
        LocalDate date = report.date(parent.env());
        ReportTargets targets = report.targets(formats.size());
        QuestionnaireSource source = questionnaire.resolve(QuestionnaireRegistry.shared());
        BatchRun run = BatchRun.load(this, inputs, source, batch);
        List<Questionnaire> questionnaires = Cohort.questionnaires(run.entries());
        questionnaires.sort((a, b) -> a.version().compareTo(b.version()));
        Questionnaire latest = questionnaires.get(questionnaires.size() - 1);
        Messages messages = Messages.of(report.reportLanguage(latest));
        List<Note> warnings = new ArrayList<>(run.warnings(messages));
        List<Trend.Series> series = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        for (Map.Entry<String, TreeMap<String, List<Batch.Entry>>> m : Cohort.byMunicipality(run.entries())
                .entrySet()) {
            List<Batch.Entry> all = new ArrayList<>();
            m.getValue().values().forEach(all::addAll);
            List<Questionnaire> versions = Cohort.questionnaires(all);
            Set<String> shared = versions.size() > 1 ? sharedQuestions(versions) : null;
            Batch.Entry any = m.getValue().firstEntry().getValue().get(0);
            String name = any.municipality().name() + " (" + any.municipality().id() + ")";
            if (shared != null) {
                List<String> names = new ArrayList<>();
                for (Questionnaire q : versions) {
                    names.add(q.toString());
                }
                warnings.add(new Note("versions", messages.get("trend.versions", name, String.join(", ", names),
                        shared.size())));
            }
            List<Trend.Point> points = new ArrayList<>();
            Trend.Point previous = null;
            for (Map.Entry<String, List<Batch.Entry>> p : m.getValue().entrySet()) {
                Questionnaire q = p.getValue().get(0).questionnaire();
                if (p.getValue().stream().anyMatch(e -> e.questionnaire() != q)) {
                    problems.add(new Problem(Location.of(p.getValue().get(0).file().toString()),
                            "trend.mixed-period", List.of(name, p.getKey(), versionsOf(p.getValue()))));
                    continue;
                }
                previous = Trend.point(Cohort.score(q, p.getValue(), combine, shared), previous);
                points.add(previous);
            }
            series.add(new Trend.Series(any.municipality(), points));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        Trend trend = new Trend(series);
        Reports reports = new Reports(new Templates(report.templates));
        List<Reports.Rendered> rendered = new ArrayList<>();
        for (Format f : formats) {
            rendered.add(reports.render(trend, questionnaires, warnings, f, messages, date));
        }
        targets.writeAll(rendered, "trend", run.inputs(questionnaire), out(), parent.stdout());
        return run.exitCode();
    }

    private static Set<String> sharedQuestions(List<Questionnaire> versions) {
        Set<String> shared = null;
        for (Questionnaire q : versions) {
            Set<String> ids = new LinkedHashSet<>();
            for (Question question : q.questions()) {
                ids.add(question.id());
            }
            if (shared == null) {
                shared = ids;
            } else {
                shared.retainAll(ids);
            }
        }
        return shared;
    }

    private static String versionsOf(List<Batch.Entry> entries) {
        Set<String> names = new LinkedHashSet<>();
        for (Batch.Entry e : entries) {
            names.add(e.questionnaire().toString());
        }
        return String.join(", ", names);
    }
}
