package de.smartregion.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Several formats at once, user templates and their sandbox, and the report date. */
class ReportOptionsTest {

    private static final String EXAMPLE = "examples/musterstadt-2026.yaml";

    @Test
    void severalFormatsGoIntoADirectoryOneFileEach(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("reports");
        CliRun run = CliRun.run("assess", EXAMPLE, "-f", "html,md,pdf,json", "-o", out.toString());
        assertThat(run.exitCode()).as(run.describe()).isZero();
        assertThat(run.out()).isEmpty();
        try (Stream<Path> files = Files.list(out)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder(
                    "09999001-2026.html", "09999001-2026.md", "09999001-2026.pdf", "09999001-2026.json");
        }
        assertThat(Files.readAllBytes(out.resolve("09999001-2026.pdf"))).startsWith("%PDF-".getBytes());
        assertThat(Files.readString(out.resolve("09999001-2026.md"))).isEqualTo(CliRun.run("assess", EXAMPLE).out());
    }

    @Test
    void severalFormatsWithoutADirectoryAreAUsageError(@TempDir Path dir) throws IOException {
        CliRun run = CliRun.run("assess", EXAMPLE, "-f", "md,json");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("-o DIR");
        Path file = Files.writeString(dir.resolve("taken.txt"), "x");
        assertThat(CliRun.run("assess", EXAMPLE, "-f", "md,json", "-o", file.toString()).exitCode()).isEqualTo(2);
        assertThat(file).hasContent("x");
        // a name with a report's extension meant a file: no directory "out.html" is made
        Path named = dir.resolve("out.html");
        CliRun html = CliRun.run("assess", EXAMPLE, "-f", "html,json", "-o", named.toString());
        assertThat(html.exitCode()).isEqualTo(2);
        assertThat(html.err()).contains("out.html names a .html file", "-o " + dir.resolve("out") + "/");
        assertThat(named).doesNotExist();
        // an existing directory of that name, or one named with a slash, is taken as asked
        Path slash = dir.resolve("reports.md");
        assertThat(CliRun.run("assess", EXAMPLE, "-f", "md,json", "-o", slash + "/").exitCode()).isZero();
        assertThat(slash.resolve("09999001-2026.json")).exists();
    }

    @Test
    void aUserTemplateOverridesTheBundledOneByName(@TempDir Path dir) throws IOException {
        CliRun run = withMarkdownTemplate(dir,
                "<#ftl output_format=\"Markdown\">${municipality.name}: ${overall.score} (${overall.stage})\n",
                "--lang", "en");
        assertThat(run.exitCode()).as(run.describe()).isZero();
        assertThat(run.out()).isEqualTo("Musterstadt: 45.6 (Shaper)\n");
        // formats without a user template keep the bundled one
        assertThat(CliRun.run("assess", EXAMPLE, "--templates", dir.toString(), "-f", "html").out())
                .startsWith("<!DOCTYPE html>");
    }

    @Test
    void theSandboxRefusesToInstantiateClasses(@TempDir Path dir) throws IOException {
        CliRun run = withMarkdownTemplate(dir, "line one\n${\"freemarker.template.utility.Execute\"?new()(\"id\")}\n");
        assertThat(run.exitCode()).as(run.describe()).isEqualTo(3);
        assertThat(run.err()).startsWith("template error: " + dir.resolve("report.md.ftl") + ":2:1: ")
                .contains("Execute", "not allowed");
        assertThat(run.err()).doesNotContain("uid=", "\tat ");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void theApiBuiltInIsOff(@TempDir Path dir) throws IOException {
        CliRun run = withMarkdownTemplate(dir, "${title?api.getClass()}\n");
        assertThat(run.exitCode()).as(run.describe()).isEqualTo(3);
        assertThat(run.err()).contains(dir.resolve("report.md.ftl") + ":1:");
    }

    @Test
    void aTemplateReadsTheViewsComponentsButCallsNoMethods(@TempDir Path dir) throws IOException {
        CliRun keys = withMarkdownTemplate(dir,
                "<#ftl output_format=\"Markdown\"><#list overall?keys as k>${k} </#list>\n", "--lang", "en");
        assertThat(keys.exitCode()).as(keys.describe()).isZero();
        assertThat(keys.out()).startsWith("score ");
        CliRun call = withMarkdownTemplate(dir, "${overall.toString()}\n");
        assertThat(call.exitCode()).as(call.describe()).isEqualTo(3);
        assertThat(call.err()).startsWith("template error: " + dir.resolve("report.md.ftl") + ":1:");
        assertThat(call.out()).isEmpty();
    }

    @Test
    void aTemplateErrorNamesTemplateLineColumnAndExpression(@TempDir Path dir) throws IOException {
        Path written = dir.resolve("out.md");
        CliRun run = withMarkdownTemplate(dir, "# ${title}\n\nScore: ${overall.nosuch.value}\n", "-o",
                written.toString());
        assertThat(run.exitCode()).as(run.describe()).isEqualTo(3);
        assertThat(run.err()).startsWith("template error: " + dir.resolve("report.md.ftl") + ":3:10: ")
                .contains("overall.nosuch");
        assertThat(written).doesNotExist();
        CliRun syntax = withMarkdownTemplate(dir, "<#if>\n");
        assertThat(syntax.exitCode()).isEqualTo(3);
        assertThat(syntax.err()).startsWith("template error: " + dir.resolve("report.md.ftl") + ":1:");
    }

    @Test
    void aMissingTemplateDirectoryIsAUsageError() {
        CliRun run = CliRun.run("assess", EXAMPLE, "--templates", "no/such/dir");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("no/such/dir");
    }

    @Test
    void noDateUnlessOneIsAsked() {
        assertThat(CliRun.run("assess", EXAMPLE).out()).doesNotContain("Datum");
        assertThat(CliRun.run("assess", EXAMPLE, "--date", "2026-11-26").out()).contains("Datum: 26. November 2026");
        assertThat(CliRun.run("assess", EXAMPLE, "--date", "2026-11-26", "--lang", "en").out())
                .contains("Date: 26 November 2026");
        // 2026-03-01T12:00:00Z
        CliRun epoch = CliRun.run(Map.of("LANG", "C", "SOURCE_DATE_EPOCH", "1772366400"), "assess", EXAMPLE);
        assertThat(epoch.out()).contains("Datum: 1. März 2026");
        // --date wins over the environment
        assertThat(CliRun.run(Map.of("SOURCE_DATE_EPOCH", "1772366400"), "assess", EXAMPLE, "--date", "2027-01-02")
                .out()).contains("Datum: 2. Januar 2027");
    }

    @Test
    void aBadDateIsAUsageError() {
        CliRun run = CliRun.run("assess", EXAMPLE, "--date", "26.11.2026");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("26.11.2026");
        assertThat(CliRun.run(Map.of("SOURCE_DATE_EPOCH", "yesterday"), "assess", EXAMPLE).exitCode()).isEqualTo(2);
    }

    /** Assesses the example with {@code template} as the user's {@code report.md.ftl} in {@code dir}. */
    private static CliRun withMarkdownTemplate(Path dir, String template, String... args) throws IOException {
        Files.writeString(dir.resolve("report.md.ftl"), template);
        List<String> all = new ArrayList<>(List.of("assess", EXAMPLE, "--templates", dir.toString()));
        all.addAll(List.of(args));
        return CliRun.run(all.toArray(String[]::new));
    }
}
