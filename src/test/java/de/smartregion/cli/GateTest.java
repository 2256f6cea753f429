package de.smartregion.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * CI gates. The example scores 45.6 (shown) and meets none of the theses; the cohort of
 * src/test/resources/cohort scores 100, 62.5, 50 and 40.
 */
class GateTest {

    private static final String EXAMPLE = "examples/musterstadt-2026.yaml";
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void aScoreBelowTheMinimumExitsWith4AndSaysWhy(@TempDir Path dir) throws IOException {
        Path report = dir.resolve("report.json");
        CliRun run = CliRun.run("assess", EXAMPLE, "-f", "json", "-o", report.toString(), "--fail-under", "46.0",
                "--lang", "en");
        assertThat(run.exitCode()).isEqualTo(4);
        assertThat(run.err())
                .isEqualTo("gate failed for Musterstadt (09999001, 2026): overall index 45.6 is below 46.0\n");
        // the report is still written: CI keeps it as an artefact
        JsonNode gate = JSON.readTree(report.toFile()).get("gate");
        assertThat(gate.get("passed").asBoolean()).isFalse();
        assertThat(gate.get("failUnder").asDouble()).isEqualTo(46.0);
        assertThat(gate.get("reasons").get(0).get("code").asText()).isEqualTo("below-minimum");
    }

    @Test
    void theShownScoreCounts() {
        // 45.58 is shown as 45.6, so a minimum of 45.6 passes
        CliRun run = CliRun.run("assess", EXAMPLE, "-o", "-", "--fail-under", "45.6");
        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).isEmpty();
    }

    @Test
    void unmetThesesFailTheThesisGate() throws IOException {
        CliRun run = CliRun.run("assess", EXAMPLE, "-f", "json", "--fail-on-thesis", "--lang", "en");
        assertThat(run.exitCode()).isEqualTo(4);
        assertThat(run.err()).contains("thesis not met: Integrated, Participatory, Implementable");
        assertThat(JSON.readTree(run.out()).get("gate").get("reasons").get(0).get("code").asText())
                .isEqualTo("thesis-not-met");
        assertThat(JSON.readTree(CliRun.run("assess", EXAMPLE, "-f", "json").out()).has("gate")).isFalse();
    }

    @Test
    void compareGatesEachMunicipality() throws IOException {
        CliRun run = CliRun.run("compare", "-q", "src/test/resources/score/all-types.yaml",
                "src/test/resources/cohort", "-f", "json", "--fail-under", "55", "--lang", "en");
        assertThat(run.exitCode()).isEqualTo(4);
        // each failed municipality on a line of its own that names it, for a CI log
        assertThat(run.err().lines()).containsExactly(
                "gate failed for Bestadt (02, 2026): overall index 40.0 is below 55.0",
                "gate failed for Cehausen, \"Nord\" (03, 2026): overall index 50.0 is below 55.0",
                "gate failed for 2 of 4 municipalities");
        JsonNode c = JSON.readTree(run.out());
        assertThat(c.get("gate").get("failed").asInt()).isEqualTo(2);
        JsonNode failures = c.get("gate").get("failures");
        assertThat(failures).hasSize(2);
        assertThat(failures.get(0).get("name").asText()).isEqualTo("Cehausen, \"Nord\"");
        assertThat(failures.get(1).get("reasons").get(0).get("code").asText()).isEqualTo("below-minimum");
        assertThat(c.get("municipalities").get(0).get("gate").get("passed").asBoolean()).isTrue();
        assertThat(CliRun.run("compare", "-q", "src/test/resources/score/all-types.yaml",
                "src/test/resources/cohort", "-f", "csv", "--fail-under", "40").exitCode()).isZero();
    }

    @Test
    void aMinimumOutsideTheScaleIsAUsageError() {
        assertThat(CliRun.run("assess", EXAMPLE, "--fail-under", "120").exitCode()).isEqualTo(2);
    }
}
