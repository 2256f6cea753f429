package de.smartregion.report;

import static org.assertj.core.api.Assertions.assertThat;

import de.smartregion.model.Assessment;
import de.smartregion.model.Question;
import de.smartregion.model.Questionnaire;
import de.smartregion.model.Result;
import de.smartregion.score.Combine;
import de.smartregion.score.Scorer;
import de.smartregion.testing.Fixtures;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A measure reads the text of the highest step its question's result score reaches, below every step the
 * recommendation (src/test/resources/report/steps.yaml). By hand: statement scores none 0, published 0.25, feedback
 * 0.5, audited 1, with steps at published (0.25) and feedback (0.5); strategy is on the scale 0..4, scored v / 4, with
 * a step at level 2 (0.5); share scores x / 100, with a step at score 0.5.
 */
class MeasureStepsTest {

    private static final Questionnaire Q = Fixtures.questionnaire(Fixtures.read("src/test/resources/report/steps.yaml"));
    private static final String BASE = "Veröffentlichen Sie eine Erklärung.";
    private static final String FEEDBACK = "Ergänzen Sie einen Feedback-Weg.";
    private static final String AUDIT = "Lassen Sie die Website prüfen.";

    private static Question question(String id) {
        return Q.questions().get(Q.indexOf(id));
    }

    private static String measure(String id, Double score) {
        return ReportViews.measure(question(id), score, Q, "de");
    }

    @Test
    void belowTheFirstStepTheRecommendationNamesTheMeasure() {
        assertThat(measure("statement", 0.0)).isEqualTo(BASE);
        assertThat(measure("statement", 0.24)).isEqualTo(BASE);
        assertThat(measure("strategy", 0.25)).isEqualTo("Erarbeiten Sie eine Strategie.");
        assertThat(measure("share", 0.49)).isEqualTo("Bieten Sie Leistungen online an.");
    }

    @Test
    void atABoundItsStepNamesTheMeasureUpToTheNext() {
        assertThat(measure("statement", 0.25)).isEqualTo(FEEDBACK);
        assertThat(measure("statement", 0.4)).isEqualTo(FEEDBACK);
        assertThat(measure("statement", 0.5)).isEqualTo(AUDIT);
        assertThat(measure("statement", 0.75)).isEqualTo(AUDIT);
        assertThat(measure("strategy", 0.5)).isEqualTo("Schreiben Sie die Strategie fort.");
        assertThat(measure("share", 0.5)).isEqualTo("Bieten Sie die übrigen Leistungen online an.");
        // a score off the bound by rounding noise only is at the bound, as for thesis conditions
        assertThat(measure("statement", 0.25 - 1e-12)).isEqualTo(FEEDBACK);
    }

    @Test
    void unansweredOrNotApplicableGetsTheRecommendation() {
        assertThat(measure("statement", null)).isEqualTo(BASE);
    }

    @Test
    void eachLanguageHasItsStepAndAQuestionWithoutStepsItsRecommendation() {
        assertThat(ReportViews.measure(question("statement"), 0.5, Q, "en")).isEqualTo("Have the website audited.");
        assertThat(ReportViews.measure(question("portal"), 0.0, Q, "en")).isEqualTo("Set up a portal.");
    }

    /** The answers of one respondent: published 0.25, level 2 (0.5) and 30 % (0.3). */
    @Test
    void aRespondentsAnswersPickTheirSteps() {
        Result r = score(List.<String[]>of(new String[] {"administration", "statement: published", "strategy: 2",
            "share: 30", "portal: no"}));
        assertThat(measures(r)).containsExactlyInAnyOrder("statement " + FEEDBACK, "strategy Schreiben Sie die Strategie fort.",
                "share Bieten Sie Leistungen online an.", "portal Richten Sie ein Portal ein.");
    }

    /**
     * Two groups: the combined score is the median of the role scores, here their mean. Administration published
     * (0.25) and council audited (1) combine to 0.625, between the steps at 0.5 and 1: the feedback step's text,
     * which neither group's own answer calls for. None (0) and feedback (0.5) combine to 0.25, at the first bound;
     * none and published to 0.125, below it.
     */
    @Test
    void theCombinedScoreOfSeveralRespondentsPicksTheStep() {
        assertThat(statement("published", "audited")).isEqualTo(AUDIT);
        assertThat(statement("none", "feedback")).isEqualTo(FEEDBACK);
        assertThat(statement("none", "published")).isEqualTo(BASE);
    }

    private static String statement(String administration, String council) {
        Result r = score(List.<String[]>of(new String[] {"administration", "statement: " + administration},
                new String[] {"council", "statement: " + council}));
        assertThat(r.questions().get(0).score()).isNotNull();
        for (Result.Priority p : r.priorities()) {
            if (p.question().id().equals("statement")) {
                return new MeasureNames(r, "de").of(p);
            }
        }
        throw new AssertionError("no measure for statement: " + r.priorities());
    }

    private static Result score(List<String[]> respondents) {
        List<Assessment> assessments = new ArrayList<>();
        for (String[] r : respondents) {
            String[] answers = Arrays.copyOfRange(r, 1, r.length);
            assessments.add(Fixtures.assessment(Q, Fixtures.answers(Q, r[0], answers)));
        }
        return Scorer.score(Q, assessments, Combine.MEDIAN);
    }

    private static List<String> measures(Result r) {
        MeasureNames names = new MeasureNames(r, "de");
        List<String> texts = new ArrayList<>();
        for (Result.Priority p : r.priorities()) {
            texts.add(p.question().id() + " " + names.of(p));
        }
        return texts;
    }
}
