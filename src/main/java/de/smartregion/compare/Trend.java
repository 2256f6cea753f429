package de.smartregion.compare;

import de.smartregion.model.Municipality;
import de.smartregion.model.Questionnaire;
import de.smartregion.model.Respondent;
import de.smartregion.model.Result;
import de.smartregion.model.Role;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Municipalities followed across periods: their scores per period and the change against the previous one. */
public record Trend(List<Series> series) {

    public Trend {
        series = List.copyOf(series);
    }

    /** One municipality's periods, in order. */
    public record Series(Municipality municipality, List<Point> points) {
        public Series {
            points = List.copyOf(points);
        }
    }

    /**
     * One period. Scores are keyed by field and thesis id, so that periods answered with different questionnaire
     * versions still line up; an absent score is null, as in {@link Result}: missing from the maps, so that
     * {@code get} gives null. Changes are against the previous period and absent (null) for the first and where
     * either score is.
     *
     * @param met by thesis id, whether the thesis is met in the period (threshold and conditions), as its report says
     * @param roles the groups heard in the period, by role id, each once in questionnaire order; a file naming no role
     *     counts as the accountable role, as in the scores; empty when the questionnaire declares no roles
     * @param otherGroups whether the previous period heard other groups: its changes are then comparable only in part,
     *     as a rise from the administration's self-assessment to four groups' answers is not progress alone
     */
    public record Point(String period, String questionnaire, Double overall, String stage, Double coverage,
                        Map<String, Double> fields, Map<String, Double> theses, Map<String, Boolean> met,
                        Double overallChange, Map<String, Double> fieldChanges, Map<String, Double> thesisChanges,
                        Map<String, List<Result.ConditionResult>> shortfalls, List<String> roles,
                        boolean otherGroups) {
        public Point {
            shortfalls = Map.copyOf(shortfalls);
            roles = List.copyOf(roles);
            fields = scores(fields);
            theses = scores(theses);
            met = Collections.unmodifiableMap(new LinkedHashMap<>(met));
            fieldChanges = scores(fieldChanges);
            thesisChanges = scores(thesisChanges);
        }

        /** A copy; a null value would make an absent score a second thing besides a missing key. */
        private static Map<String, Double> scores(Map<String, Double> scores) {
            if (scores.containsValue(null)) {
                throw new IllegalArgumentException("an absent score in " + scores + " must be left out");
            }
            return Collections.unmodifiableMap(new LinkedHashMap<>(scores));
        }
    }

    /** The point of a scored period, with its changes against {@code previous} (null for the first period). */
    public static Point point(Result r, Point previous) {
        Map<String, Double> fields = new LinkedHashMap<>();
        for (Result.FieldResult f : r.fields()) {
            if (f.score() != null) {
                fields.put(f.field().id(), f.score());
            }
        }
        Map<String, Double> theses = new LinkedHashMap<>();
        Map<String, Boolean> met = new LinkedHashMap<>();
        // a thesis not met although its score reaches the threshold: the conditions that fail, for the trend to say
        Map<String, List<Result.ConditionResult>> shortfalls = new LinkedHashMap<>();
        for (Result.ThesisResult t : r.theses()) {
            met.put(t.thesis().id(), t.met());
            if (t.assessable() && t.reachesThreshold() && !t.met()) {
                shortfalls.put(t.thesis().id(), t.failedConditions());
            }
            if (t.score() != null) {
                theses.put(t.thesis().id(), t.score());
            }
        }
        List<String> roles = roles(r);
        Double overall = r.overall().score();
        Double change = overall == null || previous == null || previous.overall() == null ? null
                : overall - previous.overall();
        return new Point(r.period(), r.questionnaire().toString(), overall,
                r.overall().stage() == null ? null : r.overall().stage().id(), r.overall().coverage(), fields,
                theses, met, change,
                changes(fields, previous == null ? null : previous.fields()),
                changes(theses, previous == null ? null : previous.theses()), shortfalls, roles,
                previous != null && !Set.copyOf(previous.roles()).equals(Set.copyOf(roles)));
    }

    private static List<String> roles(Result r) {
        Questionnaire q = r.questionnaire();
        if (q.roles().isEmpty()) {
            return List.of();
        }
        Role accountable = q.accountableRole();
        Set<String> heard = new HashSet<>();
        for (Respondent p : r.respondents()) {
            String role = p.role() != null ? p.role() : accountable != null ? accountable.id() : null;
            if (role != null) {
                heard.add(role);
            }
        }
        List<String> roles = new ArrayList<>(heard);
        roles.sort(Comparator.comparingInt(q::roleOrder).thenComparing(Comparator.naturalOrder()));
        return roles;
    }

    private static Map<String, Double> changes(Map<String, Double> now, Map<String, Double> before) {
        Map<String, Double> changes = new LinkedHashMap<>();
        if (before != null) {
            for (Map.Entry<String, Double> e : now.entrySet()) {
                Double old = before.get(e.getKey());
                if (old != null) {
                    changes.put(e.getKey(), e.getValue() - old);
                }
            }
        }
        return changes;
    }
}
