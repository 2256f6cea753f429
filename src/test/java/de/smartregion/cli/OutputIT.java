package de.smartregion.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Outputs only a real process has: its own descriptors ({@code /dev/stdout}, {@code /dev/fd/N},
 * {@code >(gzip)}), a file-size limit that stops a write half-way, a signal that stops the run half-way. Each runs
 * the launcher in bash, as a user types it, in a temporary directory.
 */
class OutputIT {

    private static final Path HOME = Path.of("").toAbsolutePath();
    private static final String EXAMPLE = HOME.resolve("examples/musterstadt-2026.yaml").toString();
    private static final String BASE = "09999001-2026";

    private record Run(int exitCode, String err) {
    }

    /** Runs {@code script} in bash in {@code dir}, where "$SR" is the launcher and "$EX" the example. */
    private static Run bash(Path dir, String script) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder("bash", "-c", script).directory(dir.toFile());
        builder.environment().put("SR", HOME.resolve("smartregion").toString());
        builder.environment().put("EX", EXAMPLE);
        builder.environment().put("SMARTREGION_NO_CDS", "1");
        builder.environment().put("LANG", "en_US.UTF-8");
        Path err = Files.createTempFile("output-it", ".err");
        try {
            Process process = builder.redirectError(err.toFile()).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start();
            assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("bash finished").isTrue();
            return new Run(process.exitValue(), Files.readString(err, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(err);
        }
    }

    private static List<String> hidden(Path dir) throws IOException {
        try (var files = Files.list(dir)) {
            return files.map(f -> f.getFileName().toString()).filter(n -> n.startsWith(".")).toList();
        }
    }

    @Test
    void devStdoutReachesTheFileOrPipeStdoutIs(@TempDir Path dir) throws Exception {
        Run run = bash(dir, "\"$SR\" assess \"$EX\" -f json -o /dev/stdout > file.json"
                + " && \"$SR\" assess \"$EX\" -f json -o /dev/stdout | cat > piped.json"
                + " && echo first > appended.json && \"$SR\" assess \"$EX\" -f json -o /dev/stdout >> appended.json");

        assertThat(run.exitCode()).as(run.err()).isZero();
        String report = Files.readString(dir.resolve("file.json"));
        assertThat(report).startsWith("{").contains("\"kind\": \"result\"");
        assertThat(Files.readString(dir.resolve("piped.json"))).isEqualTo(report);
        assertThat(Files.readString(dir.resolve("appended.json"))).isEqualTo("first\n" + report);
    }

    @Test
    void aDescriptorAndAProcessSubstitutionAreWrittenTo(@TempDir Path dir) throws Exception {
        Run run = bash(dir, "\"$SR\" assess \"$EX\" -o /dev/fd/3 3> three.md"
                + " && \"$SR\" assess \"$EX\" -o >(gzip > report.md.gz) && wait"
                + " && sleep 1 && gzip -dc report.md.gz > unzipped.md");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(Files.readString(dir.resolve("three.md"))).startsWith("# Digitale Reife: Musterstadt");
        assertThat(Files.readString(dir.resolve("unzipped.md"))).isEqualTo(Files.readString(dir.resolve("three.md")));
    }

    @Test
    void aFullDiskLeavesTheOldSetOfReportsWhole(@TempDir Path dir) throws Exception {
        Path reports = Files.createDirectory(dir.resolve("reports"));
        Files.writeString(reports.resolve(BASE + ".md"), "old md");
        Files.writeString(reports.resolve(BASE + ".json"), "old json");

        // a file-size limit (bash counts it in blocks of 1024 bytes) between the two reports' sizes, measured
        // first: the Markdown report fits, the JSON report (every question with its groups) does not
        Run run = bash(dir, "\"$SR\" assess \"$EX\" -f md,json -o sizes"
                + " && md=$(stat -c %s sizes/" + BASE + ".md) && json=$(stat -c %s sizes/" + BASE + ".json)"
                + " && limit=$((md / 1024 + 1)) && [ $((limit * 1024)) -lt \"$json\" ]"
                + " && ulimit -f $limit && \"$SR\" assess \"$EX\" -f md,json -o reports");

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.OUTPUT_FAILED.code());
        assertThat(run.err()).contains("cannot write reports/" + BASE + ".json: File too large");
        assertThat(Files.readString(reports.resolve(BASE + ".md"))).isEqualTo("old md");
        assertThat(Files.readString(reports.resolve(BASE + ".json"))).isEqualTo("old json");
        assertThat(hidden(reports)).isEmpty();
    }

    @Test
    void aRunStoppedWhileWritingLeavesNoTemporaryFile(@TempDir Path dir) throws Exception {
        Path reports = Files.createDirectory(dir.resolve("reports"));
        Path fifo = reports.resolve(BASE + ".md");
        // the Markdown report goes to a FIFO nobody reads: the run waits there with the JSON report's temporary made
        Run made = bash(dir, "mkfifo reports/" + BASE + ".md");
        assertThat(made.exitCode()).as(made.err()).isZero();
        ProcessBuilder builder = new ProcessBuilder(HOME.resolve("smartregion").toString(), "assess", EXAMPLE,
                "-f", "json,md", "-o", reports.toString());
        builder.environment().put("SMARTREGION_NO_CDS", "1");
        Process run = builder.redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (hidden(reports).isEmpty() && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            assertThat(hidden(reports)).as("the JSON report's temporary").hasSize(1);
        } finally {
            run.destroy();
            assertThat(run.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }

        assertThat(hidden(reports)).isEmpty();
        assertThat(reports.resolve(BASE + ".json")).doesNotExist();
        assertThat(Files.isRegularFile(fifo, LinkOption.NOFOLLOW_LINKS)).isFalse();
    }
}
