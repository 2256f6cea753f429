package de.smartregion.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The steps of a measure's text hold their invariants, and a score picks the highest step it reaches. */
class RecommendationsTest {

    private static final Text BASE = Text.of("Publish a statement.");
    private static final Recommendations.Step PUBLISHED = step("published", 0.25, "Add a feedback channel.");
    private static final Recommendations.Step FEEDBACK = step("feedback", 0.5, "Have the website audited.");

    private static Recommendations.Step step(String option, double score, String text) {
        return new Recommendations.Step(new Condition.Bound("statement", new AnswerValue.ChoiceValue(option), score),
                Text.of(text));
    }

    @Test
    void aScorePicksTheHighestStepItReaches() {
        Recommendations r = new Recommendations(List.of(PUBLISHED, FEEDBACK));
        assertThat(r.question()).isEqualTo("statement");
        assertThat(r.reachedBy(0.2)).isNull();
        assertThat(r.reachedBy(0.25)).isEqualTo(PUBLISHED.text());
        assertThat(r.reachedBy(0.49)).isEqualTo(PUBLISHED.text());
        assertThat(r.reachedBy(0.5 - 1e-12)).isEqualTo(FEEDBACK.text());
        assertThat(r.reachedBy(1)).isEqualTo(FEEDBACK.text());
    }

    @Test
    void stepsAscendAndThereIsAtLeastOne() {
        assertThatThrownBy(() -> new Recommendations(List.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Recommendations(List.of(FEEDBACK, PUBLISHED)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ascend");
        assertThatThrownBy(() -> new Recommendations(List.of(PUBLISHED, PUBLISHED)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ascend");
        Recommendations.Step other = new Recommendations.Step(new Condition.Bound("other", null, 0.75),
                Text.of("Other."));
        assertThatThrownBy(() -> new Recommendations(List.of(PUBLISHED, other)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("two questions");
    }

    @Test
    void aStepSaysWhatIsLeftToDoInEveryLanguage() {
        Condition.Bound bound = PUBLISHED.atLeast();
        assertThatThrownBy(() -> new Recommendations.Step(bound, Text.of(Map.of("de", "Tun Sie etwas.", "en", " "))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Recommendations.Step(bound, null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new Recommendations.Step(null, BASE)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void aQuestionsStepsBoundItAndComeWithItsRecommendation() {
        Recommendations steps = new Recommendations(List.of(PUBLISHED, FEEDBACK));
        QuestionBasics basics = basics("statement", BASE).withRecommendations(steps);
        assertThat(basics.recommendationFor(null)).isEqualTo(BASE);
        assertThat(basics.recommendationFor(0.0)).isEqualTo(BASE);
        assertThat(basics.recommendationFor(0.625)).isEqualTo(FEEDBACK.text());
        // the duty and the steps survive each other's copy
        assertThat(basics.withDuty(null).recommendations()).isSameAs(steps);
        assertThatThrownBy(() -> basics("other", BASE).withRecommendations(steps))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> basics("statement", null).withRecommendations(steps))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(basics("statement", null).recommendationFor(0.5)).isNull();
    }

    private static QuestionBasics basics(String id, Text recommendation) {
        return new QuestionBasics(id, Text.of("Statement?"), null, 1, Map.of(), false, Effort.MEDIUM, List.of(),
                recommendation, List.of(), List.of(), null, null);
    }
}
