package de.smartregion.compare;

import de.smartregion.model.Scores;
import java.util.ArrayList;
import java.util.List;
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
 */
public record PeerPosition(int peers, Place overall, List<Place> fields, List<Place> theses, List<Integer> met) {

    public PeerPosition {
        fields = List.copyOf(fields);
        theses = List.copyOf(theses);
        met = List.copyOf(met);
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
        return new PeerPosition(all.size(), place(all, CohortRow::overall, self.overall()), fields, theses, met);
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
