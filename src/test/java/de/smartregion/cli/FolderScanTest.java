package de.smartregion.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A folder of a year's answers often holds an import map or the questionnaire too: compare and trend leave such
 * files of a directory out, each named in the output, instead of stopping with exit 3. A file named on the command
 * line is loaded as given.
 */
class FolderScanTest {

    @Test
    void aMapAndAQuestionnaireInTheFolderAreLeftOutAndNamed(@TempDir Path dir) throws IOException {
        Files.copy(Path.of("examples/musterstadt-2026.yaml"), dir.resolve("musterstadt-2026.yaml"));
        Files.copy(Path.of("examples/erlenried-2026.yaml"), dir.resolve("erlenried-2026.yaml"));
        Files.copy(Path.of("src/test/resources/survey/map.yaml"), dir.resolve("map.yaml"));
        Files.copy(Path.of("questionnaires/smart-region.yaml"), dir.resolve("smart-region.yaml"));
        CliRun compare = CliRun.run("compare", dir.toString(), "--lang", "en", "-f", "json", "-o", "-");
        assertThat(compare.exitCode()).as(compare.describe()).isZero();
        JsonNode json = new ObjectMapper().readTree(compare.out());
        assertThat(json.get("municipalities")).hasSize(2);
        assertThat(json.get("warnings").toString()).contains("\"code\":\"not-answers\"",
                "map.yaml left out: a mapping file, not an answer file",
                "smart-region.yaml left out: a questionnaire file, not an answer file");
        CliRun trend = CliRun.run(CliRun.GERMAN, "trend", dir.toString(), "-f", "md", "-o", "-");
        assertThat(trend.exitCode()).as(trend.describe()).isZero();
        assertThat(trend.out()).contains("map.yaml ausgelassen: eine Datei der Art mapping, keine Antwortdatei");
        // named on the command line, the map is taken for what it was given as
        CliRun named = CliRun.run("compare", dir.resolve("map.yaml").toString(), "-o", "-");
        assertThat(named.exitCode()).isEqualTo(3);
    }
}
