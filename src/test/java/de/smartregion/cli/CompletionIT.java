package de.smartregion.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * TAB completion as a user gets it: the script the shipped launcher prints ({@code ./smartregion generate-completion}),
 * driven through bash's completion variables as bash sets them on a TAB press (src/test/resources/completion). The
 * script once knew only generate-completion, because a run builds only the subcommand it names.
 */
class CompletionIT {

    private static final String BASH = System.getenv().getOrDefault("SMARTREGION_TEST_BASH", "bash");
    private static final Path DRIVER = Path.of("src/test/resources/completion/drive.bash");

    @Test
    void everySubcommandOptionAndValueCompletes(@TempDir Path dir) throws Exception {
        Path script = dir.resolve("smartregion.bash");
        Files.writeString(script, run(List.of(BASH, "./smartregion", "generate-completion")));
        assertThat(complete(script, "smartregion ")).containsExactly("assess", "validate", "compare", "trend", "report",
                "init", "import", "workbook", "questionnaires", "schema", "man", "generate-completion", "help");
        assertThat(complete(script, "smartregion comp")).containsExactly("compare");
        assertThat(complete(script, "smartregion man tr")).containsExactly("trend");
        assertThat(complete(script, "smartregion assess --")).contains("--format", "--output", "--lang",
                "--previous", "--peers", "--fail-under", "--fail-on-thesis", "--help");
        // values: assess writes reports, compare and trend tables as well
        assertThat(complete(script, "smartregion assess -f ")).containsExactly("md", "html", "pdf", "json");
        assertThat(complete(script, "smartregion compare --format ")).containsExactly("md", "html", "pdf", "csv",
                "json", "xlsx");
        assertThat(complete(script, "smartregion trend --lang ")).containsExactly("de", "en");
        assertThat(complete(script, "smartregion compare --group-by s")).containsExactly("state", "size");
        assertThat(complete(script, "smartregion assess --combine ")).containsExactly("median", "mean");
        assertThat(complete(script, "smartregion trend --csv-dialect ")).containsExactly("rfc4180", "excel-de");
        assertThat(complete(script, "smartregion schema ")).contains("assessment", "result");
    }

    private static List<String> complete(Path script, String line) throws IOException, InterruptedException {
        List<String> words = new ArrayList<>();
        for (String w : run(List.of(BASH, DRIVER.toString(), script.toString(), line)).split("\n")) {
            if (!w.isBlank()) {
                words.add(w);
            }
        }
        return words;
    }

    private static String run(List<String> command) throws IOException, InterruptedException {
        Path out = Files.createTempFile("completion", ".out");
        Path err = Files.createTempFile("completion", ".err");
        try {
            Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile())
                    .start();
            assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("finished: " + command).isTrue();
            String error = Files.readString(err, StandardCharsets.UTF_8);
            assertThat(process.exitValue()).as(command + ": " + error).isZero();
            assertThat(error).as(String.join(" ", command)).isEmpty();
            return Files.readString(out, StandardCharsets.UTF_8);
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }
}
