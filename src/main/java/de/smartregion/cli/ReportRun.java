package de.smartregion.cli;

import de.smartregion.compare.Cohort;
import de.smartregion.compare.CohortPlacement;
import de.smartregion.compare.CohortFiles;
import de.smartregion.compare.CohortPlacements;
import de.smartregion.compare.CohortRow;
import de.smartregion.compare.GroupBy;
import de.smartregion.compare.Snapshot;
import de.smartregion.compare.Standing;
import de.smartregion.compare.Submission;
import de.smartregion.input.InvalidInputException;
import de.smartregion.load.Inputs;
import de.smartregion.load.LoadedAssessment;
import de.smartregion.load.QuestionnaireRegistry;
import de.smartregion.load.QuestionnaireSource;
import de.smartregion.model.Assessment;
import de.smartregion.model.Questionnaire;
import de.smartregion.model.Result;
import de.smartregion.report.CohortNotes;
import de.smartregion.report.Format;
import de.smartregion.report.Note;
import de.smartregion.report.Reports;
import de.smartregion.report.TemplateException;
import de.smartregion.report.Templates;
import de.smartregion.score.Combine;
import de.smartregion.score.Plan;
import de.smartregion.score.Scorer;
import de.smartregion.text.Messages;
import de.smartregion.text.UserText;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * One run of {@code report}: the cohort read and ranked once, then every municipality's answer files read again, in
 * parallel, for its full report, placed among the cohort and written at once; the index page last. Only the scores
 * of the cohort stay in memory, so that memory does not grow with the size of the answers.
 */
final class ReportRun {

    /** The index page's name in the output directory. */
    static final String INDEX = "index.html";

    private final ReportCommand command;
    private final ReportOptions report;

    ReportRun(ReportCommand command) {
        this.command = command;
        this.report = command.report;
    }

    /** What became of one municipality's reports: written, or why not. */
    private sealed interface Outcome permits Written, Failed {
    }

    private record Written() implements Outcome {
    }

    /** Every written municipality's outcome: one object, not one per municipality. */
    private static final Outcome WRITTEN = new Written();

    /** @param error an {@link OutputException}, {@link InvalidInputException} or {@link TemplateException} */
    private record Failed(Exception error) implements Outcome {
    }

    /**
     * What the first pass keeps of the cohort: the scores and the file names, not the answers, which the second pass
     * reads again municipality by municipality.
     *
     * @param inputCode {@link ExitCode#INVALID_INPUT} when --keep-going skipped a bad file
     */
    private record FirstPass(Questionnaire questionnaire, Messages messages, Snapshot snapshot, CohortFiles files,
                           List<Note> warnings, List<Path> inputs, ExitCode inputCode) {
    }

