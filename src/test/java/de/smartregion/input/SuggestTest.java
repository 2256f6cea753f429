package de.smartregion.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SuggestTest {

    @Test
    void namesTheNearestValidName() {
        assertThat(Suggest.nearest("som", List.of("none", "some", "all"))).isEqualTo("some");
        assertThat(Suggest.nearest("wieght", List.of("id", "weight", "text"))).isEqualTo("weight");
        assertThat(Suggest.nearest("municipalty", List.of("kind", "municipality", "period"))).isEqualTo("municipality");
        assertThat(Suggest.nearest("Answers", List.of("answers"))).isEqualTo("answers");
    }

    @Test
    void staysSilentWhenNothingIsClose() {
        assertThat(Suggest.nearest("banana", List.of("none", "some", "all"))).isNull();
        assertThat(Suggest.nearest("x", List.of())).isNull();
    }
}
