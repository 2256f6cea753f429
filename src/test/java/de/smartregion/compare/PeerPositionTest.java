package de.smartregion.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

import de.smartregion.model.Municipality;
import de.smartregion.model.Scores;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Ranks, percentile ranks and medians among peers, computed by hand. */
class PeerPositionTest {

    @Test
    void ranksPercentilesAndMediansAmongThePeers() {
        CohortRow self = row("01", 50.0, 60.0, true);
        List<CohortRow> peers = List.of(row("02", 70.0, 55.0, true), row("03", 50.0, 65.0, false),
                row("04", 40.0, null, false), row("05", 30.0, 45.0, false),
                // the municipality itself among the peers' files: its report's scores stand for it
                row("01", 10.0, 10.0, false));

        PeerPosition p = PeerPosition.of(self, peers);

        assertThat(p.peers()).isEqualTo(5);
        // index 30, 40, 50, 50, 70: one higher, so rank 2 (shared with 03); 2 of the 4 others lower: 50
        assertThat(p.overall().rank()).isEqualTo(2);
        assertThat(p.overall().of()).isEqualTo(5);
        assertThat(p.overall().percentile()).isEqualTo(50.0);
        assertThat(p.overall().median()).isEqualTo(50.0);
        // thesis 45, 55, 60, 65 (04 has none): rank 2 of 4, 2 of 3 lower, median (55 + 60) / 2
        PeerPosition.Place thesis = p.theses().get(0);
        assertThat(thesis.rank()).isEqualTo(2);
        assertThat(thesis.of()).isEqualTo(4);
        assertThat(thesis.percentile()).isCloseTo(66.667, within(0.001));
        assertThat(thesis.median()).isEqualTo(57.5);
        // met by 01 and 02
        assertThat(p.met()).containsExactly(2);
        // field = index here
        assertThat(p.fields().get(0).rank()).isEqualTo(2);
    }

    @Test
    void aMunicipalityWithoutAScoreHasNoRankButThePeersMedian() {
        PeerPosition p = PeerPosition.of(row("01", null, null, false),
                List.of(row("02", 70.0, 55.0, true), row("03", 20.0, 65.0, false)));

        assertThat(p.overall().rank()).isNull();
        assertThat(p.overall().percentile()).isNull();
        assertThat(p.overall().of()).isEqualTo(2);
        assertThat(p.overall().median()).isEqualTo(45.0);
    }

    @Test
    void thePeersAreCountedByTypeMostFirst() {
        PeerPosition p = PeerPosition.of(row("01", 50.0, 60.0, true, "Stadt"),
                List.of(row("02", 70.0, 55.0, true, "Landkreis"), row("03", 50.0, 65.0, false, null),
                        row("04", 40.0, null, false, "Stadt"), row("05", 30.0, 45.0, false, "Landkreis"),
                        row("06", 30.0, 45.0, false, "Stadt")));

        // Stadt 3, then Landkreis 2 (it appears before the file without a type), then no type 1
        assertThat(new ArrayList<>(p.types().entrySet())).extracting(Map.Entry::getKey, Map.Entry::getValue)
                .containsExactly(tuple("Stadt", 3), tuple("Landkreis", 2), tuple(null, 1));
    }

    private static CohortRow row(String id, Double overall, Double thesis, boolean met) {
        return row(id, overall, thesis, met, "Gemeinde");
    }

    private static CohortRow row(String id, Double overall, Double thesis, boolean met, String type) {
        return new CohortRow(new Municipality(id, "Gemeinde " + id, "Bayern", type, 1000L), "2026", overall,
                null, 1.0, Scores.of(Arrays.asList(overall)), Scores.of(Arrays.asList(thesis)), List.of(met), List.of(thesis != null));
    }
}
