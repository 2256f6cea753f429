package de.smartregion.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/**
 * The result JSON reports each thesis condition with its bound, the answer and whether it holds, whether the thesis
 * is assessable, and which theses each measure closes (src/test/resources/score/conditions*.yaml).
 */
class ConditionJsonTest {

    @Test
    void conditionsAnswersAndClosingMeasuresAreInTheJson() throws Exception {
        CliRun run = CliRun.run("assess", "-q", "src/test/resources/score/conditions.yaml",
                "src/test/resources/score/conditions-answers.yaml", "-f", "json");
        assertThat(run.exitCode()).as(run.describe()).isZero();
        JsonNode r = new ObjectMapper().readTree(run.out());
        JsonNode integrated = r.path("theses").get(0);
        // strategy 0.25·1 + portal 0.5·0.25 over 1 + 0.25 = 0.375 / 1.25 = 30; own weight answered 1 of 1.5
        assertThat(integrated.path("score").asDouble()).isEqualTo(30.0);
        assertThat(integrated.path("assessable").asBoolean()).isTrue();
        assertThat(integrated.path("answeredShare").asDouble()).isEqualTo(0.67);
        JsonNode strategy = integrated.path("conditions").get(0);
        assertThat(strategy.toString()).isEqualTo(
                "{\"question\":\"strategy\",\"atLeast\":\"adopted\",\"answer\":\"draft\",\"answerScore\":0.25,"
                        + "\"holds\":false}");
        JsonNode any = integrated.path("conditions").get(1);
        assertThat(any.path("holds").asBoolean()).isFalse();
        assertThat(any.path("anyOf").get(0).toString()).isEqualTo(
                "{\"question\":\"isek\",\"atLeast\":3,\"answer\":\"n/a\",\"answerScore\":null,\"holds\":false}");
        assertThat(any.path("anyOf").get(1).toString()).isEqualTo(
                "{\"question\":\"sectoral\",\"score\":0.5,\"answer\":null,\"answerScore\":null,\"holds\":false}");
        // a yes/no bound is written as the questionnaire writes it
        assertThat(r.path("theses").get(1).path("conditions").get(0).path("atLeast").asText()).isEqualTo("yes");
        assertThat(r.path("strategyWorks").asBoolean()).isFalse();
        // closing measures first (strategy: its draft is below adopted; sectoral: closes the anyOf), then by priority
        JsonNode priorities = r.path("priorities");
        assertThat(priorities.get(0).path("question").asText()).isEqualTo("strategy");
        assertThat(priorities.get(0).path("closes").toString()).isEqualTo("[\"integrated\"]");
        assertThat(priorities.get(1).path("question").asText()).isEqualTo("sectoral");
        assertThat(priorities.get(2).path("question").asText()).isEqualTo("portal");
        assertThat(priorities.get(2).path("closes").toString()).isEqualTo("[]");
    }
}
