package de.smartregion.compare;

import static org.assertj.core.api.Assertions.assertThat;

import de.smartregion.model.Municipality;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Size classes are for municipalities: a Landkreis or a Region is grouped with its own kind, however populous. */
class GroupByTest {

    @ParameterizedTest
    @CsvSource(nullValues = "null", value = {
            "Gemeinde, 4999, rural", "Gemeinde, 5000, small-town", "Stadt, 20000, medium-town",
            "Stadt, 167650, large-city", "null, 100000, large-city", "Gemeinde, null, unknown",
            "Landkreis, 167650, Landkreis", "Landkreis, null, Landkreis", "Region, 24720, Region"})
    void bySize(String type, Long population, String group) {
        assertThat(GroupBy.SIZE.groupOf(new Municipality("01", "Test", "Bayern", type, population)))
                .isEqualTo(group);
    }

    @ParameterizedTest
    @CsvSource(nullValues = "null", value = {"Landkreis, Landkreis", "Stadt, Stadt", "null, unknown"})
    void byType(String type, String group) {
        assertThat(GroupBy.TYPE.groupOf(new Municipality("01", "Test", "Bayern", type, 1000L))).isEqualTo(group);
    }
}
