package de.smartregion.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * docs/ci-workflow.md as a pipeline runs it: the GitHub Actions job's {@code run} steps and the GitLab job's script,
 * taken from the page as written, run by bash as those runners do, in a repository of the bundled 2026 examples laid
 * out flat and in one folder per municipality. The steps must be shellcheck-clean; CI installs shellcheck and sets
 * SMARTREGION_REQUIRE_TOOLS, so that it cannot skip that check.
 */
class CiWorkflowIT {

    private static final Path PAGE = Path.of("docs/ci-workflow.md");
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final Pattern BLOCK = Pattern.compile("(?s)```yaml\n(.*?)```");
    /** The municipalities of the 2026 examples, by the ids their reports are named after. */
    private static final List<String> IDS = List.of("03999000", "05999004", "09999001", "09999012", "12999",
            "R-BY-ILE-BIRKACHTAL");
    /** The commit time of the test repository, and the same instant as GitLab gives it. */
    private static final String EPOCH = "1772359200";
    private static final String TIMESTAMP = "2026-03-01T10:00:00+00:00";

    private record Run(int exitCode, String out, String err) {
        String describe() {
            return "exit " + exitCode + "\n--- stdout\n" + out + "\n--- stderr\n" + err;
        }
    }

    private enum Layout { FLAT, PER_MUNICIPALITY }

    private static List<JsonNode> pipelines() throws IOException {
        Matcher m = BLOCK.matcher(Files.readString(PAGE, StandardCharsets.UTF_8));
        List<JsonNode> found = new ArrayList<>();
        while (m.find()) {
            found.add(YAML.readTree(m.group(1)));
        }
        assertThat(found).as("the GitHub and the GitLab pipeline in " + PAGE).hasSize(2);
        return found;
    }

    private static JsonNode github() throws IOException {
        return pipelines().get(0).get("jobs").get("reports");
    }

    private static JsonNode gitlab() throws IOException {
        return pipelines().get(1).get("digital-maturity");
    }

    /** A repository as a user keeps it: the launcher (linked, so that it runs from this build) and the answers. */
    private static Path repository(Path dir, Layout layout) throws IOException, InterruptedException {
        Path answers = Files.createDirectories(dir.resolve("answers/2026"));
        Files.createSymbolicLink(dir.resolve("smartregion"), Path.of("smartregion").toAbsolutePath());
        try (Stream<Path> examples = Files.list(Path.of("examples"))) {
            for (Path e : examples.filter(p -> p.getFileName().toString().contains("-2026")).toList()) {
                String name = e.getFileName().toString();
                Path folder = layout == Layout.FLAT ? answers
                        : Files.createDirectories(answers.resolve(name.substring(0, name.indexOf("-2026"))));
                Files.copy(e, folder.resolve(name));
            }
        }
        // a survey's import map kept beside the answers is left out, not taken for a municipality
        Files.copy(Path.of("src/test/resources/survey/map.yaml"), answers.resolve("map.yaml"));
        Map<String, String> env = Map.of("GIT_AUTHOR_DATE", EPOCH + " +0000", "GIT_COMMITTER_DATE", EPOCH + " +0000");
        for (String[] git : List.of(new String[] {"git", "init", "-q"}, new String[] {"git", "add", "."},
                new String[] {"git", "-c", "user.name=ci", "-c", "user.email=ci@example.org", "commit", "-q", "-m",
                    "answers 2026"})) {
            Run r = run(dir, env, git);
            assertThat(r.exitCode()).as(r.describe()).isZero();
        }
        return dir;
    }

