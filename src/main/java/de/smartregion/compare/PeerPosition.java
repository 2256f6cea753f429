package de.smartregion.compare;

import de.smartregion.model.Scores;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * Where one municipality stands among its peers in one period: for the index, each field and each thesis, its rank,
 * percentile rank and the peers' median, and how many peers meet each thesis. The municipality counts among its
 * peers, once, with the scores of its own report.
 *
 * @param peers how many municipalities the position is taken among, the municipality included
 * @param fields by field position; {@code theses} and {@code met} by thesis position
 * @param met how many of the peers meet each thesis
 * @param types how many peers are of each municipality type (Gemeinde, Stadt, …), the municipality included, most
 *     first (ties in the order types first appear); a key null counts the peers whose files give no type
 */
public record PeerPosition(int peers, Place overall, List<Place> fields, List<Place> theses, List<Integer> met,
                           Map<String, Integer> types) {

    public PeerPosition {
        fields = List.copyOf(fields);
        theses = List.copyOf(theses);
        met = List.copyOf(met);
        // a null key stands for "no type given", which Map.copyOf would refuse
        types = Collections.unmodifiableMap(new LinkedHashMap<>(types));
    }

    /**
     * One score's position. Equal scores share a rank (1 + how many peers score higher), so that two towns with
     * the same index are not told apart by their ids.
     *
     * @param rank null when the municipality has no such score
     * @param of how many peers have the score
     * @param percentile PERCENTRANK.INC as a percentage ({@link Statistics#percentRank}); null without a rank
     * @param median the median (PERCENTILE.INC) of the peers' scores; null when none has one
     */
    public record Place(Integer rank, int of, Double percentile, Double median) {
        public Place {
            if (rank != null && (rank < 1 || rank > of)) {
                throw new IllegalArgumentException("rank " + rank + " of " + of);
            }
        }
    }

    /**
     * @param self the municipality, scored as its report scores it
     * @param others its peers in the same period; a row of the municipality itself (same id) is left out, as
     *     {@code self} stands for it
     */
    public static PeerPosition of(CohortRow self, List<CohortRow> others) {
        List<CohortRow> all = new ArrayList<>();
        all.add(self);
        for (CohortRow r : others) {
            if (!r.id().equals(self.id())) {
                all.add(r);
            }
        }
        List<Place> fields = new ArrayList<>();
        for (int f = 0; f < self.fields().size(); f++) {
            final int field = f;
            fields.add(place(all, r -> r.fields().get(field), self.fields().get(f)));
        }
        List<Place> theses = new ArrayList<>();
        List<Integer> met = new ArrayList<>();
        for (int t = 0; t < self.theses().size(); t++) {
            final int thesis = t;
            theses.add(place(all, r -> at(r.theses(), thesis), self.theses().get(t)));
            int n = 0;
            for (CohortRow r : all) {
                n += t < r.met().size() && r.met().get(t) ? 1 : 0;
            }
            met.add(n);
        }
        return new PeerPosition(all.size(), place(all, CohortRow::overall, self.overall()), fields, theses, met,
                types(all));
    }

    /** The peers counted by type, most first: a town placed among districts and regions is told so. */
    private static Map<String, Integer> types(List<CohortRow> all) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (CohortRow r : all) {
            counts.merge(r.municipality().type(), 1, Integer::sum);
        }
        List<Map.Entry<String, Integer>> entries = new ArrayList<>(counts.entrySet());
        // a stable sort keeps the order of first appearance among equal counts
        entries.sort((a, b) -> Integer.compare(b.getValue(), a.getValue()));
        Map<String, Integer> sorted = new LinkedHashMap<>();
        for (Map.Entry<String, Integer> e : entries) {
            sorted.put(e.getKey(), e.getValue());
        }
        return sorted;
    }

    /** A peer answering another questionnaire version may have fewer scores; it then has none at that position. */
    private static Double at(Scores scores, int i) {
        return i < scores.size() ? scores.get(i) : null;
    }

    private static Place place(List<CohortRow> all, Function<CohortRow, Double> score, Double own) {
        double[] sorted = all.stream().map(score).filter(Objects::nonNull).mapToDouble(Double::doubleValue)
                .sorted().toArray();
        Double median = sorted.length == 0 ? null : Statistics.percentileInc(sorted, 0.5);
        if (own == null) {
            return new Place(null, sorted.length, null, median);
        }
        int higher = 0;
        for (double x : sorted) {
            higher += x > own ? 1 : 0;
        }
        return new Place(higher + 1, sorted.length, Statistics.percentRank(sorted, own), median);
    }
}
