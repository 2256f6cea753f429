package de.smartregion.score;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import de.smartregion.model.Questionnaire;
import de.smartregion.model.Result;
import de.smartregion.testing.Fixtures;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Questions a municipality's type is not asked ({@code appliesTo}) count as n/a, whatever was answered: they neither
 * score nor lower coverage. src/test/resources/score/applies-to.yaml, answered district-only 4 (score 1) and
 * everyone no (score 0): a Gemeinde or Stadt is scored on everyone alone, 0, with coverage 1/1; a Landkreis, a Region
 * and a municipality of no given type on both, (1 + 0) / 2 = 50, coverage 2/2.
 */
class AppliesToTest {

    private static final Questionnaire Q = Fixtures.questionnaire(
            Fixtures.read("src/test/resources/score/applies-to.yaml"));

    @ParameterizedTest
    @CsvSource({"Gemeinde, 0, 1, 1", "Stadt, 0, 1, 1", "Landkreis, 50, 2, 2", "Region, 50, 2, 2", "'', 50, 2, 2"})
    void aQuestionNotAskedOfTheTypeIsNotApplicable(String type, double overall, int answered, int applicable) {
        String municipality = type.isEmpty() ? "{id: \"01\", name: Testkreis}"
                : "{id: \"01\", name: Testkreis, type: " + type + "}";
        String yaml = Fixtures.answers(Q, null, "district-only: 4", "everyone: no")
                .replace("{id: \"01\", name: Testdorf}", municipality);
        Result r = Scorer.score(Q, List.of(Fixtures.assessment(Q, yaml)), Combine.MEDIAN);
        assertThat(r.overall().score()).isCloseTo(overall, within(1e-9));
        assertThat(r.overall().answered()).isEqualTo(answered);
        assertThat(r.overall().applicable()).isEqualTo(applicable);
        assertThat(r.overall().coverage()).isEqualTo(1.0);
        Result.QuestionResult districtOnly = r.questions().get(0);
        assertThat(districtOnly.score() == null).isEqualTo(answered == 1);
    }
}
