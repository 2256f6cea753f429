package de.smartregion.compare;

import de.smartregion.model.Questionnaire;
import de.smartregion.model.Rounding;
import de.smartregion.model.Scores;
import de.smartregion.score.Scorer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * A ranked cohort with its statistics: overall score descending, ties by id; percentiles as PERCENTRANK.INC;
 * statistics per field and overall; optionally the same within peer groups, and fields rescaled min-max.
 */
public record Comparison(Questionnaire questionnaire, List<Ranked> ranking, Map<String, Statistics> statistics,
                         GroupBy groupBy, Map<String, Group> groups, boolean normalized) {

    /** The key of the overall index in {@link #statistics()}, beside the field ids. */
    public static final String OVERALL = "overall";

    /**
     * @param percentile the percentile rank of the overall index in the ranking, 0..100; null when it is null
     * @param group the peer group the municipality belongs to; null without peer groups
     */
    public record Ranked(int rank, CohortRow row, Double percentile, String group) {
    }

    public record Group(String name, List<Ranked> ranking, Map<String, Statistics> statistics) {
    }

    /**
     * @param groupBy null for no peer groups
     * @param minmax rescale every field across the cohort (best 100, worst 0), then recompute the overall index
     */
    public static Comparison of(Questionnaire q, List<CohortRow> rows, GroupBy groupBy, boolean minmax) {
        List<CohortRow> cohort = minmax ? normalize(q, rows) : rows;
        List<Ranked> ranking = rank(cohort, groupBy);
        Map<String, Group> groups = new TreeMap<>();
        if (groupBy != null) {
            Map<String, List<CohortRow>> members = new TreeMap<>();
            for (CohortRow r : cohort) {
                members.computeIfAbsent(groupBy.groupOf(r.municipality()), k -> new ArrayList<>()).add(r);
            }
            for (Map.Entry<String, List<CohortRow>> e : members.entrySet()) {
                groups.put(e.getKey(), new Group(e.getKey(), rank(e.getValue(), groupBy), statistics(q, e.getValue())));
            }
        }
        return new Comparison(q, ranking, statistics(q, cohort), groupBy, groups, minmax);
    }

    /** How many municipalities' indices lie in each stage, in the questionnaire's stage order; unscored ones in none. */
    public List<Integer> stageCounts() {
        List<Integer> counts = new ArrayList<>();
        for (de.smartregion.model.Stage stage : questionnaire.stages()) {
            int n = 0;
            for (Ranked r : ranking) {
                n += stage.id().equals(r.row().stage()) ? 1 : 0;
            }
            counts.add(n);
        }
        return counts;
    }

    /** The width of a bin of {@link #histogram()}, in points of the index. */
    public static final int BIN = 10;

    /** How many indices lie in each bin of {@link #BIN} points: [0, 10), [10, 20), …, [90, 100]. */
    public List<Integer> histogram() {
        int[] bins = new int[100 / BIN];
        for (Ranked r : ranking) {
            Double x = r.row().overall();
            if (x != null) {
                bins[Math.min(bins.length - 1, Math.max(0, (int) Math.floor(x / BIN)))]++;
            }
        }
        return Arrays.stream(bins).boxed().toList();
    }

    static List<Ranked> rank(List<CohortRow> rows, GroupBy groupBy) {
        List<CohortRow> sorted = new ArrayList<>(rows);
        // unscored rows last
        sorted.sort(Comparator.comparingDouble((CohortRow r) -> r.overall() == null
                        ? Double.POSITIVE_INFINITY : -r.overall())
                .thenComparing(CohortRow::id).thenComparing(CohortRow::period));
        double[] overall = rows.stream().map(CohortRow::overall).filter(Objects::nonNull)
                .mapToDouble(Double::doubleValue).sorted().toArray();
        List<Ranked> ranked = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i++) {
            CohortRow r = sorted.get(i);
            Double percentile = r.overall() == null ? null : Statistics.percentRank(overall, r.overall());
            ranked.add(new Ranked(i + 1, r, percentile, groupBy == null ? null : groupBy.groupOf(r.municipality())));
        }
        return ranked;
    }

    static Map<String, Statistics> statistics(Questionnaire q, List<CohortRow> rows) {
        Map<String, Statistics> stats = new LinkedHashMap<>();
        stats.put(OVERALL, Statistics.of(rows.stream().map(CohortRow::overall)));
        for (int f = 0; f < q.fields().size(); f++) {
            final int field = f;
            stats.put(q.fields().get(f).id(), Statistics.of(rows.stream().map(r -> r.fields().get(field))));
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
                Double x = r.fields().get(f);
                if (x != null) {
                    min[f] = Math.min(min[f], x);
                    max[f] = Math.max(max[f], x);
                }
            }
        }
        List<CohortRow> out = new ArrayList<>(rows.size());
        for (CohortRow r : rows) {
            Scores fields = Scores.of(n, f -> {
                Double x = r.fields().get(f);
                return x == null ? null : max[f] == min[f] ? 100 : 100 * (x - min[f]) / (max[f] - min[f]);
            });
            Double overall = Scorer.overallIndex(q, fields);
            String stage = overall == null ? null
                    : q.stageOf(Rounding.halfUpDouble(overall, q.scoring().rounding())).id();
            out.add(new CohortRow(r.municipality(), r.period(), overall, stage, r.coverage(), fields, r.theses(),
                    r.met(), r.assessable(), r.shortfalls()));
        }
        return out;
    }
}
