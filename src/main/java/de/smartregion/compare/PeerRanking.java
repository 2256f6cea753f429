package de.smartregion.compare;

import de.smartregion.model.Scores;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Municipalities of one period sorted once by every score, so that each of them is placed among the others by
 * binary search: a report run places every member of a cohort of 100,000, which sorting anew for each would make
 * quadratic.
 */
public final class PeerRanking {

    private final Map<String, CohortRow> byId;
    private final int size;
    private final double[] overall;
    /** By field position, then ascending; a row without that score is left out. */
    private final double[][] fields;
    private final double[][] theses;
    private final List<Integer> met;
    /** How many are of each type, in the order types first appear; a key null counts those of no given type. */
    private final Map<String, Integer> typeCounts;

    private PeerRanking(List<CohortRow> rows, int fieldCount, int thesisCount) {
        byId = new HashMap<>();
        for (CohortRow r : rows) {
            if (byId.put(r.id(), r) != null) {
                throw new IllegalArgumentException("municipality " + r.id() + " twice among its peers");
            }
        }
        size = rows.size();
        overall = sorted(rows, r -> r.overall());
        fields = new double[fieldCount][];
        for (int f = 0; f < fieldCount; f++) {
            final int field = f;
            fields[f] = sorted(rows, r -> at(r.fields(), field));
        }
        theses = new double[thesisCount][];
        List<Integer> metBy = new ArrayList<>();
        for (int t = 0; t < thesisCount; t++) {
            final int thesis = t;
            theses[t] = sorted(rows, r -> at(r.theses(), thesis));
            int n = 0;
            for (CohortRow r : rows) {
                n += t < r.met().size() && r.met().get(t) ? 1 : 0;
            }
            metBy.add(n);
        }
        met = List.copyOf(metBy);
        typeCounts = new LinkedHashMap<>();
        for (CohortRow r : rows) {
            typeCounts.merge(r.municipality().type(), 1, Integer::sum);
        }
    }

    /**
     * @param rows the municipalities, each once, with the scores of the questionnaire whose fields and theses
     *     {@code like} has
     */
    public static PeerRanking of(List<CohortRow> rows, CohortRow like) {
        return new PeerRanking(rows, like.fields().size(), like.theses().size());
    }

    /**
     * The position of {@code self} among these municipalities, itself counted once with its own scores: in
     * logarithmic time when its row here has the same scores (the usual case, as a report scores what the cohort
     * scored), else by ranking the others anew with {@code self} in its row's place.
     */
    public PeerPosition place(CohortRow self) {
        CohortRow own = byId.get(self.id());
        if (own != self && (own == null || !sameScores(own, self) || own.fields().size() != fields.length
                || own.theses().size() != theses.length)) {
            List<CohortRow> all = new ArrayList<>();
            all.add(self);
            for (CohortRow r : byId.values()) {
                if (!r.id().equals(self.id())) {
                    all.add(r);
                }
            }
            return of(all, self).place(self);
        }
        List<PeerPosition.Place> fieldPlaces = new ArrayList<>();
        for (int f = 0; f < fields.length; f++) {
            fieldPlaces.add(place(fields[f], self.fields().get(f)));
        }
        List<PeerPosition.Place> thesisPlaces = new ArrayList<>();
        for (int t = 0; t < theses.length; t++) {
            thesisPlaces.add(place(theses[t], self.theses().get(t)));
        }
        return new PeerPosition(size, place(overall, self.overall()), fieldPlaces, thesisPlaces, met,
                types(self.municipality().type()));
    }

    /** Whether both rows would count the same in every place: scores, verdicts and type. */
    private static boolean sameScores(CohortRow a, CohortRow b) {
        return Objects.equals(a.overall(), b.overall()) && a.fields().equals(b.fields())
                && a.theses().equals(b.theses()) && a.met().equals(b.met())
                && Objects.equals(a.municipality().type(), b.municipality().type());
    }

    private static double[] sorted(List<CohortRow> rows, java.util.function.Function<CohortRow, Double> score) {
        double[] values = new double[rows.size()];
        int n = 0;
        for (CohortRow r : rows) {
            Double v = score.apply(r);
            if (v != null) {
                values[n++] = v;
            }
        }
        double[] kept = Arrays.copyOf(values, n);
        Arrays.sort(kept);
        return kept;
    }

    /** A peer answering another questionnaire version may have fewer scores; it then has none at that position. */
    private static Double at(Scores scores, int i) {
        return i < scores.size() ? scores.get(i) : null;
    }

    /** Equal scores share a rank (1 + how many score higher), so that ties are not told apart by their ids. */
    private static PeerPosition.Place place(double[] sorted, Double own) {
        Double median = sorted.length == 0 ? null : Statistics.percentileInc(sorted, 0.5);
        if (own == null) {
            return new PeerPosition.Place(null, sorted.length, null, median);
        }
        // the first value above own: everything from there on scores higher
        int lo = 0;
        int hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] <= own) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return new PeerPosition.Place(sorted.length - lo + 1, sorted.length, Statistics.percentRank(sorted, own),
                median);
    }

    /**
     * The peers counted by type, most first, ties in the order the types first appear when {@code self} is counted
     * first: a town placed among districts and regions is told so, its own kind first among equals.
     */
    private Map<String, Integer> types(String selfType) {
        // a list, not Map.entry: a null key stands for "no type given"
        List<String> order = new ArrayList<>();
        order.add(selfType);
        for (String type : typeCounts.keySet()) {
            if (!Objects.equals(type, selfType)) {
                order.add(type);
            }
        }
        // a stable sort keeps the order of first appearance among equal counts
        order.sort((a, b) -> Integer.compare(typeCounts.get(b), typeCounts.get(a)));
        Map<String, Integer> sorted = new LinkedHashMap<>();
        for (String type : order) {
            sorted.put(type, typeCounts.get(type));
        }
        return sorted;
    }
}
