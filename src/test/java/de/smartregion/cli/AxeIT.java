package de.smartregion.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every kind of HTML report, German and English, as an accessibility auditor checks it: axe-core in Debian's
 * headless Chromium (.ci/a11y/axe.js) finds no violation of a WCAG 2.0/2.1 A or AA rule, at 1280 px and at 320 px,
 * where nothing is wider than the screen (reflow) and no chart text is set below 8 px (a chart scrolls in its box
 * rather than shrink to illegibility). {@code .ci/run} installs Chromium and the npm packages and sets
 * SMARTREGION_REQUIRE_TOOLS, so CI cannot skip this; elsewhere it needs node, chromium and
 * {@code npm install --prefix .ci/a11y}.
 */
class AxeIT {

    private static final Path RUNNER = Path.of(".ci/a11y/axe.js");

    @TempDir
    Path dir;

    /** Numbers the report files, so that two runs of one command keep apart. */
    private int reports;

    private static boolean available() {
        return Files.isDirectory(Path.of(".ci/a11y/node_modules/axe-core")) && Files.isExecutable(
                Path.of("/usr/bin/chromium")) && onPath("node");
    }

    private static boolean onPath(String command) {
        try {
            Process p = new ProcessBuilder(command, "--version").redirectErrorStream(true).start();
            return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    @Test
    void everyHtmlReportKindHasNoWcagViolation() throws Exception {
        boolean found = available();
        if (!found && System.getenv("SMARTREGION_REQUIRE_TOOLS") != null) {
            throw new AssertionError("node, chromium and .ci/a11y/node_modules are required here but not found");
        }
        assumeTrue(found, "axe-core, node or chromium not installed");
        List<String> files = new ArrayList<>();
        // a score resting on few answers carries its mark in words: Erlenried's strategy section alone, 15 % answered
        Path low = dir.resolve("kleinau-2026.yaml");
        Files.writeString(low, String.join("\n", Files.readAllLines(Path.of("examples/erlenried-2026.yaml"))
                .subList(0, 40)).replace("09999012", "09999099").replace("name: Erlenried", "name: Kleinau") + "\n");
        for (String lang : List.of("de", "en")) {
            files.add(report(lang, "assess", low.toString()));
            files.add(report(lang, "compare", "examples", low.toString()));
            files.add(report(lang, "trend", "examples/erlenried-2025.yaml", low.toString()));
            files.add(report(lang, "assess", "examples/musterstadt-2026.yaml"));
            files.add(report(lang, "compare", "examples", "--group-by", "state"));
            files.add(report(lang, "trend", "examples"));
            files.add(report(lang, "assess", "examples/musterstadt-2026.yaml", "examples/musterstadt-2026-citizens.yaml",
                    "--previous", "examples/musterstadt-2025.yaml", "--peers", "examples"));
            // a report run: its index page, and a report with the cohort section
            Path run = dir.resolve("report-run-" + lang);
            CliRun reportRun = CliRun.run("report", "examples", "--group-by", "type", "--lang", lang, "-o",
                    run.toString());
            assertThat(reportRun.exitCode()).as(reportRun.describe()).isZero();
            files.add(run.resolve("index.html").toString());
            files.add(run.resolve("09999012-2026.html").toString());
        }
        List<String> command = new ArrayList<>(List.of("node", RUNNER.toString()));
        command.addAll(files);
        Path out = dir.resolve("axe.json");
        Process p = new ProcessBuilder(command).redirectOutput(out.toFile())
                .redirectError(dir.resolve("axe.err").toFile()).start();
        assertThat(p.waitFor(300, TimeUnit.SECONDS)).as("axe finished").isTrue();
        assertThat(p.exitValue()).as(Files.readString(dir.resolve("axe.err"))).isZero();
        JsonNode results = new ObjectMapper().readTree(out.toFile());
        assertThat(results.size()).as("runs: every file at two widths").isEqualTo(files.size() * 2);
        Map<String, String> violations = new TreeMap<>();
        results.properties().forEach(e -> {
            for (JsonNode v : e.getValue()) {
                violations.put(e.getKey().substring(dir.toString().length()) + " " + v.path("id").asText(),
                        v.path("help").asText() + " " + v.path("nodes"));
            }
        });
        assertThat(violations).isEmpty();
    }

    private String report(String lang, String command, String... args) {
        String file = dir.resolve(command + "-" + (++reports) + "-" + lang + ".html").toString();
        List<String> all = new ArrayList<>(List.of(command));
        all.addAll(List.of(args));
        all.addAll(List.of("-f", "html", "--lang", lang, "-o", file));
        CliRun run = CliRun.run(all.toArray(String[]::new));
        assertThat(run.exitCode()).as(run.describe()).isIn(0, 4);
        return file;
    }
}
