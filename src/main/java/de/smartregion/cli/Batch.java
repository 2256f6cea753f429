package de.smartregion.cli;

import de.smartregion.compare.Submission;
import de.smartregion.compare.Workers;
import de.smartregion.input.InvalidInputException;
import de.smartregion.input.Problem;
import de.smartregion.load.AssessmentLoader;
import de.smartregion.load.Inputs;
import de.smartregion.load.LoadedAssessment;
import de.smartregion.load.QuestionnaireSource;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Loads many answer files in parallel and keeps of each only what scoring needs, so that memory grows with the
 * number of municipalities, not with the size of their answers. Results come back in file order, whatever the
 * threads did, so that output is reproducible.
 */
final class Batch {

    /**
     * The entries of the files that loaded, the problems of those that did not, and the files that loaded but answer
     * no question, all in file order.
     *
     * @param unanswered answer files without a single answer, not even n/a, such as a skeleton {@code init} wrote
     *     and nobody filled in: they describe no municipality's state, so a cohort leaves them out
     * @param answerFiles the files taken for answer files, all but {@code otherKinds}
     * @param otherKinds the files found in directories that declare another kind, left out
     */
    record Outcome(List<Submission> entries, List<Problem> problems, List<Path> unanswered, List<Path> answerFiles,
                   List<AnswerFiles.OtherKind> otherKinds) {
    }

    private Batch() {
    }

    /** @param scores whether to keep each file's scores, or only who answered ({@link Submission#keyOnly}) */
    static Outcome load(AnswerFiles.Found found, QuestionnaireSource source, int threads, AtomicInteger done,
                        boolean scores) throws InterruptedException {
        List<Path> files = found.files();
        Submission[] entries = new Submission[files.size()];
        String[] otherKind = new String[files.size()];
        List<Problem>[] problems = newProblemArray(files.size());
        boolean[] unanswered = new boolean[files.size()];
        Workers.forEach(files.size(), threads, "smartregion-load", i -> {
            try {
                Path file = files.get(i);
                byte[] bytes = read(file, found.scanned()[i]);
                // a directory's file of another kind is left out; its kind is read from the bytes here, on this
                // thread, as a serial look at each file's start would cost a second read
                String kind = bytes == null ? AnswerFiles.kind(file)
                        : found.scanned()[i] ? AnswerFiles.kind(bytes) : null;
                if (!AnswerFiles.isAnswers(kind)) {
                    otherKind[i] = kind;
                } else {
                    LoadedAssessment loaded = AssessmentLoader.load(file.toString(), bytes, source);
                    if (loaded.assessment().answers().isEmpty()) {
                        unanswered[i] = true;
                    } else {
                        Submission entry = Submission.of(file, loaded.questionnaire(), loaded.assessment());
                        entries[i] = scores ? entry : entry.keyOnly();
                    }
                }
            } catch (InvalidInputException e) {
                problems[i] = e.problems();
            }
            done.incrementAndGet();
            return true;
        });
        List<Submission> loaded = new ArrayList<>();
        List<Problem> problemsFound = new ArrayList<>();
        List<Path> empty = new ArrayList<>();
        List<Path> answerFiles = new ArrayList<>();
        List<AnswerFiles.OtherKind> others = new ArrayList<>();
        for (int i = 0; i < entries.length; i++) {
            if (otherKind[i] != null) {
                others.add(new AnswerFiles.OtherKind(files.get(i), otherKind[i]));
            } else {
                answerFiles.add(files.get(i));
            }
            if (unanswered[i]) {
                empty.add(files.get(i));
            }
            if (entries[i] != null) {
                loaded.add(entries[i]);
            }
            if (problems[i] != null) {
                problemsFound.addAll(problems[i]);
            }
        }
        return new Outcome(loaded, problemsFound, empty, answerFiles, others);
    }

    /**
     * The file's bytes; null for a directory's file too large to read that declares another kind at its start (a
     * large questionnaire beside the answers is left out as before, not refused for its size).
     */
    private static byte[] read(Path file, boolean scanned) throws InvalidInputException {
        try {
            return Inputs.read(file);
        } catch (InvalidInputException e) {
            if (scanned && !AnswerFiles.isAnswers(AnswerFiles.kind(file))) {
                return null;
            }
            throw e;
        }
    }

    @SuppressWarnings("unchecked")
    private static List<Problem>[] newProblemArray(int n) {
        return (List<Problem>[]) new List<?>[n];
    }
}
