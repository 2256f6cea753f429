package de.smartregion.compare;

import de.smartregion.input.InvalidInputException;
import de.smartregion.input.Location;
import de.smartregion.input.Problem;
import de.smartregion.model.Municipality;
import de.smartregion.model.Questionnaire;
import de.smartregion.model.Respondent;
import de.smartregion.model.Result;
import de.smartregion.score.Combine;
import de.smartregion.score.Responses;
import de.smartregion.score.Scorer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Answer files grouped into municipalities and periods; the files of one municipality and period are the
 * respondents of one assessment. Municipalities come in id order, periods in their natural order, files in file
 * order within a group, so that every output built from a cohort is reproducible.
 */
public final class Cohort {

    private final List<Submission> submissions;
    private final Map<String, SortedMap<String, List<Submission>>> byMunicipality;

    private Cohort(List<Submission> submissions, Map<String, SortedMap<String, List<Submission>>> byMunicipality) {
        this.submissions = submissions;
        this.byMunicipality = byMunicipality;
    }

    /** @param submissions at least one, in file order */
    public static Cohort of(List<Submission> submissions) {
        if (submissions.isEmpty()) {
            throw new IllegalArgumentException("a cohort needs at least one answer file");
        }
        Map<String, SortedMap<String, List<Submission>>> groups = new TreeMap<>();
        for (Submission s : submissions) {
            groups.computeIfAbsent(s.municipality().id(), k -> new TreeMap<>())
                    .computeIfAbsent(s.period(), k -> new ArrayList<>()).add(s);
        }
        return new Cohort(List.copyOf(submissions), Collections.unmodifiableMap(groups));
    }

    /** Municipality id to period to its answer files. */
    Map<String, SortedMap<String, List<Submission>>> byMunicipality() {
        return byMunicipality;
    }

    /**
     * The files of each municipality in {@code period}, or when that is null in its latest period, in municipality
     * order: what a report of the whole cohort reports on. Earlier periods answered with another questionnaire
     * version stay out of it, as they only give the change since then.
     */
    public List<Submission> chosen(String period) {
        List<Submission> chosen = new ArrayList<>();
        for (SortedMap<String, List<Submission>> periods : byMunicipality.values()) {
            List<Submission> files = periods.get(period == null ? periods.lastKey() : period);
            if (files != null) {
                chosen.addAll(files);
            }
        }
        return chosen;
    }

    /** All files must answer one questionnaire; otherwise a problem names a file of each. */
    public Questionnaire commonQuestionnaire() throws InvalidInputException {
        Submission reference = submissions.get(0);
        List<Submission> seen = firstPerQuestionnaire(submissions);
        if (seen.size() == 1) {
            return reference.questionnaire();
        }
        List<Problem> problems = new ArrayList<>();
        for (Submission s : seen) {
            if (s != reference) {
                problems.add(new Problem(Location.of(s.file().toString()), "compare.mixed",
                        List.of(s.questionnaire().toString(), reference.file().toString(),
                                reference.questionnaire().toString())));
            }
        }
        throw new InvalidInputException(problems);
    }

    /** The questionnaire versions the files answer, each once, oldest first (ties in the order they appear). */
    public List<Questionnaire> versions() {
        List<Questionnaire> versions = questionnaires(submissions);
        versions.sort(Comparator.comparing(Questionnaire::version));
        return versions;
    }

    /** The newest questionnaire version the files answer, whose language a trend's reports speak by default. */
    public Questionnaire latestVersion() {
        List<Questionnaire> versions = versions();
        return versions.get(versions.size() - 1);
    }

    /**
     * Each municipality once, for a comparison: in {@code period}, or when that is null in its latest period.
     * Municipalities without the period asked for are left out.
     */
    public Snapshot snapshot(String period, Combine combine) throws InvalidInputException {
        return snapshot(period, combine, 0);
    }

