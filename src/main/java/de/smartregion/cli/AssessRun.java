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
import de.smartregion.text.UserText;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * One run of {@code assess}: the files grouped into assessments (the respondents of one municipality in one period),
 * each scored and its reports written. Apart from the command, so that the command's reflected signatures stay the
 * options picocli needs: every type in them is loaded on start-up, on every command.
 */
final class AssessRun {

    /** How many assessments a message names before "…". */
    private static final int ASSESSMENTS_NAMED = 4;

    private final AssessCommand command;
    private final List<Path> files;
    private final QuestionnaireOption questionnaire;
    private final ReportOptions report;
    private final GateOptions gates;
    private final List<Path> previous;
    private final List<Path> peers;
    /** Whether the one assessment goes to the terminal as its short view rather than as a report format. */
    private boolean terminalView;
    /** What --previous and --peers place each result against; the peers load once for all assessments. */
    private StandingOptions standings;

    AssessRun(AssessCommand command) {
        this.command = command;
        this.files = command.files;
        this.questionnaire = command.questionnaire;
        this.report = command.report;
        this.gates = command.gates;
        this.previous = command.previous;
        this.peers = command.peers;
    }

    /** Checks the options, loads every file, then scores and writes each assessment. */
    ExitCode run() throws Exception {
        // every option checked before a file is read
        report.combine();
        gates.gate();
        List<Format> formats = report.formats(Format.REPORT);
        LocalDate reportDate = report.date(command.parent.env());
        ReportTargets targets = report.targets(formats.size());
        terminalView = wantsTerminalView();
        Reports reports = new Reports(new Templates(report.templates));
        if (!terminalView) {
            reports.prepare(formats, "report");
        }
        QuestionnaireRegistry registry = QuestionnaireRegistry.shared();
        QuestionnaireSource source = questionnaire.resolve(registry);
        List<Path> answerFiles = hasDirectory(files) ? expand() : files.size() > 1 ? AnswerFiles.distinct(files)
                : files;
        List<LoadedAssessment> loaded = loadFiles(answerFiles, source);
        List<Path> inputs = new ArrayList<>(answerFiles);
        inputs.addAll(questionnaire.files());
        inputs.addAll(previous);
        if (!isOneAssessment(loaded)) {
            terminalView = false;
            reports.prepare(formats, "report");
            return assessEach(AssessmentFiles.group(answerFiles, loaded), loaded, source, reports, formats, targets,
                    reportDate, inputs);
        }
        Assessment first = loaded.get(0).assessment();
        targets.checkFormats(formats, ReportTargets.baseName(first.municipality().id(), first.period()), inputs);
        return assess(answerFiles, loaded, source, reports, formats, targets, reportDate, inputs) ? ExitCode.OK
                : ExitCode.GATE_FAILED;
    }

    /**
     * Several assessments, each scored and written on its own, every target checked before the first is written.
     * The usual single assessment does not come here, so that it loads none of this on start-up.
     */
    private ExitCode assessEach(List<AssessmentFiles> assessments, List<LoadedAssessment> loaded,
                                QuestionnaireSource source, Reports reports, List<Format> formats,
                                ReportTargets targets, LocalDate reportDate, List<Path> inputs) throws Exception {
        checkSeveral(assessments, targets, loaded);
        checkOneEach(assessments);
        for (AssessmentFiles a : assessments) {
            Assessment first = a.loaded().get(0).assessment();
            targets.checkFormats(formats, ReportTargets.baseName(first.municipality().id(), first.period()), inputs);
        }
        int failed = 0;
        for (AssessmentFiles a : assessments) {
            failed += assess(a.files(), a.loaded(), source, reports, formats, targets, reportDate, inputs) ? 0 : 1;
        }
        if (failed > 0) {
            // in the language of the lines above it, those of the reports
            Messages messages = Messages.of(report.reportLanguage(assessments.get(0).questionnaire()));
            command.err().println(Terminal.of(command.parent.env()).red(messages.get("cli.assess.gate-failed-several", failed,
                    assessments.size())));
        }
        return failed == 0 ? ExitCode.OK : ExitCode.GATE_FAILED;
    }

