package de.smartregion.compare;

import de.smartregion.model.Municipality;
import de.smartregion.model.Result;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
     * versions still line up; absent scores are missing from the maps, an absent overall is NaN. Changes are
     * against the previous period and absent for the first.
     */
    public record Point(String period, String questionnaire, double overall, String stage, double coverage,
                        Map<String, Double> fields, Map<String, Double> theses, double overallChange,
                        Map<String, Double> fieldChanges, Map<String, Double> thesisChanges) {
        public Point {
            fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
            theses = Collections.unmodifiableMap(new LinkedHashMap<>(theses));
            fieldChanges = Collections.unmodifiableMap(new LinkedHashMap<>(fieldChanges));
            thesisChanges = Collections.unmodifiableMap(new LinkedHashMap<>(thesisChanges));
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
        for (Result.ThesisResult t : r.theses()) {
            if (t.score() != null) {
                theses.put(t.thesis().id(), t.score());
            }
        }
        double overall = r.overall().score() == null ? Double.NaN : r.overall().score();
        double change = previous == null ? Double.NaN : overall - previous.overall();
        return new Point(r.period(), r.questionnaire().toString(), overall,
                r.overall().stage() == null ? null : r.overall().stage().id(),
                r.overall().coverage() == null ? Double.NaN : r.overall().coverage(), fields, theses, change,
                changes(fields, previous == null ? null : previous.fields()),
                changes(theses, previous == null ? null : previous.theses()));
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
