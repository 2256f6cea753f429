package de.smartregion.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * validate and assess take directories, so that one CI step works whether a year's answers lie flat in one folder
 * or in one folder per municipality: an assess directory of one municipality is its respondents, one of many
 * municipalities gives each its own reports.
 */
class DirectoryInputTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String[] MUSTERSTADT = {"musterstadt-2026.yaml", "musterstadt-2026-council.yaml",
        "musterstadt-2026-citizens.yaml", "musterstadt-2026-businesses.yaml"};

    private static Path copy(Path dir, String... examples) throws IOException {
        Files.createDirectories(dir);
        for (String e : examples) {
            Files.copy(Path.of("examples", e), dir.resolve(e));
        }
        return dir;
    }

    @Test
    void aDirectoryOfOneMunicipalityIsItsRespondents(@TempDir Path tmp) throws IOException {
        Path dir = copy(tmp.resolve("musterstadt"), MUSTERSTADT);
        CliRun fromDir = CliRun.run("assess", dir.toString(), "-f", "json");
        String[] files = Stream.of(MUSTERSTADT).map(e -> "examples/" + e).toArray(String[]::new);
        CliRun fromFiles = CliRun.run(Stream.concat(Stream.of("assess", "-f", "json"), Stream.of(files))
                .toArray(String[]::new));
        assertThat(fromDir.exitCode()).as(fromDir.describe()).isZero();
        JsonNode a = JSON.readTree(fromDir.out());
        JsonNode b = JSON.readTree(fromFiles.out());
        assertThat(a.get("respondents")).hasSize(4);
        assertThat(a.get("overall")).isEqualTo(b.get("overall"));
        assertThat(a.get("theses")).isEqualTo(b.get("theses"));
    }

    @Test
    void aDirectoryOfManyMunicipalitiesWritesOneSetOfReportsEach(@TempDir Path tmp) throws IOException {
        Path dir = copy(tmp.resolve("answers"), "erlenried-2026.yaml", "auenburg-2026.yaml");
        copy(dir.resolve("musterstadt"), MUSTERSTADT);
        Path out = tmp.resolve("reports");
        CliRun run = CliRun.run("assess", dir.toString(), "-f", "html,json", "-o", out + "/", "--fail-under", "40",
                "--lang", "en");
        // Erlenried's 39.6 is below 40; Auenburg and Musterstadt pass the minimum
        assertThat(run.exitCode()).as(run.describe()).isEqualTo(4);
        assertThat(run.err().lines()).containsExactly(
                "gate failed for Erlenried (09999012, 2026): overall index 39.6 is below 40.0",
                "gate failed for 1 of 3 assessments (a municipality in a period)");
        try (Stream<Path> written = Files.list(out)) {
            assertThat(written.map(p -> p.getFileName().toString()).sorted()).containsExactly(
                    "03999000-2026.html", "03999000-2026.json", "09999001-2026.html", "09999001-2026.json",
                    "09999012-2026.html", "09999012-2026.json");
        }
        JsonNode musterstadt = JSON.readTree(out.resolve("09999001-2026.json").toFile());
        assertThat(musterstadt.get("respondents")).hasSize(4);
        assertThat(JSON.readTree(out.resolve("09999012-2026.json").toFile()).get("gate").get("passed").asBoolean())
                .isFalse();
    }

    @Test
    void aFileNamedTwiceOrAlsoInItsFolderIsOneRespondent(@TempDir Path tmp) throws IOException {
        Path dir = copy(tmp.resolve("musterstadt"), MUSTERSTADT);
        CliRun twice = CliRun.run("assess", "examples/erlenried-2026.yaml", "./examples/erlenried-2026.yaml",
                "-f", "json");
        assertThat(twice.exitCode()).as(twice.describe()).isZero();
        assertThat(JSON.readTree(twice.out()).get("respondents")).hasSize(1);
        CliRun alsoInFolder = CliRun.run("assess", dir.toString(), dir.resolve(MUSTERSTADT[1]).toString(),
                "-f", "json");
        assertThat(JSON.readTree(alsoInFolder.out()).get("respondents")).hasSize(4);
    }

    @Test
    void manyMunicipalitiesWithoutAnOutputDirectoryIsAUsageError(@TempDir Path tmp) throws IOException {
        Path dir = copy(tmp.resolve("answers"), "erlenried-2026.yaml", "auenburg-2026.yaml");
        CliRun run = CliRun.run("assess", dir.toString(), "--lang", "en");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("the files hold 2 assessments (Auenburg 2026, Erlenried 2026)",
                "-o DIR/");
        assertThat(run.out()).isEmpty();
        CliRun german = CliRun.run(CliRun.GERMAN, "assess", dir.toString());
        assertThat(german.err()).contains("die Dateien enthalten 2 Bewertungen");
    }

    @Test
    void filesNamedOneByOneOfTwoMunicipalitiesShowTheFileThatDoesNotFit() {
        CliRun run = CliRun.run("assess", "examples/musterstadt-2026.yaml", "examples/erlenried-2026.yaml",
                "--lang", "en");
        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.err()).contains("examples/erlenried-2026.yaml:", "belongs to municipality 09999012");
    }

    @Test
    void previousNamesOneMunicipalitysPeriodOnly(@TempDir Path tmp) throws IOException {
        Path dir = copy(tmp.resolve("answers"), "erlenried-2026.yaml", "auenburg-2026.yaml");
        CliRun run = CliRun.run("assess", dir.toString(), "-o", tmp.resolve("out") + "/", "--previous",
                "examples/erlenried-2025.yaml", "--lang", "en");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--previous names the earlier period of one municipality");
        assertThat(tmp.resolve("out")).doesNotExist();
    }

    @Test
    void aDirectoryWithoutAnswerFilesIsAUsageError(@TempDir Path tmp) throws IOException {
        Path empty = Files.createDirectories(tmp.resolve("empty"));
        Files.writeString(empty.resolve("notes.txt"), "not yaml");
        CliRun assess = CliRun.run("assess", empty.toString(), "--lang", "en");
        assertThat(assess.exitCode()).isEqualTo(2);
        assertThat(assess.err()).contains("no answer files (*.yaml, *.yml) in " + empty);
        CliRun validate = CliRun.run("validate", empty.toString());
        assertThat(validate.exitCode()).isEqualTo(2);
        assertThat(validate.err()).contains("no YAML files (*.yaml, *.yml) in " + empty);
    }

    @Test
    void validateChecksEveryYamlFileBelowADirectory(@TempDir Path tmp) throws IOException {
        Path dir = copy(tmp.resolve("answers"), "erlenried-2026.yaml");
        copy(dir.resolve("musterstadt"), "musterstadt-2026.yaml");
        Files.copy(Path.of("src/test/resources/survey/map.yaml"), dir.resolve("map.yaml"));
        Files.copy(Path.of("questionnaires/smart-region.yaml"), dir.resolve("smart-region.yaml"));
        CliRun ok = CliRun.run("validate", dir.toString());
        assertThat(ok.exitCode()).as(ok.describe()).isZero();
        assertThat(ok.out()).contains(dir.resolve("erlenried-2026.yaml") + ": ok",
                dir.resolve("musterstadt/musterstadt-2026.yaml") + ": ok",
                dir.resolve("smart-region.yaml") + ": ok",
                "skipped: " + dir.resolve("map.yaml") + " is an import map");
        Files.writeString(dir.resolve("musterstadt/broken.yaml"), Files.readString(Path.of(
                "examples/erlenried-2026.yaml")).replace("period: 2026", "period: 2026\nperoid: x"));
        CliRun bad = CliRun.run("validate", dir.toString());
        assertThat(bad.exitCode()).isEqualTo(3);
        assertThat(bad.err()).contains(dir.resolve("musterstadt/broken.yaml") + ":");
    }
}
