package de.smartregion.cli;

import de.smartregion.compare.Cohort;
import de.smartregion.compare.CohortPlacement;
import de.smartregion.compare.CohortPlacements;
import de.smartregion.compare.CohortRow;
import de.smartregion.compare.GroupBy;
import de.smartregion.compare.Snapshot;
import de.smartregion.compare.Standing;
import de.smartregion.compare.Submission;
import de.smartregion.input.InvalidInputException;
import de.smartregion.load.Inputs;
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
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

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

    /** @param error an {@link OutputException}, {@link InvalidInputException} or {@link TemplateException} */
    private record Failed(Exception error) implements Outcome {
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
        BatchRun run = BatchRun.load(command, command.inputs, source, command.batch);
        Cohort cohort = Cohort.of(run.entries());
        Questionnaire q = cohort.commonQuestionnaire();
        Messages messages = Messages.of(report.reportLanguage(q));
        Snapshot snapshot = cohort.snapshot(command.period, combine, minCoverage);
        if (snapshot.rows().isEmpty() && !snapshot.belowMinimum().isEmpty()) {
            throw new UsageException("cli.all-below-min-coverage",
                    CohortNotes.minimumShown(minCoverage, command.messages()));
        }
        if (snapshot.rows().isEmpty()) {
            throw new UsageException("cli.compare.empty", command.period == null ? "" : command.period);
        }
        List<CohortRow> rows = snapshot.rows();
        Map<String, List<String>> names = new LinkedHashMap<>();
        InputFiles inputs = InputFiles.of(run.inputs(command.questionnaire));
        for (CohortRow row : rows) {
            List<String> files = new ArrayList<>();
            for (Format f : formats) {
                String name = ReportTargets.baseName(row.id(), row.period()) + "." + f.extension();
                inputs.check(dir.resolve(name));
                files.add(name);
            }
            names.put(row.id(), files);
        }
        inputs.check(dir.resolve(INDEX));
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw OutputException.of(dir.toString(), e);
        }
        CohortPlacements placements = new CohortPlacements(cohort, snapshot, command.period, combine, minCoverage,
                groupBy);
        Writer writer = new Writer(cohort, q, source, combine, placements, reports, formats, messages, date, dir,
                names);
        Outcome[] outcomes = writeAll(rows, writer, threads);
        List<String> failed = new ArrayList<>();
        Map<String, List<String>> written = new LinkedHashMap<>();
        ExitCode code = run.exitCode();
        for (int i = 0; i < rows.size(); i++) {
            CohortRow row = rows.get(i);
            if (outcomes[i] instanceof Written) {
                written.put(row.id(), names.get(row.id()));
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
        List<Note> warnings = new ArrayList<>(run.warnings(messages));
        warnings.addAll(CohortNotes.belowMinimum(snapshot.belowMinimum(), minCoverage, messages));
        warnings.addAll(CohortNotes.of(snapshot, messages));
        Reports.Rendered index = reports.renderIndex(snapshot.compare(groupBy, false), warnings, formats, written,
                failed, messages, date);
        OutputSet set = new OutputSet();
        set.add(dir.resolve(INDEX).toString(), index.bytes());
        set.commit();
        command.err().println(messages.get(failed.isEmpty() ? "cli.report.done" : "cli.report.done-failed",
                written.size(), UserText.visible(dir.resolve(INDEX).toString()), failed.size()));
        return code;
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
        boolean keepGoing = command.batch.keepGoing;
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(threads, rows.size())), r -> {
            Thread t = new Thread(r, "smartregion-report");
            t.setDaemon(true);
            return t;
        });
        try (Progress progress = Progress.start(command.err(), rows.size(), Terminal.of(command.parent.env()),
                command.quiet)) {
            AtomicInteger done = progress.counter();
            List<Future<?>> tasks = new ArrayList<>();
            for (int i = 0; i < rows.size(); i++) {
                final int k = i;
                tasks.add(pool.submit(() -> {
                    if (stop.get()) {
                        return;
                    }
                    try {
                        writer.write(rows.get(k));
                        outcomes[k] = new Written();
                    } catch (OutputException | InvalidInputException e) {
                        outcomes[k] = new Failed(e);
                        stop.compareAndSet(false, !keepGoing);
                    } catch (TemplateException e) {
                        outcomes[k] = new Failed(e);
                        stop.set(true);
                    }
                    done.incrementAndGet();
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
        }
        if (stop.get()) {
            for (Outcome o : outcomes) {
                if (o instanceof Failed f) {
                    throw f.error();
                }
            }
        }
        return outcomes;
    }

    private static ExitCode exitCode(Exception e) {
        return e instanceof OutputException ? ExitCode.OUTPUT_FAILED : ExitCode.INVALID_INPUT;
    }

    /** Why a municipality's reports were not written, in one line. */
    private static String describe(Exception e, Messages messages) {
        if (e instanceof OutputException o) {
            return messages.get("cli.output-failed", UserText.visible(o.target()),
                    messages.get(o.key(), BaseCommand.shown(o.args())));
        }
        if (e instanceof InvalidInputException i) {
            var p = i.problems().get(0);
            return p.location() + ": " + messages.get(p.key(), p.args());
        }
        if (e instanceof TemplateException t) {
            return UserText.visible(t.message(messages));
        }
        throw new IllegalArgumentException("no description for " + e.getClass().getName());
    }

    /** Makes and writes the reports of one municipality; shared by the threads, it holds nothing of any one. */
    private record Writer(Cohort cohort, Questionnaire questionnaire, QuestionnaireSource source, Combine combine,
                          CohortPlacements placements, Reports reports, List<Format> formats, Messages messages,
                          LocalDate date, Path dir, Map<String, List<String>> names) {

        /** Reads the municipality's files again for the full result, and writes all its formats together. */
        void write(CohortRow row) throws OutputException, InvalidInputException, TemplateException {
            List<Submission> now = cohort.submissions(row.id(), row.period());
            List<Assessment> respondents = new ArrayList<>();
            for (Submission s : now) {
                respondents.add(Inputs.assessment(s.file(), source).assessment());
            }
            Result result = Scorer.score(questionnaire, respondents, combine);
            CohortPlacement placement = placements.place(result);
            String before = cohort.periodBefore(row.id(), row.period());
            Standing standing = Standing.against(now,
                    before == null ? List.of() : cohort.submissions(row.id(), before), combine, placement.cohort())
                    .placed(placement);
            Plan plan = Plan.of(result);
            OutputSet set = new OutputSet();
            List<String> files = names.get(row.id());
            List<Reports.Rendered> rendered = reports.renderAll(result, plan, formats, messages, date, null, standing);
            for (int i = 0; i < formats.size(); i++) {
                set.add(dir.resolve(files.get(i)).toString(), rendered.get(i).bytes());
            }
            set.commit();
        }
    }
}
