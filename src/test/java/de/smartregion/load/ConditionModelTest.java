package de.smartregion.load;

import static org.assertj.core.api.Assertions.assertThat;

import de.smartregion.model.AnswerValue;
import de.smartregion.model.Condition;
import de.smartregion.model.MissingPolicy;
import de.smartregion.model.Questionnaire;
import de.smartregion.model.Thesis;
import de.smartregion.testing.Fixtures;
import org.junit.jupiter.api.Test;

/** Conditions load into the model with their bound as written and as a score. */
class ConditionModelTest {

    private static final Questionnaire Q =
            Fixtures.questionnaire(Fixtures.read("src/test/resources/score/conditions.yaml"));

    @Test
    void boundsCarryTheScoreTheyStandFor() {
        Thesis integrated = Q.theses().get(0);
        assertThat(integrated.missing()).isEqualTo(MissingPolicy.EXCLUDE); // scoring.missing
        // option `adopted` scores 0.75
        assertThat(integrated.conditions().get(0))
                .isEqualTo(new Condition.Bound("strategy", new AnswerValue.ChoiceValue("adopted"), 0.75));
        // level 3 of the default scale 0..4: (3 - 0) / (4 - 0) = 0.75; a plain score stays as written
        assertThat(integrated.conditions().get(1)).isEqualTo(new Condition.AnyOf(java.util.List.of(
                new Condition.Bound("isek", new AnswerValue.LevelValue(3), 0.75),
                new Condition.Bound("sectoral", null, 0.5))));
    }

    @Test
    void aThesisMayCountItsUnansweredQuestionsAsZero() {
        Thesis participatory = Q.theses().get(1);
        assertThat(participatory.missing()).isEqualTo(MissingPolicy.ZERO);
        assertThat(participatory.conditions())
                .containsExactly(new Condition.Bound("feedback", new AnswerValue.BoolValue(true), 1));
        assertThat(Q.theses().get(2).conditions()).isEmpty();
    }
}