    private static Run run(Path dir, Map<String, String> env, String... command)
            throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile());
        builder.environment().putAll(env);
        builder.environment().remove("SMARTREGION_JAVA_OPTS");
        // a runner's usual locale: terminal lines in English, the reports in the questionnaire's German
        builder.environment().put("LANG", "C.UTF-8");
        builder.environment().remove("LC_ALL");
        builder.environment().remove("LC_MESSAGES");
        Path out = Files.createTempFile("ci", ".out");
        Path err = Files.createTempFile("ci", ".err");
        try {
            Process p = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            assertThat(p.waitFor(300, TimeUnit.SECONDS)).as(String.join(" ", command)).isTrue();
            return new Run(p.exitValue(), Files.readString(out), Files.readString(err));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }

    /**
     * The job's steps as GitHub runs them: each {@code run} in {@code bash --noprofile --norc -eo pipefail}, a step
     * after a failed one only with {@code if: always()}; {@code uses} steps are the runner's own, the artefact
     * upload is checked for its path.
     *
     * @return the exit code of the first step that failed, 0 when none did
     */
    private static int runGithub(Path repo, StringBuilder log) throws IOException, InterruptedException {
        JsonNode job = github();
        Map<String, String> env = new LinkedHashMap<>();
        job.get("env").properties().forEach(e -> env.put(e.getKey(), e.getValue().asText()));
        int failed = 0;
        for (JsonNode step : job.get("steps")) {
            boolean always = step.has("if") && step.get("if").asText().equals("always()");
            if (failed != 0 && !always) {
                continue;
            }
            if (step.has("run")) {
                Run r = run(repo, env, "bash", "--noprofile", "--norc", "-eo", "pipefail", "-c",
                        step.get("run").asText());
                log.append(r.describe()).append('\n');
                failed = failed != 0 ? failed : r.exitCode();
            } else if (step.get("uses").asText().startsWith("actions/upload-artifact")) {
                assertThat(repo.resolve(step.get("with").get("path").asText())).isDirectory();
            }
        }
        return failed;
    }

    /** The job's script as GitLab's shell runs it: one bash, stopping at the first command that fails. */
    private static int runGitlab(Path repo, StringBuilder log) throws IOException, InterruptedException {
        JsonNode job = gitlab();
        Map<String, String> env = new LinkedHashMap<>();
        env.put("CI_PROJECT_DIR", repo.toString());
        env.put("CI_COMMIT_TIMESTAMP", TIMESTAMP);
        job.get("variables").properties().forEach(e -> env.put(e.getKey(),
                e.getValue().asText().replace("$CI_PROJECT_DIR", repo.toString())));
        Run r = run(repo, env, "bash", "-eo", "pipefail", "-c", script(job));
        log.append(r.describe()).append('\n');
        assertThat(job.get("artifacts").get("when").asText()).isEqualTo("always");
        assertThat(repo.resolve(job.get("artifacts").get("paths").get(0).asText())).isDirectory();
        return r.exitCode();
    }

    private static String script(JsonNode gitlabJob) {
        List<String> lines = new ArrayList<>();
        gitlabJob.get("script").forEach(l -> lines.add(l.asText()));
        return String.join("\n", lines) + "\n";
    }

    /** What both pipelines leave: the gate fails (exit 4) and says who failed, and every report is there. */
    private static void checkOutcome(Path repo, int exitCode, StringBuilder log) throws IOException {
        assertThat(exitCode).as(log.toString()).isEqualTo(4);
        assertThat(log).contains("Schwelle verfehlt bei Erlenried (09999012, 2026): Gesamtindex 39,6 liegt unter 40,0",
                "Schwelle verfehlt bei 4 von 6 Bewertungen (je Kommune und Zeitraum)",
                "skipped: answers/2026/map.yaml is an import map", "answers/2026/map.yaml left out");
        Path reports = repo.resolve("reports");
        for (String id : IDS) {
            for (String ext : List.of("html", "pdf", "json")) {
                assertThat(reports.resolve(id + "-2026." + ext)).isNotEmptyFile();
            }
        }
        for (String ext : List.of("html", "csv", "json")) {
            assertThat(reports.resolve("comparison." + ext)).isNotEmptyFile();
        }
        JsonNode musterstadt = new ObjectMapper().readTree(reports.resolve("09999001-2026.json").toFile());
        assertThat(musterstadt.get("respondents")).as("Musterstadt's four respondents, one assessment").hasSize(4);
        assertThat(new ObjectMapper().readTree(reports.resolve("comparison.json").toFile()).get("municipalities"))
                .hasSize(IDS.size());
        // the report's date comes from the commit time, not the clock
        assertThat(Files.readString(reports.resolve("09999001-2026.html"))).contains("1. März 2026");
    }

    @Test
    void theGithubJobRunsAsWrittenInBothLayouts(@TempDir Path dir) throws Exception {
        for (Layout layout : Layout.values()) {
            Path repo = repository(Files.createDirectories(dir.resolve(layout.name())), layout);
            StringBuilder log = new StringBuilder();
            checkOutcome(repo, runGithub(repo, log), log);
        }
    }

    @Test
    void theGitlabJobRunsAsWrittenInBothLayouts(@TempDir Path dir) throws Exception {
        for (Layout layout : Layout.values()) {
            Path repo = repository(Files.createDirectories(dir.resolve(layout.name())), layout);
            StringBuilder log = new StringBuilder();
            checkOutcome(repo, runGitlab(repo, log), log);
        }
    }

    @Test
    void theStepsAreShellcheckClean(@TempDir Path dir) throws Exception {
        boolean found;
        try {
            found = new ProcessBuilder("shellcheck", "--version").start().waitFor() == 0;
        } catch (IOException e) {
            found = false;
        }
        if (!found && System.getenv("SMARTREGION_REQUIRE_TOOLS") != null) {
            throw new AssertionError("shellcheck is required here but not found");
        }
        assumeTrue(found, "shellcheck is not installed");
        List<String> scripts = new ArrayList<>();
        github().get("steps").forEach(s -> {
            if (s.has("run")) {
                scripts.add(s.get("run").asText());
            }
        });
        scripts.add(script(gitlab()));
        for (String script : scripts) {
            Path file = Files.writeString(dir.resolve("step.sh"), "#!/usr/bin/env bash\n" + script);
            Run r = run(dir, Map.of(), "shellcheck", "-s", "bash", file.toString());
            assertThat(r.exitCode()).as(script + "\n" + r.describe()).isZero();
        }
    }
}
