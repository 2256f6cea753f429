package de.smartregion.cli;

import de.smartregion.compare.Submission;
import de.smartregion.input.InvalidInputException;
import de.smartregion.input.Problem;
import de.smartregion.load.QuestionnaireSource;
import de.smartregion.report.Note;
import de.smartregion.text.Messages;
import de.smartregion.text.UserText;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The loading of a batch command: expand directories, load in parallel with a progress bar, and handle bad files.
 * Without --keep-going the first run with a bad file stops with every problem; with it, bad files are skipped,
 * their problems printed, the result written for the rest, and the exit code still says that input was invalid.
 */
final class BatchRun {

    private final List<Path> files;
    private final List<Submission> entries;
    private final List<Problem> skipped;
    private final List<AnswerFiles.OtherKind> otherKinds;
    private final List<Path> unanswered;

    private BatchRun(List<Path> files, List<Submission> entries, List<Problem> skipped,
                     List<AnswerFiles.OtherKind> otherKinds, List<Path> unanswered) {
        this.files = files;
        this.entries = entries;
        this.skipped = skipped;
        this.otherKinds = otherKinds;
        this.unanswered = unanswered;
    }

    static BatchRun load(BaseCommand command, List<Path> arguments, QuestionnaireSource source, BatchOptions options)
            throws Exception {
        return load(command, arguments, source, options, true);
    }

    /**
     * As {@link #load(BaseCommand, List, QuestionnaireSource, BatchOptions)}; without {@code scores} each file is
     * checked as fully, but only who answered for which municipality and period is kept ({@link Submission#keyOnly}).
     */
    static BatchRun load(BaseCommand command, List<Path> arguments, QuestionnaireSource source, BatchOptions options,
                         boolean scores) throws Exception {
        AnswerFiles.Found found = AnswerFiles.find(arguments);
        if (found.files().isEmpty()) {
            throw new UsageException("cli.no-answer-files",
                    arguments.stream().map(Path::toString).collect(Collectors.joining(", ")));
        }
        Batch.Outcome outcome;
        try (Progress progress = Progress.start(command.err(), found.files().size(), Terminal.of(command.parent.env()),
                command.quiet)) {
            outcome = Batch.load(found, source, options.threads(), progress.counter(), scores);
        }
        if (!outcome.problems().isEmpty()) {
            if (!options.keepGoing || outcome.entries().isEmpty()) {
                throw new InvalidInputException(outcome.problems());
            }
            command.printProblems(new InvalidInputException(outcome.problems()), command.messages());
        }
        if (outcome.answerFiles().isEmpty()) {
            throw new UsageException("cli.no-answer-files",
                    arguments.stream().map(Path::toString).collect(Collectors.joining(", ")));
        }
        if (outcome.entries().isEmpty()) {
            throw new UsageException("cli.only-unanswered",
                    arguments.stream().map(Path::toString).collect(Collectors.joining(", ")));
        }
        return new BatchRun(outcome.answerFiles(), outcome.entries(), outcome.problems(), outcome.otherKinds(),
                outcome.unanswered());
    }

    List<Submission> entries() {
        return entries;
    }

    /** The inputs that no output may overwrite. */
    List<Path> inputs(QuestionnaireOption questionnaire) {
        List<Path> inputs = new ArrayList<>(files);
        inputs.addAll(questionnaire.files());
        return inputs;
    }

    /**
     * One warning per skipped file, for the output itself: a reader must know the cohort is incomplete. Only the
     * first problem is quoted, and problems quote values shortened ({@link UserText}), so that a cohort of broken
     * files with huge values still gives a small output.
     */
    List<Note> warnings(Messages messages) {
        Map<String, Problem> firstProblem = new LinkedHashMap<>();
        Map<String, Integer> count = new LinkedHashMap<>();
        for (Problem p : skipped) {
            firstProblem.putIfAbsent(p.location().file(), p);
            count.merge(p.location().file(), 1, Integer::sum);
        }
        List<Note> warnings = new ArrayList<>();
        for (AnswerFiles.OtherKind o : otherKinds) {
            warnings.add(new Note("not-answers", messages.get("compare.not-answers",
                    UserText.visible(o.file().toString()), UserText.visible(o.kind()))));
        }
        for (Path file : unanswered) {
            warnings.add(new Note("no-answers", messages.get("compare.no-answers", UserText.visible(file.toString()))));
        }
        for (Problem p : firstProblem.values()) {
            int more = count.get(p.location().file()) - 1;
            String first = p.location() + ": " + messages.get(p.key(), p.args());
            warnings.add(new Note("skipped", messages.get(more > 0 ? "compare.skipped.more" : "compare.skipped",
                    UserText.visible(p.location().file()), first, more)));
        }
        return warnings;
    }

    ExitCode exitCode() {
        return skipped.isEmpty() ? ExitCode.OK : ExitCode.INVALID_INPUT;
    }
}