    /**
     * Each municipality once, as {@link #snapshot(String, Combine)}, but a municipality whose chosen period has a
     * coverage below {@code minCoverage} is left out, not compared in an earlier period: the comparison is of one
     * moment.
     *
     * @param minCoverage 0..1; 0 leaves nothing out
     */
    public Snapshot snapshot(String period, Combine combine, double minCoverage) throws InvalidInputException {
        try {
            return snapshot(period, combine, minCoverage, 1, null);
        } catch (InterruptedException e) {
            // one thread, the caller's, which waits for nothing: only a caller interrupted before it came here gets
            // this, and keeps its interrupt
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Reads a group's files again, with their scores, where the first reading kept none. */
    @FunctionalInterface
    public interface Rereading {
        List<Submission> reread(List<Submission> group) throws InvalidInputException;
    }

    /**
     * As {@link #snapshot(String, Combine, double)}, the municipalities scored on {@code threads} threads; the rows
     * come in the same order.
     *
     * @param again how a group of submissions without scores ({@link Submission#keyOnly()}) gets them; null when
     *     every submission has its scores
     */
    public Snapshot snapshot(String period, Combine combine, double minCoverage, int threads, Rereading again)
            throws InvalidInputException, InterruptedException {
        Questionnaire q = commonQuestionnaire();
        List<List<Submission>> chosen = new ArrayList<>();
        int older = 0;
        for (SortedMap<String, List<Submission>> periods : byMunicipality.values()) {
            String picked = period == null ? periods.lastKey() : periods.containsKey(period) ? period : null;
            if (period == null) {
                for (Map.Entry<String, List<Submission>> p : periods.entrySet()) {
                    older += p.getKey().equals(picked) ? 0 : p.getValue().size();
                }
            }
            if (picked != null) {
                chosen.add(periods.get(picked));
            }
        }
        // each reduced on its thread, so that no more than a row per municipality is held
        CohortRow[] rowOf = new CohortRow[chosen.size()];
        BelowCoverage[] belowOf = new BelowCoverage[chosen.size()];
        // by index, so that the failure reported is the first in file order, whatever the threads did
        InvalidInputException[] unreadable = new InvalidInputException[chosen.size()];
        Workers.forEach(chosen.size(), threads, "smartregion-score", i -> {
            List<Submission> group;
            try {
                group = again == null ? chosen.get(i) : again.reread(chosen.get(i));
            } catch (InvalidInputException e) {
                unreadable[i] = e;
                return false;
            }
            Result r = score(q, group, combine, null);
            if (BelowCoverage.below(r.overall().coverage(), minCoverage)) {
                belowOf[i] = BelowCoverage.of(r, group);
            } else {
                rowOf[i] = CohortRow.of(r);
            }
            return true;
        });
        for (InvalidInputException e : unreadable) {
            if (e != null) {
                throw e;
            }
        }
        List<CohortRow> rows = new ArrayList<>();
        List<BelowCoverage> below = new ArrayList<>();
        for (int i = 0; i < rowOf.length; i++) {
            if (rowOf[i] != null) {
                rows.add(rowOf[i]);
            } else {
                below.add(belowOf[i]);
            }
        }
        return new Snapshot(q, rows, older, below);
    }

    /** The questionnaires the files answer, each once, in the order they first appear. */
    static List<Questionnaire> questionnaires(List<Submission> submissions) {
        List<Questionnaire> distinct = new ArrayList<>();
        for (Submission s : firstPerQuestionnaire(submissions)) {
            distinct.add(s.questionnaire());
        }
        return distinct;
    }

    /**
     * The first file of each questionnaire, in file order. Questionnaires are compared by identity: each is loaded
     * once and shared by all its files, and a record's hashCode would walk every question of it for every file.
     */
    private static List<Submission> firstPerQuestionnaire(List<Submission> submissions) {
        List<Submission> firsts = new ArrayList<>();
        for (Submission s : submissions) {
            if (firsts.stream().noneMatch(f -> f.questionnaire() == s.questionnaire())) {
                firsts.add(s);
            }
        }
        return firsts;
    }

    /**
     * Scores the files of one municipality and period as respondents of one assessment.
     *
     * @param keep the ids of the questions to count; null for all
     */
    static Result score(Questionnaire q, List<Submission> group, Combine combine, Set<String> keep) {
        List<Responses> responses = new ArrayList<>();
        List<Respondent> people = new ArrayList<>();
        List<Municipality> described = new ArrayList<>();
        List<String> roles = new ArrayList<>();
        for (Submission s : group) {
            responses.add(keep == null ? s.responses() : s.responses().restrictTo(q, keep));
            // one entry per file, as in a report: a file naming no one still heard someone
            people.add(s.respondent() != null ? s.respondent() : new Respondent(null, null));
            described.add(s.municipality());
            roles.add(s.respondent() == null ? null : s.respondent().role());
        }
        Submission first = group.get(0);
        return Scorer.score(q, Scorer.municipality(q, described, roles), first.period(), people, responses,
                combine);
    }
}
