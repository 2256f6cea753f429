package de.smartregion.compare;

import de.smartregion.input.InvalidInputException;
import de.smartregion.input.Location;
import de.smartregion.input.Problem;
import de.smartregion.model.Municipality;
import de.smartregion.model.Question;
import de.smartregion.model.Questionnaire;
import de.smartregion.model.Result;
import de.smartregion.score.Combine;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;

/**
 * A cohort followed across periods: the trend, the questionnaire versions it spans, and the municipalities whose
 * periods answer different versions and so are compared on the questions those versions share.
 *
 * @param questionnaires the versions the periods answer, oldest first
 * @param narrowed the municipalities scored on shared questions only, in municipality id order
 * @param belowMinimum the periods left out because their coverage is below the minimum asked for, by municipality
 *     id, then period
 */
public record TrendAssembly(Trend trend, List<Questionnaire> questionnaires, List<SharedQuestions> narrowed,
                            List<BelowCoverage> belowMinimum) {

    public TrendAssembly {
        questionnaires = List.copyOf(questionnaires);
        narrowed = List.copyOf(narrowed);
        belowMinimum = List.copyOf(belowMinimum);
    }

    /**
     * A municipality whose periods answer several questionnaire versions.
     *
     * @param versions in the order its periods first answer them
     * @param questions how many questions all of them share
     */
    public record SharedQuestions(Municipality municipality, List<Questionnaire> versions, int questions) {
        public SharedQuestions {
            versions = List.copyOf(versions);
        }
    }

    /**
     * Scores every municipality in every period, each period against the previous one. A period whose files answer
     * different questionnaires cannot be scored as one assessment: a problem names its first file, and all such
     * problems of the cohort come together.
     */
    public static TrendAssembly of(Cohort cohort, Combine combine) throws InvalidInputException {
        return of(cohort, combine, 0);
    }

    /**
     * As {@link #of(Cohort, Combine)}, but a period whose coverage is below {@code minCoverage} is left out: the
     * next period's change is then against the last one kept, and a municipality with no period kept is left out.
     *
     * @param minCoverage 0..1; 0 leaves nothing out
     */
    public static TrendAssembly of(Cohort cohort, Combine combine, double minCoverage) throws InvalidInputException {
        List<Trend.Series> series = new ArrayList<>();
        List<BelowCoverage> below = new ArrayList<>();
        List<SharedQuestions> narrowed = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        for (SortedMap<String, List<Submission>> periods : cohort.byMunicipality().values()) {
            List<Submission> all = new ArrayList<>();
            periods.values().forEach(all::addAll);
            List<Questionnaire> versions = Cohort.questionnaires(all);
            Set<String> shared = versions.size() > 1 ? sharedQuestions(versions) : null;
            Municipality municipality = all.get(0).municipality();
            if (shared != null) {
                narrowed.add(new SharedQuestions(municipality, versions, shared.size()));
            }
            List<Trend.Point> points = new ArrayList<>();
            Trend.Point previous = null;
            for (Map.Entry<String, List<Submission>> p : periods.entrySet()) {
                List<Submission> group = p.getValue();
                Questionnaire q = group.get(0).questionnaire();
                if (group.stream().anyMatch(s -> s.questionnaire() != q)) {
                    problems.add(new Problem(Location.of(group.get(0).file().toString()), "trend.mixed-period",
                            List.of(municipality.label(), p.getKey(), versionsOf(group))));
                    continue;
                }
                Result r = Cohort.score(q, group, combine, shared);
                if (BelowCoverage.below(r.overall().coverage(), minCoverage)) {
                    below.add(BelowCoverage.of(r, group));
                    continue;
                }
                previous = Trend.point(r, previous);
                points.add(previous);
            }
            // no period kept: every one is below the minimum, each named there
            if (!points.isEmpty()) {
                series.add(new Trend.Series(municipality, points));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new TrendAssembly(new Trend(series), cohort.versions(), narrowed, below);
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

    private static String versionsOf(List<Submission> group) {
        Set<String> names = new LinkedHashSet<>();
        for (Submission s : group) {
            names.add(s.questionnaire().toString());
        }
        return String.join(", ", names);
    }
}
