package de.smartregion.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code ./smartregion} launcher as users start it, after {@code package} has built the jar: it makes its
 * class-data-sharing archive in the user's cache on the first run, keeps every JVM message off stdout, and runs
 * without an archive where the cache cannot be written. It has one path for every bash from 3.2, the one macOS ships,
 * on: these tests run it with the bash that {@code SMARTREGION_TEST_BASH} names, {@code bash} from the path where it
 * is not set.
 */
class LauncherIT {

    private static final String BASH = System.getenv().getOrDefault("SMARTREGION_TEST_BASH", "bash");

    private record Run(int exitCode, String out, String err) {
    }

    private static Run launch(Path cache, String... args) throws IOException, InterruptedException {
        List<String> command = new java.util.ArrayList<>(List.of(BASH, "./smartregion"));
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
    void aPdfRunMakesItsOwnArchiveAndKeepsTheOther(@TempDir Path cache, @TempDir Path out) throws Exception {
        // what earlier jars or Javas left: archives of both kinds, markers, an interrupted training
        Path dir = Files.createDirectories(cache.resolve("smartregion"));
        for (String stale : List.of("smartregion-1-2-3.jsa", "smartregion-pdf-1-2-3.jsa", "nocds-1-2-3",
                "nocds-pdf-1-2-3", "smartregion-pdf-1-2-3.jsa.99.tmp")) {
            Files.writeString(dir.resolve(stale), "x");
        }
        Run json = launch(cache, "assess", "examples/musterstadt-2026.yaml", "-f", "json");
        assertThat(json.exitCode()).as(json.err()).isZero();
        for (int run = 0; run < 2; run++) {
            // the format in either case, as the tool takes it
            Run pdf = launch(cache, "assess", "examples/musterstadt-2026.yaml", "-f", run == 0 ? "pdf" : "PDF", "-o",
                    out.resolve("report.pdf").toString());
            assertThat(pdf.exitCode()).as(pdf.err()).isZero();
            assertThat(pdf.err()).isEmpty();
            assertThat(Files.readAllBytes(out.resolve("report.pdf")))
                    .startsWith("%PDF-".getBytes(StandardCharsets.US_ASCII));
        }
        try (var files = Files.list(cache.resolve("smartregion"))) {
            List<String> names = files.map(p -> p.getFileName().toString()).toList();
            String plain = names.stream().filter(n -> !n.startsWith("smartregion-pdf-")).findFirst().orElseThrow();
            assertThat(plain).startsWith("smartregion-").endsWith(".jsa");
            assertThat(names).containsExactlyInAnyOrder(plain, plain.replace("smartregion-", "smartregion-pdf-"));
        }
    }

    @Test
    void anUnwritableCacheOnlyCostsTheArchive(@TempDir Path dir) throws Exception {
        Path notADirectory = Files.writeString(dir.resolve("file"), "x");
        Run run = launch(notADirectory, "--version");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).startsWith("smartregion ");
        assertThat(run.err()).isEmpty();
    }

    /**
     * A project of the launcher and a few sources, with a stub {@code mvn} that counts builds and "makes" the jar and
     * a stub {@code java}: the launcher builds when the jar is missing or anything under the sources, a directory
     * included, is newer than it, and only then.
     */
    @Test
    void rebuildsExactlyWhenASourceIsNewerThanTheJar(@TempDir Path dir) throws Exception {
        Path project = Files.createDirectory(dir.resolve("project"));
        Files.copy(Path.of("smartregion"), project.resolve("smartregion"));
        Path deep = project.resolve("src/main/java/de/x/Deep.java");
        for (Path source : List.of(project.resolve("pom.xml"), deep, project.resolve("questionnaires/q.yaml"),
                project.resolve("templates/report.md.ftl"), project.resolve("schemas/s.schema.json"))) {
            Files.createDirectories(source.getParent());
            Files.writeString(source, "x");
        }
        Path bin = Files.createDirectory(dir.resolve("bin"));
        Path builds = dir.resolve("builds");
        stub(bin.resolve("mvn"), "echo build >> '" + builds + "'; mkdir -p target; : > target/smartregion.jar");
        stub(bin.resolve("java"), "exit 0");
        Path jar = project.resolve("target/smartregion.jar");

        assertThat(stubRun(project, bin)).as("no jar yet").isEqualTo(1);
        assertThat(Files.readAllLines(builds)).hasSize(1);

        Instant now = Instant.now();
        setTimes(project, now.minusSeconds(3600));
        Files.setLastModifiedTime(jar, FileTime.from(now));
        assertThat(stubRun(project, bin)).as("every source older than the jar").isEqualTo(1);

        Files.setLastModifiedTime(deep, FileTime.from(now.plusSeconds(60)));
        assertThat(stubRun(project, bin)).as("a source four directories down newer").isEqualTo(2);

        setTimes(project, now.minusSeconds(3600));
        Files.setLastModifiedTime(jar, FileTime.from(now));
        Files.delete(project.resolve("templates/report.md.ftl"));
        Files.setLastModifiedTime(project.resolve("templates"), FileTime.from(now.plusSeconds(60)));
        assertThat(stubRun(project, bin)).as("a source deleted: its directory is newer").isEqualTo(3);

        Files.setLastModifiedTime(jar, FileTime.from(now.plusSeconds(120)));
        assertThat(stubRun(project, bin)).as("rebuilt: nothing newer").isEqualTo(3);
    }

