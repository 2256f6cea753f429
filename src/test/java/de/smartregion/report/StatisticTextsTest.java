package de.smartregion.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.smartregion.compare.Statistic;
import de.smartregion.text.Language;
import de.smartregion.text.Messages;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each {@link Statistic} has a column heading in every language and a property in the comparison's schema. */
class StatisticTextsTest {

    @Test
    void everyStatisticHasAHeadingInEveryLanguage() {
        for (Language language : Language.values()) {
            for (Statistic statistic : Statistic.values()) {
                assertThat(Messages.of(language).has("compare." + statistic.key())).as(statistic + " in " + language)
                        .isTrue();
            }
        }
    }

    @Test
    void theSchemaRequiresExactlyTheStatisticsInTheirOrder() throws Exception {
        JsonNode distribution = new ObjectMapper().readTree(Path.of("schemas/comparison.schema.json").toFile())
                .path("definitions").path("distribution");
        List<String> required = new ArrayList<>();
        distribution.path("required").forEach(n -> required.add(n.asText()));
        List<String> properties = new ArrayList<>();
        distribution.path("properties").fieldNames().forEachRemaining(properties::add);
        List<String> keys = Arrays.stream(Statistic.values()).map(Statistic::key).toList();
        assertThat(required).isEqualTo(keys);
        assertThat(properties).isEqualTo(keys);
    }
}