    /**
     * A person at a terminal who asked for neither a format nor a file gets the short view; a pipe, a file and
     * every explicit -f or -o get the report as asked.
     */
    private boolean wantsTerminalView() {
        picocli.CommandLine.ParseResult parsed = command.spec.commandLine().getParseResult();
        return Terminal.stdoutIsTty() && !command.quiet && !parsed.hasMatchedOption("--format")
                && !parsed.hasMatchedOption("--output");
    }

    /**
     * The command as the user gave it, to be given again with a format: every argument after "assess" (the
     * previous period, the peers, the language and the questionnaire make the report what the view showed), each
     * quoted where a shell would split or expand it.
     */
    private String commandLine() {
        List<String> args = command.spec.commandLine().getParseResult().originalArgs();
        StringBuilder line = new StringBuilder("smartregion assess");
        int start = args.indexOf("assess") + 1;
        for (String arg : args.subList(start, args.size())) {
            line.append(' ').append(shellWord(UserText.visible(arg)));
        }
        return line.toString();
    }

    /** An argument as a POSIX shell reads it back unchanged: bare when it is safe, else in single quotes. */
    private static String shellWord(String arg) {
        if (!arg.isEmpty() && arg.chars().allMatch(c -> c < 0x80 && (Character.isLetterOrDigit(c)
                || "._/=:,@%+-".indexOf(c) >= 0))) {
            return arg;
        }
        return "'" + arg.replace("'", "'\\''") + "'";
    }

    /**
     * One assessment per municipality and period: files of one of them that answer different questionnaires are
     * an error at the file that does not fit, not two reports of which the second would replace the first.
     */
    private static void checkOneEach(List<AssessmentFiles> assessments) throws InvalidInputException {
        java.util.Map<String, AssessmentFiles> byName = new java.util.HashMap<>();
        for (AssessmentFiles a : assessments) {
            Assessment x = a.loaded().get(0).assessment();
            AssessmentFiles earlier = byName.putIfAbsent(x.municipality().id() + "\n" + x.period(), a);
            if (earlier != null) {
                List<LoadedAssessment> both = new ArrayList<>(earlier.loaded());
                both.addAll(a.loaded());
                checkOneAssessment(both);
            }
        }
    }