    ExitCode run() throws Exception {
        // every option checked before a file is read
        List<Format> formats = formats();
        GroupBy groupBy = command.groupBy.groupBy();
        Combine combine = report.combine();
        double minCoverage = command.batch.minCoverage();
        int threads = command.batch.threads();
        LocalDate date = report.date(command.parent.env());
        Path dir = directory();
        Reports reports = new Reports(new Templates(report.templates));
        reports.prepare(formats, "report");
        reports.prepare(List.of(Format.HTML), "index");
        QuestionnaireSource source = command.questionnaire.resolve(QuestionnaireRegistry.shared());
        FirstPass first = readCohort(source, combine, minCoverage);
        Messages messages = first.messages();
        List<CohortRow> rows = first.snapshot().rows();
        InputFiles inputs = InputFiles.of(first.inputs());
        for (CohortRow row : rows) {
            for (String name : fileNames(row, formats)) {
                inputs.check(dir.resolve(name));
            }
        }
        inputs.check(dir.resolve(INDEX));
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw OutputException.of(dir.toString(), e);
        }
        Writer writer = new Writer(first.files(), first.questionnaire(), source, combine,
                new CohortPlacements(rows, groupBy), reports, formats, messages, date, dir);
        Outcome[] outcomes = writeAll(rows, writer, threads);
        List<String> failed = new ArrayList<>();
        Map<String, List<String>> written = new LinkedHashMap<>();
        ExitCode code = first.inputCode();
        for (int i = 0; i < rows.size(); i++) {
            CohortRow row = rows.get(i);
            if (outcomes[i] == WRITTEN) {
                written.put(row.id(), fileNames(row, formats));
            } else if (outcomes[i] instanceof Failed f) {
                String line = messages.get("cli.report.failed", UserText.shown(row.municipality().name()),
                        UserText.visible(row.period()), describe(f.error(), messages));
                command.err().println(line);
                failed.add(line);
                code = code == ExitCode.OK ? exitCode(f.error()) : code;
            } else {
                throw new IllegalStateException("no outcome for " + row.id());
            }
        }
        List<Note> warnings = new ArrayList<>(first.warnings());
        warnings.addAll(CohortNotes.belowMinimum(first.snapshot().belowMinimum(), minCoverage, messages));
        warnings.addAll(CohortNotes.of(first.snapshot(), messages));
        Reports.Rendered index = reports.renderIndex(first.snapshot().compare(groupBy, false), warnings, formats,
                written, failed, messages, date);
        OutputSet set = new OutputSet();
        set.add(dir.resolve(INDEX).toString(), index.bytes());
        set.commit();
        command.err().println(messages.get(!failed.isEmpty() ? "cli.report.done-failed"
                        : written.size() == 1 ? "cli.report.done.one" : "cli.report.done",
                written.size(), UserText.visible(dir.resolve(INDEX).toString()), failed.size()));
        return code;
    }

    /**
     * The first pass: every file read and scored as compare scores it, each municipality in its latest period or
     * --period. Only the reported period's files need one questionnaire: an update since an earlier period is no
     * error, as that period only gives the change since then.
     */
    private FirstPass readCohort(QuestionnaireSource source, Combine combine, double minCoverage) throws Exception {
        // scores are read again per municipality below: holding every file's would make memory grow with the cohort
        BatchRun run = BatchRun.load(command, command.inputs, source, command.batch, false);
        Cohort cohort = Cohort.of(run.entries());
        List<Submission> chosen = cohort.chosen(command.period);
        if (chosen.isEmpty()) {
            throw new UsageException("cli.compare.empty", command.period == null ? "" : command.period);
        }
        Cohort reported = Cohort.of(chosen);
        Questionnaire q = reported.commonQuestionnaire();
        Messages messages = Messages.of(report.reportLanguage(q));
        Snapshot snapshot = reported.snapshot(null, combine, minCoverage, command.batch.threads(),
                group -> reread(group, source));
        if (snapshot.rows().isEmpty() && !snapshot.belowMinimum().isEmpty()) {
            throw new UsageException("cli.all-below-min-coverage",
                    CohortNotes.minimumShown(minCoverage, command.messages()));
        }
        return new FirstPass(q, messages, snapshot, CohortFiles.of(cohort), run.warnings(messages),
                run.inputs(command.questionnaire), run.exitCode());
    }

    /** A group's files read again, each with its scores. */
    private static List<Submission> reread(List<Submission> group, QuestionnaireSource source)
            throws InvalidInputException {
        return read(group.stream().map(Submission::file).toList(), source, new ArrayList<>());
    }

    /** Reads answer files, each as compare reduced it; their assessments are added to {@code assessments}. */
    private static List<Submission> read(List<Path> paths, QuestionnaireSource source, List<Assessment> assessments)
            throws InvalidInputException {
        List<Submission> read = new ArrayList<>(paths.size());
        for (Path p : paths) {
            LoadedAssessment loaded = Inputs.assessment(p, source);
            assessments.add(loaded.assessment());
            read.add(Submission.of(p, loaded.questionnaire(), loaded.assessment()));
        }
        return read;
    }

    /** A municipality's report files in the output directory, one per format: ID-PERIOD.FORMAT. */
    private static List<String> fileNames(CohortRow row, List<Format> formats) {
        String base = ReportTargets.baseName(row.id(), row.period());
        List<String> names = new ArrayList<>(formats.size());
        for (Format f : formats) {
            names.add(base + "." + f.extension());
        }
        return names;
    }

    /** -f as given, else HTML: the reports of a run are read in a browser, from the index page. */
    private List<Format> formats() throws UsageException {
        List<Format> formats = report.formats(Format.REPORT);
        return command.spec.commandLine().getParseResult().hasMatchedOption("--format") ? formats
                : List.of(Format.HTML);
    }

    /** -o DIR: a directory, there or to be made; never stdout, never a file. */
    private Path directory() throws UsageException {
        String output = report.output;
        if (output == null || Output.isStdout(output)) {
            throw new UsageException("cli.report.needs-dir");
        }
        Path dir = Path.of(output.endsWith(File.separator) ? output : output + File.separator);
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new UsageException("cli.report.not-a-dir", output);
        }
        return dir;
    }

    /**
     * Writes every municipality's reports on {@code threads} threads, with progress on a terminal. Without
     * --keep-going the first failure stops the rest and is thrown; a template's failure always does, as it would
     * fail every report alike.
     */
    private Outcome[] writeAll(List<CohortRow> rows, Writer writer, int threads) throws Exception {
        Outcome[] outcomes = new Outcome[rows.size()];
        AtomicBoolean stop = new AtomicBoolean();
        // what stopped the run: a template's failure, or without --keep-going the first failure
        AtomicReference<Exception> stopper = new AtomicReference<>();
        boolean keepGoing = command.batch.keepGoing;
        int workers = Math.max(1, Math.min(threads, rows.size()));
        ExecutorService pool = Executors.newFixedThreadPool(workers, r -> {
            Thread t = new Thread(r, "smartregion-report");
            t.setDaemon(true);
            return t;
        });
        // each worker takes the next municipality: no task object per municipality in a cohort of 100,000
        AtomicInteger next = new AtomicInteger();
        try (Progress progress = Progress.start(command.err(), rows.size(), Terminal.of(command.parent.env()),
                command.quiet)) {
            AtomicInteger done = progress.counter();
            List<Future<?>> tasks = new ArrayList<>();
            for (int w = 0; w < workers; w++) {
                tasks.add(pool.submit(() -> {
                    for (int k = next.getAndIncrement(); k < rows.size() && !stop.get(); k = next.getAndIncrement()) {
                        try {
                            writer.write(rows.get(k));
                            outcomes[k] = WRITTEN;
                        } catch (OutputException | InvalidInputException e) {
                            outcomes[k] = new Failed(e);
                            if (!keepGoing) {
                                stopper.compareAndSet(null, e);
                                stop.set(true);
                            }
                        } catch (TemplateException e) {
                            outcomes[k] = new Failed(e);
                            // a template fails every report alike: it stops the run, and is what the run says
                            stopper.set(e);
                            stop.set(true);
                        }
                        done.incrementAndGet();
                    }
                }));
            }
            for (Future<?> task : tasks) {
                task.get();
            }
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
            // no writer may still be between its temporary and its move when the run ends
            pool.awaitTermination(1, TimeUnit.MINUTES);
        }
        if (stopper.get() != null) {
            stopped(outcomes, writer, !(stopper.get() instanceof TemplateException));
            throw stopper.get();
        }
        return outcomes;
    }

    /**
     * Says, before the failure that stopped the run is reported, how far it got and that the index is not this
     * run's: an index left from an earlier run would otherwise pass for this one's, beside reports it overwrote.
     */
    /** @param keepGoingHelps whether --keep-going would have written the rest (not when a template failed) */
    private void stopped(Outcome[] outcomes, Writer writer, boolean keepGoingHelps) {
        int written = 0;
        for (Outcome o : outcomes) {
            written += o == WRITTEN ? 1 : 0;
        }
        Path index = writer.dir().resolve(INDEX);
        // in the language of the run's summary, which a completed run would have given instead
        command.err().println(writer.messages().get(Files.exists(index, LinkOption.NOFOLLOW_LINKS)
                        ? "cli.report.stopped-earlier-index" : "cli.report.stopped",
                written, outcomes.length, UserText.visible(index.toString()),
                keepGoingHelps ? writer.messages().get("cli.report.stopped-keep-going") : ""));
    }

    private static ExitCode exitCode(Exception e) {
        return e instanceof OutputException ? ExitCode.OUTPUT_FAILED : ExitCode.INVALID_INPUT;
    }

    /**
     * Why a municipality's reports were not written, in one line. A template's failure never comes here: it stops
     * the run and is reported as every template error is.
     */
    private static String describe(Exception e, Messages messages) {
        if (e instanceof OutputException o) {
            return messages.get("cli.output-failed", UserText.visible(o.target()),
                    messages.get(o.key(), BaseCommand.shown(o.args())));
        }
        if (e instanceof InvalidInputException i) {
            var p = i.problems().get(0);
            return p.location() + ": " + messages.get(p.key(), p.args());
        }
        throw new IllegalArgumentException("no description for " + e.getClass().getName());
    }

    /** Makes and writes the reports of one municipality; shared by the threads, it holds nothing of any one. */
    private record Writer(CohortFiles files, Questionnaire questionnaire, QuestionnaireSource source, Combine combine,
                          CohortPlacements placements, Reports reports, List<Format> formats, Messages messages,
                          LocalDate date, Path dir) {

        /**
         * Reads the municipality's files again for the full result, and its previous period's for the change, and
         * writes all its formats together.
         */
        void write(CohortRow row) throws OutputException, InvalidInputException, TemplateException {
            List<Assessment> respondents = new ArrayList<>();
            List<Submission> now = read(files.files(row.id(), row.period()), source, respondents);
            Result result = Scorer.score(questionnaire, respondents, combine);
            CohortPlacement placement = placements.place(result);
            String before = files.periodBefore(row.id(), row.period());
            List<Submission> earlier = before == null ? List.of()
                    : read(files.files(row.id(), before), source, new ArrayList<>());
            Standing standing = Standing.against(now, earlier, combine, placement.cohort()).placed(placement);
            Plan plan = Plan.of(result);
            List<Reports.Rendered> rendered = reports.renderAll(result, plan, formats, messages, date, null, standing);
            List<String> names = fileNames(row, formats);
            OutputSet set = new OutputSet();
            for (int i = 0; i < formats.size(); i++) {
                set.add(dir.resolve(names.get(i)).toString(), rendered.get(i).bytes());
            }
            set.commit();
        }
    }
}
