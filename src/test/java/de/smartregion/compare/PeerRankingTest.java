package de.smartregion.compare;

import static org.assertj.core.api.Assertions.assertThat;

import de.smartregion.model.Municipality;
import de.smartregion.model.Scores;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The ranking sorted once places every member as ranking the others anew for each would: rank 1 + those scoring
 * higher, PERCENTRANK.INC, the PERCENTILE.INC median, met counts and types, on random cohorts with ties and gaps.
 */
class PeerRankingTest {

    private static final String[] TYPES = {"Gemeinde", "Stadt", null, "Landkreis"};

    @Test
    void placesEveryMemberAsABruteForceCountWould() {
        Random random = new Random(19);
        for (int round = 0; round < 200; round++) {
            int n = 1 + random.nextInt(40);
            List<CohortRow> rows = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                rows.add(row(String.format("%03d", i), score(random), score(random), random.nextBoolean(),
                        TYPES[random.nextInt(TYPES.length)]));
            }
            PeerRanking ranking = PeerRanking.of(rows, rows.get(0));
            for (CohortRow self : rows) {
                PeerPosition fast = ranking.place(self);
                assertThat(fast).isEqualTo(bruteForce(self, rows));
                // the list PeerPosition.of takes, self first: the same position, types in the same order
                List<CohortRow> others = new ArrayList<>(rows);
                assertThat(PeerPosition.of(self, others)).isEqualTo(fast);
                assertThat(new ArrayList<>(fast.types().keySet()))
                        .isEqualTo(new ArrayList<>(types(self, rows).keySet()));
            }
        }
    }

    @Test
    void aMemberScoredOtherwiseThanItsRowIsPlacedWithItsOwnScores() {
        List<CohortRow> rows = List.of(row("01", 10.0, 10.0, false, "Stadt"), row("02", 50.0, 50.0, true, "Stadt"),
                row("03", 70.0, 70.0, true, "Stadt"));
        PeerRanking ranking = PeerRanking.of(rows, rows.get(0));
        // "01" as its report scores it: 90, above both others
        PeerPosition p = ranking.place(row("01", 90.0, 90.0, true, "Stadt"));
        assertThat(p.overall().rank()).isEqualTo(1);
        assertThat(p.overall().percentile()).isEqualTo(100.0);
        assertThat(p.overall().median()).isEqualTo(70.0);
        assertThat(p.met()).containsExactly(3);
    }

    /** Ties on purpose: scores from a few values, and some missing. */
    private static Double score(Random random) {
        int pick = random.nextInt(8);
        return pick == 0 ? null : pick * 12.5;
    }

    private static PeerPosition bruteForce(CohortRow self, List<CohortRow> rows) {
        return new PeerPosition(rows.size(), place(rows, self.overall(), 0), List.of(place(rows, self.overall(), 0)),
                List.of(place(rows, self.theses().get(0), 1)), List.of(met(rows)), types(self, rows));
    }

    /** Counted over self first, then the others in order; most first, ties in order of first appearance. */
    private static java.util.Map<String, Integer> types(CohortRow self, List<CohortRow> rows) {
        List<CohortRow> all = new ArrayList<>(List.of(self));
        for (CohortRow r : rows) {
            if (!r.id().equals(self.id())) {
                all.add(r);
            }
        }
        java.util.Map<String, Integer> counts = new java.util.LinkedHashMap<>();
        for (CohortRow r : all) {
            counts.merge(r.municipality().type(), 1, Integer::sum);
        }
        List<java.util.Map.Entry<String, Integer>> entries = new ArrayList<>(counts.entrySet());
        entries.sort((a, b) -> Integer.compare(b.getValue(), a.getValue()));
        java.util.Map<String, Integer> sorted = new java.util.LinkedHashMap<>();
        for (java.util.Map.Entry<String, Integer> e : entries) {
            sorted.put(e.getKey(), e.getValue());
        }
        return sorted;
    }

    private static int met(List<CohortRow> rows) {
        int n = 0;
        for (CohortRow r : rows) {
            n += r.met().get(0) ? 1 : 0;
        }
        return n;
    }

    /** @param which 0 for the index, 1 for the thesis */
    private static PeerPosition.Place place(List<CohortRow> rows, Double own, int which) {
        List<Double> values = new ArrayList<>();
        for (CohortRow r : rows) {
            Double v = which == 0 ? r.overall() : r.theses().get(0);
            if (v != null) {
                values.add(v);
            }
        }
        values.sort(null);
        Double median = null;
        if (!values.isEmpty()) {
            double rank = 0.5 * (values.size() - 1);
            int lo = (int) Math.floor(rank);
            int hi = Math.min(lo + 1, values.size() - 1);
            median = values.get(lo) + (rank - lo) * (values.get(hi) - values.get(lo));
        }
        if (own == null) {
            return new PeerPosition.Place(null, values.size(), null, median);
        }
        int higher = 0;
        int lower = 0;
        for (double v : values) {
            higher += v > own ? 1 : 0;
            lower += v < own ? 1 : 0;
        }
        double percentile = values.size() == 1 ? 100 : 100.0 * lower / (values.size() - 1);
        return new PeerPosition.Place(higher + 1, values.size(), percentile, median);
    }

    private static CohortRow row(String id, Double overall, Double thesis, boolean met, String type) {
        return new CohortRow(new Municipality(id, "Gemeinde " + id, "Bayern", type, 1000L), "2026", overall, null,
                1.0, Scores.of(Arrays.asList(overall)), Scores.of(Arrays.asList(thesis)), List.of(met),
                List.of(thesis != null));
    }
}
