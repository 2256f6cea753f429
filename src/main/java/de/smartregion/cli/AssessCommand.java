package de.smartregion.cli;

import de.smartregion.compare.Standing;
import de.smartregion.input.InvalidInputException;
import de.smartregion.input.Problem;
import de.smartregion.load.AssessmentLoader;
import de.smartregion.load.Inputs;
import de.smartregion.load.LoadedAssessment;
import de.smartregion.load.QuestionnaireRegistry;
import de.smartregion.load.QuestionnaireSource;
import de.smartregion.model.Assessment;
import de.smartregion.model.Questionnaire;
import de.smartregion.model.Result;
import de.smartregion.report.Format;
import de.smartregion.report.Reports;
import de.smartregion.report.Templates;
import de.smartregion.score.Combine;
import de.smartregion.score.Gate;
import de.smartregion.score.Plan;
import de.smartregion.score.Scorer;
import de.smartregion.text.Messages;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code smartregion assess}: scores one municipality and writes its reports. */
final class AssessCommand extends BaseCommand {

    @Parameters(paramLabel = "FILE", arity = "1..*", descriptionKey = "assess.files")
    List<Path> files;

    @Mixin
    QuestionnaireOption questionnaire;

    @Mixin
    ReportOptions report;

    @Mixin
    GateOptions gates;

    @Option(names = "--previous", arity = "1..*", paramLabel = "FILE", descriptionKey = "assess.previous")
    List<Path> previous = new ArrayList<>();

    @Option(names = "--peers", arity = "1..*", paramLabel = "FILE|DIR", descriptionKey = "assess.peers")
    List<Path> peers = new ArrayList<>();

    @Override
    protected String language() {
        return Languages.forMessages(report.lang, parent.env());
    }

    @Override
    protected ExitCode execute() throws Exception {
        Combine how = report.combine();
        Gate gate = gates.gate();
        List<Format> formats = report.formats(Format.REPORT);
        LocalDate reportDate = report.date(parent.env());
        ReportTargets targets = report.targets(formats.size());
        Reports reports = new Reports(new Templates(report.templates));
        reports.prepare(formats, "report");
        QuestionnaireRegistry registry = QuestionnaireRegistry.shared();
        QuestionnaireSource source = questionnaire.resolve(registry);
        List<LoadedAssessment> loaded = loadAll(files, source);
        Questionnaire q = loaded.get(0).questionnaire();
        String reportLanguage = report.reportLanguage(q);
        List<Assessment> respondents = new ArrayList<>();
        for (LoadedAssessment a : loaded) {
            respondents.add(a.assessment());
        }
        Result result = Scorer.score(q, respondents, how);
        Messages messages = Messages.of(reportLanguage);
        Plan plan = Plan.of(result);
        Gate.Verdict verdict = gate.active() ? gate.check(result) : null;
        List<Path> inputs = new ArrayList<>(files);
        inputs.addAll(questionnaire.files());
        inputs.addAll(previous);
        Standing standing = standing(source, loaded, result, how, inputs);
        // render everything before writing anything: a failing template must not leave half the reports behind
        List<Reports.Rendered> rendered = new ArrayList<>();
        for (Format f : formats) {
            rendered.add(reports.render(result, plan, f, messages, reportDate, verdict, standing));
        }
        targets.writeAll(rendered, ReportTargets.baseName(result.municipality().id(), result.period()), inputs,
                out(), parent.stdout());
        // the terminal line in the report's language: a German report under an English summary reads as two tools
        Summary.print(this, result, messages, verdict, reportLanguage);
        return verdict != null && !verdict.passed() ? ExitCode.GATE_FAILED : ExitCode.OK;
    }

    /**
     * The previous period and the peers the report places the result against, as given; their classes load only
     * when they are.
     *
     * @param inputs the files no output may overwrite; the peers' files are added
     */
    private Standing standing(QuestionnaireSource source, List<LoadedAssessment> current, Result result,
                              Combine how, List<Path> inputs) throws Exception {
        if (previous.isEmpty() && peers.isEmpty()) {
            return Standing.NONE;
        }
        List<LoadedAssessment> earlier = previous.isEmpty() ? List.of() : loadAll(previous, source);
        return new StandingOptions(this, questionnaire).standing(source, files, current, previous, earlier, peers,
                result, how, inputs);
    }

    /** Loads every file, collecting all problems of all files before giving up. */
    List<LoadedAssessment> loadAll(List<Path> files, QuestionnaireSource source)
            throws InvalidInputException {
        List<LoadedAssessment> loaded = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        for (Path file : files) {
            try {
                loaded.add(file.toString().equals("-")
                        ? AssessmentLoader.load(Inputs.STDIN, Inputs.read(parent.stdin()), source)
                        : Inputs.assessment(file, source));
            } catch (InvalidInputException e) {
                problems.addAll(e.problems());
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        checkOneAssessment(loaded);
        return loaded;
    }

    /** Several files are several respondents of one assessment, never a mix of municipalities or periods. */
    private static void checkOneAssessment(List<LoadedAssessment> loaded) throws InvalidInputException {
        Assessment first = loaded.get(0).assessment();
        List<Problem> problems = new ArrayList<>();
        for (LoadedAssessment l : loaded.subList(1, loaded.size())) {
            Assessment a = l.assessment();
            boolean sameMunicipality = a.municipality().id().equals(first.municipality().id());
            if (l.questionnaire() != loaded.get(0).questionnaire() || !sameMunicipality
                    || !a.period().equals(first.period())) {
                problems.add(new Problem(sameMunicipality ? l.periodAt() : l.municipalityAt(), "cli.assess.mixed",
                        List.of(a.municipality().id(), a.period(), l.questionnaire().toString(), first.source(),
                                first.municipality().id(), first.period(),
                                loaded.get(0).questionnaire().toString())));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }
}
