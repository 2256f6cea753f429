package de.smartregion.report;

import static org.assertj.core.api.Assertions.assertThat;
import de.smartregion.model.Questionnaire;
import de.smartregion.score.Gate;
import de.smartregion.testing.Fixtures;
import de.smartregion.text.JsonText;
import de.smartregion.text.Messages;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each gate reason has a stable code for scripts and a message with numbers as shown. */
class GateTextsTest {

    private static final Questionnaire Q = Fixtures.questionnaire(
            Fixtures.read("src/test/resources/score/all-types.yaml"));

    @Test
    void everyReasonHasItsCodeAndMessage() {
        Messages en = Messages.of("en");
        Gate.Reason below = new Gate.BelowMinimum(45.92, 46);
        Gate.Reason none = new Gate.NoScore(46);
        Gate.Reason theses = new Gate.ThesisNotMet(List.of(Q.theses().get(0), Q.theses().get(2)));
        assertThat(List.of(below, none, theses)).extracting(GateTexts::code)
                .containsExactly("below-minimum", "no-score", "thesis-not-met");
        assertThat(GateTexts.reason(below, en, Q, "en")).isEqualTo("overall index 45.9 is below 46.0");
        assertThat(GateTexts.reason(none, en, Q, "en"))
                .isEqualTo("no overall index (nothing answered), but at least 46.0 is required");
        assertThat(GateTexts.reason(theses, en, Q, "en")).isEqualTo("thesis not met: Integrated, Implementable");
        assertThat(GateTexts.reason(below, Messages.of("de"), Q, "de")).isEqualTo("Gesamtindex 45,9 liegt unter 46,0");
    }

    @Test
    void aVerdictIsOneLineAndOneJsonObject() {
        Gate gate = new Gate(46.0, true);
        Gate.Verdict v = new Gate.Verdict(gate, List.of(new Gate.BelowMinimum(40, 46),
                new Gate.ThesisNotMet(List.of(Q.theses().get(1)))));
        Messages en = Messages.of("en");
        assertThat(GateTexts.line(v, en, Q, "en"))
                .isEqualTo("overall index 40.0 is below 46.0; thesis not met: Participatory");
        assertThat(JsonText.of(GateTexts.json(v, en, Q))).isEqualTo("""
                {
                  "failUnder": 46.0,
                  "failOnThesis": true,
                  "passed": false,
                  "reasons": [
                    {
                      "code": "below-minimum",
                      "message": "overall index 40.0 is below 46.0"
                    },
                    {
                      "code": "thesis-not-met",
                      "message": "thesis not met: Participatory"
                    }
                  ]
                }
                """);
        assertThat(JsonText.of(GateTexts.json(new Gate.Verdict(new Gate(null, true), List.of()), en, Q)))
                .contains("\"failUnder\": null").contains("\"passed\": true").contains("\"reasons\": []");
    }
}