    private static boolean hasDirectory(List<Path> paths) {
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                return true;
            }
        }
        return false;
    }

    /** The files with each directory's answer files; a directory's other YAML files are named and left out. */
    private List<Path> expand() throws UsageException {
        AnswerFiles found = AnswerFiles.expand(files);
        noteOtherKinds(found);
        if (found.files().isEmpty()) {
            throw new UsageException("cli.no-answer-files",
                    files.stream().map(Path::toString).collect(Collectors.joining(", ")));
        }
        return found.files();
    }

    /** Whether the files are the respondents of one municipality in one period, answering one questionnaire. */
    private static boolean isOneAssessment(List<LoadedAssessment> loaded) {
        LoadedAssessment first = loaded.get(0);
        for (LoadedAssessment l : loaded) {
            if (l.questionnaire() != first.questionnaire()
                    || !l.assessment().municipality().id().equals(first.assessment().municipality().id())
                    || !l.assessment().period().equals(first.assessment().period())) {
                return false;
            }
        }
        return true;
    }

    /**
     * Scores one assessment and writes its reports.
     *
     * @return whether it passed the gate (true when none was asked for)
     */
    private boolean assess(List<Path> answerFiles, List<LoadedAssessment> loaded, QuestionnaireSource source,
                           Reports reports, List<Format> formats, ReportTargets targets, LocalDate reportDate,
                           List<Path> inputs) throws Exception {
        Questionnaire q = loaded.get(0).questionnaire();
        String reportLanguage = report.reportLanguage(q);
        List<Assessment> respondents = new ArrayList<>();
        for (LoadedAssessment l : loaded) {
            respondents.add(l.assessment());
        }
        Combine how = report.combine();
        Result result = Scorer.score(q, respondents, how);
        Messages messages = Messages.of(reportLanguage);
        Plan plan = Plan.of(result);
        Gate gate = gates.gate();
        Gate.Verdict verdict = gate.active() ? gate.check(result) : null;
        Standing standing = standing(source, answerFiles, loaded, result, how, inputs);
        if (terminalView) {
            command.out().print(TerminalReport.render(Reports.view(result, plan, messages, reportDate, standing),
                    Terminal.ofStdout(command.parent.env()), messages, command.parent.env().get("COLUMNS"),
                    commandLine()));
            command.out().flush();
            Summary.printGate(command, result, messages, verdict, reportLanguage);
            return verdict == null || verdict.passed();
        }
        // render everything before writing anything: a failing template must not leave half the reports behind
        List<Reports.Rendered> rendered = reports.renderAll(result, plan, formats, messages, reportDate, verdict,
                standing);
        targets.writeAll(rendered, ReportTargets.baseName(result.municipality().id(), result.period()), inputs,
                command.out(), command.parent.stdout());
        // the terminal line in the report's language: a German report under an English summary reads as two tools
        Summary.print(command, result, messages, verdict, reportLanguage);
        return verdict == null || verdict.passed();
    }

    /**
     * Several assessments (a directory of many municipalities, or of several periods) give one report each, which
     * only a directory can hold; --previous names the earlier period of one municipality only.
     */
    private void checkSeveral(List<AssessmentFiles> assessments, ReportTargets targets,
                              List<LoadedAssessment> loaded) throws Exception {
        if (!targets.directory()) {
            if (files.stream().noneMatch(Files::isDirectory)) {
                // files named one by one are meant as one assessment: show the file that does not fit
                checkOneAssessment(loaded);
            }
            throw new UsageException("cli.assess.several-need-dir", assessments.size(), describe(assessments));
        }
        if (!previous.isEmpty()) {
            throw new UsageException("cli.assess.several-previous", assessments.size());
        }
    }

    /** The first few assessments, for a message: "Musterstadt 2026, Erlenried 2026, …". */
    private static String describe(List<AssessmentFiles> assessments) {
        String shown = assessments.stream().limit(ASSESSMENTS_NAMED).map(a -> a.loaded().get(0).assessment())
                .map(x -> UserText.shown(x.municipality().name()) + " " + UserText.visible(x.period()))
                .collect(Collectors.joining(", "));
        return assessments.size() > ASSESSMENTS_NAMED ? shown + ", …" : shown;
    }

    /** A directory's YAML files of another kind are left out, each named, as in compare. */
    private void noteOtherKinds(AnswerFiles found) {
        for (AnswerFiles.OtherKind o : found.otherKinds()) {
            command.err().println(command.messages().get("compare.not-answers", UserText.visible(o.file().toString()),
                    UserText.visible(o.kind())));
        }
    }

    /** The previous period and the peers the report places the result against, as given. */
    private Standing standing(QuestionnaireSource source, List<Path> answerFiles, List<LoadedAssessment> current,
                              Result result, Combine how, List<Path> inputs) throws Exception {
        if (previous.isEmpty() && peers.isEmpty()) {
            return Standing.NONE;
        }
        List<LoadedAssessment> earlier = previous.isEmpty() ? List.of() : loadAll(previous, source);
        if (standings == null) {
            standings = new StandingOptions(command, questionnaire);
        }
        return standings.standing(source, answerFiles, current, previous, earlier, peers, result, how, inputs);
    }

    /** Loads the files of one assessment, collecting all problems of all files before giving up. */
    List<LoadedAssessment> loadAll(List<Path> files, QuestionnaireSource source)
            throws InvalidInputException {
        List<LoadedAssessment> loaded = loadFiles(files, source);
        checkOneAssessment(loaded);
        return loaded;
    }

    /** Loads every file, collecting all problems of all files before giving up. */
    private List<LoadedAssessment> loadFiles(List<Path> files, QuestionnaireSource source)
            throws InvalidInputException {
        List<LoadedAssessment> loaded = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        for (Path file : files) {
            try {
                loaded.add(file.toString().equals("-")
                        ? AssessmentLoader.load(Inputs.STDIN, Inputs.read(command.parent.stdin()), source)
                        : Inputs.assessment(file, source));
            } catch (InvalidInputException e) {
                problems.addAll(e.problems());
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
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