    /**
     * The build says in the user's language what it does and how long it takes: a first build (Maven's libraries
     * not yet downloaded) a minute or two, a later one seconds; then how long it took. All on stderr.
     */
    @Test
    void theBuildSaysWhatItDoesInTheUsersLanguage(@TempDir Path dir) throws Exception {
        Path project = Files.createDirectory(dir.resolve("project"));
        Files.copy(Path.of("smartregion"), project.resolve("smartregion"));
        Files.writeString(project.resolve("pom.xml"), "x");
        Path bin = Files.createDirectory(dir.resolve("bin"));
        stub(bin.resolve("mvn"), "mkdir -p target; : > target/smartregion.jar");
        stub(bin.resolve("java"), "exit 0");
        Path home = Files.createDirectory(dir.resolve("home"));
        Path jar = project.resolve("target/smartregion.jar");

        String[] first = buildRun(project, bin, home, "LANG", "de_DE.UTF-8");
        assertThat(first[0]).as("stdout").isEmpty();
        assertThat(first[1]).startsWith("smartregion: erster Bau von target/smartregion.jar: Maven lädt einmalig")
                .contains("etwa eine bis zwei Minuten").containsPattern("\nsmartregion: gebaut in \\d+ s\n$");

        Files.delete(jar);
        String[] english = buildRun(project, bin, home, "LC_ALL", "C.UTF-8", "LANG", "de_DE.UTF-8");
        assertThat(english[1]).startsWith("smartregion: first build of target/smartregion.jar: Maven downloads")
                .contains("about a minute or two").containsPattern("\nsmartregion: built in \\d+ s\n$");

        Files.createDirectories(home.resolve(".m2/repository/info/picocli"));
        Files.delete(jar);
        String[] later = buildRun(project, bin, home, "LC_MESSAGES", "de_AT.UTF-8");
        assertThat(later[1]).startsWith("smartregion: baue target/smartregion.jar (etwa eine halbe Minute) ...\n")
                .containsPattern("gebaut in \\d+ s\n$");

        Files.setLastModifiedTime(project.resolve("pom.xml"), FileTime.from(Instant.now().plusSeconds(60)));
        String[] stale = buildRun(project, bin, home, "LC_MESSAGES", "de_AT.UTF-8");
        assertThat(stale[1]).startsWith("smartregion: die Quellen sind neuer als target/smartregion.jar: baue neu"
                + " (etwa eine halbe Minute) ...\n").containsPattern("gebaut in \\d+ s\n$");

        // a CI job's cache names Maven's repository in MAVEN_OPTS: it is looked for there
        Path cached = Files.createDirectories(dir.resolve("ci/.m2/repository/info/picocli")).getParent().getParent();
        Files.delete(jar);
        String[] ci = buildRun(project, bin, dir.resolve("nohome"), "LANG", "C.UTF-8", "MAVEN_OPTS",
                "-Xmx1g -Dmaven.repo.local=" + cached + " -Dx=y");
        assertThat(ci[1]).startsWith("smartregion: building target/smartregion.jar (about half a minute) ...\n");

        Files.setLastModifiedTime(project.resolve("pom.xml"), FileTime.from(Instant.now().minusSeconds(3600)));
        String fresh = buildRun(project, bin, home, "LANG", "de_DE.UTF-8")[1];
        assertThat(fresh).as("a fresh jar: not a word").isEmpty();
    }

    /** Runs the launcher with the stubs and only the given locale variables; its stdout and stderr. */
    private static String[] buildRun(Path project, Path bin, Path home, String... env)
            throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(BASH, "./smartregion", "--version").directory(project.toFile());
        builder.environment().keySet().removeIf(k -> k.startsWith("LC_") || k.equals("LANG")
                || k.equals("MAVEN_OPTS"));
        for (int i = 0; i < env.length; i += 2) {
            builder.environment().put(env[i], env[i + 1]);
        }
        builder.environment().put("PATH", bin + java.io.File.pathSeparator + System.getenv("PATH"));
        builder.environment().put("HOME", home.toString());
        builder.environment().put("SMARTREGION_NO_CDS", "1");
        Path out = project.resolveSibling("launcher.out");
        Path err = project.resolveSibling("launcher.err");
        Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("launcher finished").isTrue();
        assertThat(process.exitValue()).as(Files.readString(err)).isZero();
        return new String[] {Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8)};
    }

    /** One path for every bash: nothing of bash 4 or later, no branch by version (a bash 3.2 run: see above). */
    @Test
    void theLauncherUsesNothingBash32Lacks() throws IOException {
        String launcher = Files.readString(Path.of("smartregion"));
        assertThat(launcher).doesNotContain("BASH_VERSINFO", "BASH_VERSION", "globstar", "BASH_CMDS", "declare -A",
                "local -A", "mapfile", "readarray", "coproc", ",,}", "^^}", "|&", "&>>", ";;&", "[[ -v", "wait -n",
                "EPOCHREALTIME", "local -n");
    }

    private static void stub(Path file, String body) throws IOException {
        Files.writeString(file, "#!/bin/sh\n" + body + "\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    private static void setTimes(Path project, Instant time) throws IOException {
        try (var all = Files.walk(project)) {
            for (Path p : all.toList()) {
                if (!p.getFileName().toString().equals("smartregion.jar")) {
                    Files.setLastModifiedTime(p, FileTime.from(time));
                }
            }
        }
    }

    /** Runs the launcher with the stubs first on the path; the number of builds so far. */
    private static int stubRun(Path project, Path bin) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(BASH, "./smartregion", "--version").directory(project.toFile());
        builder.environment().put("PATH", bin + java.io.File.pathSeparator + System.getenv("PATH"));
        builder.environment().put("SMARTREGION_NO_CDS", "1");
        Path err = project.resolveSibling("launcher.err");
        Process process = builder.redirectErrorStream(true).redirectOutput(err.toFile()).start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("launcher finished").isTrue();
        assertThat(process.exitValue()).as(Files.readString(err)).isZero();
        Path builds = project.resolveSibling("builds");
        return Files.exists(builds) ? Files.readAllLines(builds).size() : 0;
    }
}
