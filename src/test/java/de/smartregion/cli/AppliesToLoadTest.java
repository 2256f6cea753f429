package de.smartregion.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A broken {@code appliesTo} is a located problem (exit 3) with the nearest type; a valid one loads. */
class AppliesToLoadTest {

    private static final String FILE = "src/test/resources/score/applies-to.yaml";

    @Test
    void aValidAppliesToLoads() {
        CliRun run = CliRun.run("validate", FILE);
        assertThat(run.exitCode()).as(run.describe()).isZero();
    }

    @Test
    void aMisspeltTypeIsLocatedWithTheNearestType(@TempDir Path dir) throws IOException {
        Path file = broken(dir, "appliesTo: [Landkries, Region]");
        CliRun run = CliRun.run("validate", file.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCode.INVALID_INPUT.code());
        assertThat(run.errLines()).containsExactly(file + ":16:21: unknown appliesTo 'Landkries'; did you mean "
                + "'Landkreis'?");
    }

    @Test
    void anEmptyListIsLocatedAndSaysWhatToWrite(@TempDir Path dir) throws IOException {
        Path file = broken(dir, "appliesTo: []");
        CliRun run = CliRun.run(CliRun.GERMAN, "validate", file.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCode.INVALID_INPUT.code());
        assertThat(run.errLines()).containsExactly(file + ":16:20: appliesTo muss mindestens einen Kommunentyp "
                + "nennen (Gemeinde, Stadt, Landkreis, Region) oder für alle entfallen");
    }

    @Test
    void aTypeNamedTwiceIsLocated(@TempDir Path dir) throws IOException {
        Path file = broken(dir, "appliesTo: [Stadt, Stadt]");
        CliRun run = CliRun.run("validate", file.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCode.INVALID_INPUT.code());
        assertThat(run.errLines()).singleElement().asString().startsWith(file + ":16:28: ").contains("Stadt");
    }

    @Test
    void theReportSaysAQuestionIsNotAskedOfTheType(@TempDir Path dir) throws IOException {
        Path answers = dir.resolve("answers.yaml");
        Files.writeString(answers, "kind: assessment\nquestionnaire: applies@1\n"
                + "municipality: {id: \"01\", name: Testdorf, type: Gemeinde}\nperiod: 2026\n"
                + "answers:\n  district-only: 4\n  everyone: no\n");
        CliRun run = CliRun.run(CliRun.GERMAN, "assess", "-q", FILE, answers.toString(), "-o", "-");
        assertThat(run.exitCode()).as(run.describe()).isZero();
        assertThat(run.out()).contains("| Does the district coordinate the municipalities' online services? "
                + "| *entfällt: Die Frage gilt nicht für den Typ „Gemeinde“* |");
    }

    private static Path broken(Path dir, String appliesTo) throws IOException {
        Path file = dir.resolve("applies-to.yaml");
        Files.writeString(file, Files.readString(Path.of(FILE)).replace("appliesTo: [Landkreis, Region]", appliesTo));
        return file;
    }
}
