package de.smartregion.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/**
 * Each measure in the result JSON carries its name (the recommendation in the output's language, else the question
 * text) and its roadmap phase, in the roadmap's order; yes/no answers and bounds are written "yes"/"no", as answer
 * files and questionnaires write them (src/test/resources/report/measures*.yaml).
 */
class MeasureJsonTest {

    private static JsonNode assess(String lang) throws Exception {
        CliRun run = CliRun.run("assess", "-q", "src/test/resources/report/measures.yaml",
                "src/test/resources/report/measures-answers.yaml", "-f", "json", "--lang", lang);
        assertThat(run.exitCode()).as(run.describe()).isZero();
        return new ObjectMapper().readTree(run.out());
    }

    @Test
    void measuresAreNamedInTheOutputsLanguageAndListedPhaseByPhase() throws Exception {
        // three yes/no questions answered no: each gains 100/3 = 33.33 points; priorities plan 11.11 (high),
        // review 16.67 (medium), portal 33.33 (low). review closes implementable (review ≥ yes) and requires plan,
        // which is answered at its lowest answer, so not in place: both come to phase 1, plan first; portal is a
        // quick win, also phase 1
        JsonNode en = assess("en").path("priorities");
        assertThat(en).hasSize(3);
        assertThat(en.get(0).path("question").asText()).isEqualTo("plan");
        assertThat(en.get(0).path("measure").asText()).isEqualTo("Adopt an action plan.");
        assertThat(en.get(1).path("question").asText()).isEqualTo("review");
        assertThat(en.get(1).path("closes").toString()).isEqualTo("[\"implementable\"]");
        assertThat(en.get(2).path("question").asText()).isEqualTo("portal");
        // no recommendation: the question names the measure
        assertThat(en.get(2).path("measure").asText()).isEqualTo("Portal");
        for (JsonNode p : en) {
            assertThat(p.path("phase").asInt()).as(p.toString()).isEqualTo(1);
        }
        JsonNode de = assess("de").path("priorities");
        assertThat(de.get(1).path("measure").asText()).isEqualTo("Überprüfen Sie den Plan jährlich.");
    }

    @Test
    void yesNoAnswersAndBoundsAreWrittenAsTheFilesWriteThem() throws Exception {
        JsonNode r = assess("en");
        JsonNode bound = r.path("theses").get(0).path("conditions").get(0);
        assertThat(bound.toString()).isEqualTo(
                "{\"question\":\"review\",\"atLeast\":\"yes\",\"answer\":\"no\",\"answerScore\":0.0,\"holds\":false}");
        assertThat(r.path("questions").get(0).path("answer").asText()).isEqualTo("no");
        assertThat(r.path("questions").get(0).path("answer").isTextual()).isTrue();
    }

    @Test
    void withEveryConditionHoldingMeasuresGoByEffort() throws Exception {
        // review yes: the condition holds, nothing closes it; plan (high) goes to phase 3, portal (low) to phase 1
        CliRun run = CliRun.run("assess", "-q", "src/test/resources/report/measures.yaml",
                "src/test/resources/report/measures-reviewed.yaml", "-f", "json");
        assertThat(run.exitCode()).as(run.describe()).isZero();
        JsonNode p = new ObjectMapper().readTree(run.out()).path("priorities");
        assertThat(p).hasSize(2);
        assertThat(p.get(0).path("question").asText()).isEqualTo("portal");
        assertThat(p.get(0).path("phase").asInt()).isEqualTo(1);
        assertThat(p.get(1).path("question").asText()).isEqualTo("plan");
        assertThat(p.get(1).path("phase").asInt()).isEqualTo(3);
    }
}
