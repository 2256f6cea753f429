package de.smartregion.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScoresTest {

    private static final List<Double> GIVEN = Arrays.asList(47.5, null, 0.0, 100.0);

    @Test
    void anAbsentScoreIsNull() {
        Scores s = Scores.of(GIVEN);
        assertThat(s.size()).isEqualTo(4);
        assertThat(s.get(0)).isEqualTo(47.5);
        assertThat(s.get(1)).isNull();
        assertThat(s.get(2)).isEqualTo(0.0);
        List<Double> iterated = new ArrayList<>();
        s.forEach(iterated::add);
        assertThat(iterated).isEqualTo(GIVEN);
        assertThat(s.stream().toList()).isEqualTo(GIVEN);
    }

    @Test
    void aNaNIsNoScoreToBeGiven() {
        assertThatThrownBy(() -> Scores.of(List.of(1.0, Double.NaN))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("null");
    }

    @Test
    void equalByContent() {
        Scores s = Scores.of(GIVEN);
        Scores same = Scores.of(GIVEN.size(), GIVEN::get);
        assertThat(s).isEqualTo(same).hasSameHashCodeAs(same).isNotEqualTo(Scores.of(Arrays.asList(47.5, 1.0, 0.0,
                100.0)));
        assertThat(s).hasToString("[47.5, null, 0.0, 100.0]");
    }
}
