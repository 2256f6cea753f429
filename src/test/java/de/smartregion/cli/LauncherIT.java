package de.smartregion.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code ./smartregion} launcher as users start it, after {@code package} has built the jar: it makes its
 * class-data-sharing archive in the user's cache on the first run, keeps every JVM message off stdout, and runs
 * without an archive where the cache cannot be written.
 */
class LauncherIT {

    private record Run(int exitCode, String out, String err) {
    }

    private static Run launch(Path cache, String... args) throws IOException, InterruptedException {
        List<String> command = new java.util.ArrayList<>(List.of("./smartregion"));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().put("XDG_CACHE_HOME", cache.toString());
        builder.environment().remove("SMARTREGION_NO_CDS");
        builder.environment().remove("SMARTREGION_JAVA_OPTS");
        Path out = Files.createTempFile("launcher", ".out");
        Path err = Files.createTempFile("launcher", ".err");
        try {
            Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("launcher finished").isTrue();
            return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }

    @Test
    void firstRunMakesTheArchiveAndStdoutCarriesOnlyTheReport(@TempDir Path cache) throws Exception {
        Run first = launch(cache, "assess", "examples/musterstadt-2026.yaml", "-f", "json");
        assertThat(first.exitCode()).as(first.err()).isZero();
        assertThat(new ObjectMapper().readTree(first.out()).get("kind").asText()).isEqualTo("result");
        try (var files = Files.list(cache.resolve("smartregion"))) {
            assertThat(files.map(p -> p.getFileName().toString()).toList())
                    .singleElement().asString().startsWith("smartregion-").endsWith(".jsa");
        }

        Run second = launch(cache, "assess", "examples/musterstadt-2026.yaml", "-f", "json");
        assertThat(second.exitCode()).as(second.err()).isZero();
        assertThat(second.out()).isEqualTo(first.out());
        assertThat(second.err()).doesNotContain("warning", "CDS", "shared");
    }

    @Test
    void anUnwritableCacheOnlyCostsTheArchive(@TempDir Path dir) throws Exception {
        Path notADirectory = Files.writeString(dir.resolve("file"), "x");
        Run run = launch(notADirectory, "--version");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).startsWith("smartregion ");
        assertThat(run.err()).isEmpty();
    }
}
