package de.smartregion.compare;

import de.smartregion.model.Questionnaire;
import de.smartregion.model.Rounding;
import de.smartregion.score.Scorer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A ranked cohort with its statistics: overall score descending, ties by id; percentiles as PERCENTRANK.INC;
 * statistics per field and overall; optionally the same within peer groups, and fields rescaled min-max.
 */
public record Comparison(Questionnaire questionnaire, List<Ranked> ranking, Map<String, Statistics> statistics,
                         GroupBy groupBy, Map<String, Group> groups, boolean normalized) {

    /** The key of the overall index in {@link #statistics()}, beside the field ids. */
    public static final String OVERALL = "overall";

    public record Ranked(int rank, CohortRow row, double percentile) {
    }

    public record Group(String name, List<Ranked> ranking, Map<String, Statistics> statistics) {
    }

    /**
     * @param groupBy null for no peer groups
     * @param minmax rescale every field across the cohort (best 100, worst 0), then recompute the overall index
     */
    public static Comparison of(Questionnaire q, List<CohortRow> rows, GroupBy groupBy, boolean minmax) {
        List<CohortRow> cohort = minmax ? normalize(q, rows) : rows;
        List<Ranked> ranking = rank(cohort);
        Map<String, Group> groups = new TreeMap<>();
        if (groupBy != null) {
            Map<String, List<CohortRow>> members = new TreeMap<>();
            for (CohortRow r : cohort) {
                members.computeIfAbsent(groupBy.groupOf(r.municipality()), k -> new ArrayList<>()).add(r);
            }
            for (Map.Entry<String, List<CohortRow>> e : members.entrySet()) {
                groups.put(e.getKey(), new Group(e.getKey(), rank(e.getValue()), statistics(q, e.getValue())));
            }
        }
        return new Comparison(q, ranking, statistics(q, cohort), groupBy, groups, minmax);
    }

    static List<Ranked> rank(List<CohortRow> rows) {
        List<CohortRow> sorted = new ArrayList<>(rows);
        sorted.sort(Comparator.comparingDouble((CohortRow r) -> Double.isNaN(r.overall())
                        ? Double.POSITIVE_INFINITY : -r.overall())
                .thenComparing(CohortRow::id).thenComparing(CohortRow::period));
        double[] overall = rows.stream().mapToDouble(CohortRow::overall).filter(d -> !Double.isNaN(d)).sorted()
                .toArray();
        List<Ranked> ranked = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i++) {
            CohortRow r = sorted.get(i);
            double percentile = Double.isNaN(r.overall()) || overall.length == 0 ? Double.NaN
                    : Statistics.percentRank(overall, r.overall());
            ranked.add(new Ranked(i + 1, r, percentile));
        }
        return ranked;
    }

    static Map<String, Statistics> statistics(Questionnaire q, List<CohortRow> rows) {
        Map<String, Statistics> stats = new LinkedHashMap<>();
        stats.put(OVERALL, Statistics.of(rows.stream().mapToDouble(CohortRow::overall).toArray()));
        for (int f = 0; f < q.fields().size(); f++) {
            final int field = f;
            stats.put(q.fields().get(f).id(), Statistics.of(rows.stream().mapToDouble(r -> r.fields()[field])
                    .toArray()));
        }
        return stats;
    }

    /** Each field rescaled so that the cohort's best scores 100 and its worst 0; all equal scores become 100. */
    static List<CohortRow> normalize(Questionnaire q, List<CohortRow> rows) {
        int n = q.fields().size();
        double[] min = new double[n];
        double[] max = new double[n];
        Arrays.fill(min, Double.POSITIVE_INFINITY);
        Arrays.fill(max, Double.NEGATIVE_INFINITY);
        for (CohortRow r : rows) {
            for (int f = 0; f < n; f++) {
                if (!Double.isNaN(r.fields()[f])) {
                    min[f] = Math.min(min[f], r.fields()[f]);
                    max[f] = Math.max(max[f], r.fields()[f]);
                }
            }
        }
        List<CohortRow> out = new ArrayList<>(rows.size());
        for (CohortRow r : rows) {
            double[] fields = new double[n];
            for (int f = 0; f < n; f++) {
                double x = r.fields()[f];
                fields[f] = Double.isNaN(x) ? Double.NaN : max[f] == min[f] ? 100 : 100 * (x - min[f]) / (max[f] - min[f]);
            }
            double overall = Scorer.overallIndex(q, fields);
            String stage = Double.isNaN(overall) ? null
                    : q.stageOf(Rounding.halfUpDouble(overall, q.scoring().rounding())).id();
            out.add(new CohortRow(r.municipality(), r.period(), overall, stage, r.coverage(), fields, r.theses()));
        }
        return out;
    }
}
