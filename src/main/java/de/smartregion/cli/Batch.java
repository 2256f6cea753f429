package de.smartregion.cli;

import de.smartregion.compare.Submission;
import de.smartregion.input.InvalidInputException;
import de.smartregion.input.Problem;
import de.smartregion.load.Inputs;
import de.smartregion.load.LoadedAssessment;
import de.smartregion.load.QuestionnaireSource;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Loads many answer files in parallel and keeps of each only what scoring needs, so that memory grows with the
 * number of municipalities, not with the size of their answers. Results come back in file order, whatever the
 * threads did, so that output is reproducible.
 */
final class Batch {

    /** Files per task: large enough to keep scheduling cheap, small enough to balance the threads. */
    private static final int CHUNK = 64;

    /**
     * The entries of the files that loaded, the problems of those that did not, and the files that loaded but answer
     * no question, all in file order.
     *
     * @param unanswered answer files without a single answer, not even n/a, such as a skeleton {@code init} wrote
     *     and nobody filled in: they describe no municipality's state, so a cohort leaves them out
     */
    record Outcome(List<Submission> entries, List<Problem> problems, List<Path> unanswered) {
    }

    private Batch() {
    }

    static Outcome load(List<Path> files, QuestionnaireSource source, int threads, AtomicInteger done)
            throws InterruptedException {
        Submission[] entries = new Submission[files.size()];
        List<Problem>[] problems = newProblemArray(files.size());
        boolean[] unanswered = new boolean[files.size()];
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads), r -> {
            Thread t = new Thread(r, "smartregion-load");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<?>> tasks = new ArrayList<>();
            for (int start = 0; start < files.size(); start += CHUNK) {
                final int from = start;
                final int to = Math.min(files.size(), start + CHUNK);
                tasks.add(pool.submit(() -> {
                    for (int i = from; i < to; i++) {
                        try {
                            LoadedAssessment loaded = Inputs.assessment(files.get(i), source);
                            if (loaded.assessment().answers().isEmpty()) {
                                unanswered[i] = true;
                            } else {
                                entries[i] = Submission.of(files.get(i), loaded.questionnaire(),
                                        loaded.assessment());
                            }
                        } catch (InvalidInputException e) {
                            problems[i] = e.problems();
                        }
                        done.incrementAndGet();
                    }
                }));
            }
            for (Future<?> task : tasks) {
                task.get();
            }
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(cause);
        } finally {
            pool.shutdownNow();
        }
        List<Submission> loaded = new ArrayList<>();
        List<Problem> found = new ArrayList<>();
        List<Path> empty = new ArrayList<>();
        for (int i = 0; i < entries.length; i++) {
            if (unanswered[i]) {
                empty.add(files.get(i));
            }
            if (entries[i] != null) {
                loaded.add(entries[i]);
            }
            if (problems[i] != null) {
                found.addAll(problems[i]);
            }
        }
        return new Outcome(loaded, found, empty);
    }

    @SuppressWarnings("unchecked")
    private static List<Problem>[] newProblemArray(int n) {
        return (List<Problem>[]) new List<?>[n];
    }
}
