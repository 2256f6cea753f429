package de.smartregion.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An input too large for the heap is no bug: exit 3 and how to go on, never exit 1 with "internal error". */
class LargeInputIT {

    @Test
    void aCohortTooLargeForTheHeapSaysHowToGiveMore(@TempDir Path dir) throws Exception {
        Path cohort = Files.createDirectory(dir.resolve("cohort"));
        for (int i = 0; i < 4000; i++) {
            for (int period = 2025; period <= 2026; period++) {
                Files.writeString(cohort.resolve("m" + i + "-" + period + ".yaml"), "kind: assessment\n"
                        + "questionnaire: tiny\nmunicipality: {id: \"m" + i + "\", name: Gemeinde " + i + "}\n"
                        + "period: " + period + "\nanswers:\n  open-data: some\n");
            }
        }
        ProcessBuilder builder = new ProcessBuilder("./smartregion", "trend", "-q", BadInputTest.TINY,
                cohort.toString(), "-f", "html", "-o", dir.resolve("trend.html").toString());
        builder.environment().put("SMARTREGION_NO_CDS", "1");
        builder.environment().put("SMARTREGION_JAVA_OPTS", "-Xmx16m");
        builder.environment().put("LANG", "en_US.UTF-8");
        Path err = dir.resolve("err.txt");
        Process run = builder.redirectError(err.toFile()).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        assertThat(run.waitFor(120, TimeUnit.SECONDS)).isTrue();

        String said = Files.readString(err, StandardCharsets.UTF_8);
        assertThat(run.exitValue()).as(said).isEqualTo(ExitCode.INVALID_INPUT.code());
        assertThat(said).contains("more memory than the Java heap of 16 MB has", "SMARTREGION_JAVA_OPTS")
                .doesNotContain("internal error", "Exception");
        assertThat(dir.resolve("trend.html")).doesNotExist();
    }
}
