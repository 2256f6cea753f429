package de.smartregion.compare;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
        return PeerRanking.of(all, self).place(self);
    }
}
