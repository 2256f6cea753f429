package de.smartregion.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A thesis not met although its score reaches the threshold says why in the comparison: ILE Birkachtal's
 * Umsetzbar scores 52,1 (threshold 50) and fails the condition of a regular review of the action plan.
 */
class CompareShortfallTest {

    @Test
    void aVerdictBelowItsScoreNamesTheFailedCondition() {
        CliRun german = CliRun.run(CliRun.GERMAN, "compare", "examples", "-f", "md", "-o", "-");
        assertThat(german.exitCode()).as(german.describe()).isZero();
        assertThat(german.out()).contains("| 4. ILE Birkachtal | 66,8 (erfüllt) | 71,5 (erfüllt) | 52,1 (nicht erfüllt: "
                + "Bedingung offen) |")
                .contains("- ILE Birkachtal, Umsetzbar: Der Wert erreicht die Schwelle, doch eine Bedingung ist nicht "
                        + "erfüllt. Keine regelmäßige Überprüfung des Maßnahmenplans.")
                // below the threshold, the score is reason enough
                .contains("| 5. Musterstadt | 48,2 (nicht erfüllt) |");
        CliRun english = CliRun.run("compare", "examples", "--lang", "en", "-f", "html", "-o", "-");
        assertThat(english.out()).contains("<li>ILE Birkachtal, Implementable: the score reaches the threshold, but a "
                + "condition fails. No regular review of the action plan.</li>");
    }

    @Test
    void jsonAndCsvNameTheFailedConditionsByQuestion() throws IOException {
        CliRun json = CliRun.run("compare", "examples", "-f", "json", "-o", "-");
        assertThat(json.exitCode()).as(json.describe()).isZero();
        JsonNode municipalities = new ObjectMapper().readTree(json.out()).get("municipalities");
        assertThat(municipalities.get(3).get("name").asText()).isEqualTo("ILE Birkachtal");
        assertThat(municipalities.get(3).get("failedConditions").toString())
                .isEqualTo("{\"implementable\":[\"str-review-cycle\"]}");
        // a thesis met, or below its threshold (Musterstadt's Integriert 48,2), lists nothing
        assertThat(municipalities.get(4).get("failedConditions").toString()).isEqualTo("{}");
        CliRun csv = CliRun.run("compare", "examples", "-f", "csv", "-o", "-");
        List<String> lines = csv.outLines();
        assertThat(lines.get(0)).endsWith(",met:implementable,failed:integrated,failed:participatory,"
                + "failed:implementable");
        assertThat(lines.get(4)).startsWith("4,R-BY-ILE-BIRKACHTAL,").endsWith(",true,true,false,,,str-review-cycle");
    }

    @Test
    void aFailedAnyOfIsNamedByAllItsQuestions(@TempDir Path dir) throws IOException {
        // Birkachtal without feedback to participants: Partizipativ still scores 63,9, but neither alternative of
        // its feedback condition holds
        String yaml = Files.readString(Path.of("examples/ile-birkachtal-2026.yaml"))
                .replace("\n  par-feedback: yes\n", "\n  par-feedback: no\n")
                .replace("\n  par-feedback-level: per-proposal\n", "\n  par-feedback-level: none\n");
        Path file = Files.writeString(dir.resolve("birkachtal.yaml"), yaml);
        CliRun json = CliRun.run("compare", file.toString(), "-f", "json", "-o", "-");
        assertThat(json.exitCode()).as(json.describe()).isZero();
        assertThat(new ObjectMapper().readTree(json.out()).get("municipalities").get(0).get("failedConditions")
                .toString()).isEqualTo("{\"participatory\":[[\"par-feedback-level\",\"par-feedback\"]],"
                        + "\"implementable\":[\"str-review-cycle\"]}");
        CliRun csv = CliRun.run("compare", file.toString(), "-f", "csv", "-o", "-");
        assertThat(csv.outLines().get(1))
                .endsWith(",true,false,false,,par-feedback-level|par-feedback,str-review-cycle");
        CliRun german = CliRun.run(CliRun.GERMAN, "compare", file.toString(), "-f", "md", "-o", "-");
        assertThat(german.out()).contains("- ILE Birkachtal, Partizipativ: Der Wert erreicht die Schwelle, doch eine "
                + "Bedingung ist nicht erfüllt. Keine Rückmeldung an die Beteiligten und Beteiligungsergebnisse "
                + "nicht öffentlich dokumentiert; eines davon zu beheben genügt.");
    }

    @Test
    void theTrendSaysItForThePeriodToo() {
        CliRun run = CliRun.run(CliRun.GERMAN, "trend", "examples/ile-birkachtal-2024.yaml",
                "examples/ile-birkachtal-2025.yaml", "examples/ile-birkachtal-2026.yaml", "-f", "md", "-o", "-");
        assertThat(run.exitCode()).as(run.describe()).isZero();
        assertThat(run.out()).contains("52,1 (+21,1) · nicht erfüllt: Bedingung offen |")
                .contains("- 2026, Umsetzbar: Der Wert erreicht die Schwelle, doch eine Bedingung ist nicht erfüllt. "
                        + "Keine regelmäßige Überprüfung des Maßnahmenplans.")
                .contains("31,0 (+17,3) · nicht erfüllt |");
    }
}
