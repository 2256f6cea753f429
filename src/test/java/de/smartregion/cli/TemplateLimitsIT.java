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
 * The output, memory and time limits of user templates, through the launcher with the heap it gives the JVM
 * (384 MB), on which the output limit and with it the time limit depend: a template that writes, allocates or
 * loops without end ends with exit 3 and a message naming the limit, not with an OutOfMemoryError (exit 1) or
 * a hang.
 */
class TemplateLimitsIT {

    private static final String EXAMPLE = "examples/musterstadt-2026.yaml";

    private record Run(int exitCode, String out, String err) {
        String describe() {
            return "exit " + exitCode + "\n--- stdout\n" + out + "\n--- stderr\n" + err;
        }
    }

    private static Run assess(Path templates, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("./smartregion", "assess", EXAMPLE, "--templates",
                templates.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().remove("SMARTREGION_JAVA_OPTS");
        builder.environment().put("SMARTREGION_NO_CDS", "1");
        builder.environment().put("LANG", "en_US.UTF-8");
        Path out = Files.createTempFile(templates, "run", ".out");
        Path err = Files.createTempFile(templates, "run", ".err");
        Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("smartregion finished").isTrue();
        return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    private static void assertTemplateError(Run run, String prefix, String... words) {
        assertThat(run.exitCode()).as(run.describe()).isEqualTo(3);
        assertThat(run.out()).as(run.describe()).isEmpty();
        assertThat(run.err().lines()).as(run.describe()).hasSize(1);
        assertThat(run.err()).as(run.describe()).startsWith(prefix).doesNotContain("\tat ");
        for (String word : words) {
            assertThat(run.err()).as(run.describe()).contains(word);
        }
    }

    @Test
    void outputWithoutEndStopsAtTheOutputLimitWhereItIsWritten(@TempDir Path dir) throws Exception {
        Path t = Files.writeString(dir.resolve("report.md.ftl"), "# ${title}\n<#list 1.. as i>${title}</#list>\n");
        assertTemplateError(assess(dir), "template error: " + t + ":2:17: the template wrote more than ",
                " characters, the limit for one report with this Java heap");
        // also as HTML on its way to a PDF: nothing is written
        Path html = Files.writeString(dir.resolve("report.html.ftl"), "<p><#list 1.. as i>x</#list></p>\n");
        Path reports = Files.createDirectories(dir.resolve("reports"));
        assertTemplateError(assess(dir, "-f", "pdf", "-o", reports.toString()),
                "template error: " + html + ":1:20: the template wrote more than ");
        assertThat(reports).isEmptyDirectory();
    }

    @Test
    void aTemplateThatFillsTheHeapIsATemplateError(@TempDir Path dir) throws Exception {
        // doubles a string until memory runs out, writing nothing: the output limit cannot catch it
        Path t = Files.writeString(dir.resolve("report.md.ftl"),
                "<#assign s = title><#list 1..64 as i><#assign s = s + s></#list>${s?length}\n");
        assertTemplateError(assess(dir), "template error: " + t + ": the template needed more memory than the "
                + "Java heap of ");
        // a capture of output without end is held by FreeMarker, not by the limited output: memory again
        Files.writeString(t, "<#assign s><#list 1.. as i>${title}</#list></#assign>${s}\n");
        assertTemplateError(assess(dir), "template error: " + t + ": the template needed more memory");
    }

    /** Takes the full time limit, 20 s with this heap. */
    @Test
    void aLoopWithoutEndOrOutputStopsAtTheTimeLimit(@TempDir Path dir) throws Exception {
        Path t = Files.writeString(dir.resolve("report.md.ftl"), "# ${title}\n<#list 1.. as i></#list>\n");
        long start = System.nanoTime();
        Run run = assess(dir);
        long seconds = (System.nanoTime() - start) / 1_000_000_000L;
        assertTemplateError(run, "template error: " + t + ": the template ran longer than 20 seconds, the limit "
                + "for one template");
        assertThat(seconds).isBetween(20L, 40L);
    }
}
