package de.smartregion.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Start-up held by its class count: each short command runs from the built jar, as the launcher starts it but
 * without its class-data-sharing archive (whose classes would not say where they came from), with the JVM logging
 * every class it loads; the counts must keep to {@link StartupBudget}, and the classes the start-up measures keep out
 * must stay out. Class counts, unlike times, are the same on every run. A failure names the packages that grew
 * against {@code startup-profile.txt}, the profile the budgets were measured from, so that whoever undid a measure
 * sees which.
 */
class StartupIT {

    private static final Path HOME = Path.of("").toAbsolutePath();
    private static final Path JAR = HOME.resolve("target/smartregion.jar");
    private static final String EXAMPLE = HOME.resolve("examples/musterstadt-2026.yaml").toString();
    /** The options the launcher gives a short command, less those that cannot change which classes load. */
    private static final List<String> JVM_OPTIONS = List.of("-XX:+UseSerialGC", "-Xms64m", "-Xmn40m", "-Xmx384m",
            "-XX:TieredStopAtLevel=1", "-XX:CICompilerCount=1", "-Xshare:auto", "-Xlog:disable",
            "-Xlog:all=error:stderr", "-Dsmartregion.stderr.tty=false");

    private static final Map<StartupBudget, ClassProfile> MEASURED = new ConcurrentHashMap<>();

    @ParameterizedTest(name = "{0}")
    @EnumSource(StartupBudget.class)
    void keepsToItsBudget(StartupBudget budget, @TempDir Path dir) throws Exception {
        ClassProfile profile = run(budget, dir);
        MEASURED.put(budget, profile);
        Map<String, Integer> baseline = ClassProfile.baseline(budget);

        List<String> failures = new ArrayList<>();
        for (StartupBudget.Unloaded unloaded : budget.unloaded()) {
            List<String> loaded = profile.classesStartingWith(unloaded.prefix());
            if (!loaded.isEmpty()) {
                failures.add("loaded " + abbreviated(loaded) + ": undoes " + unloaded.measure()
                        + ", see bench/README.md, Start-up");
            }
        }
        int jar = profile.count(ClassProfile.Source.JAR);
        if (jar > budget.jarClasses() + StartupBudget.JAR_MARGIN) {
            failures.add(jar + " classes from the jar, " + (jar - budget.jarClasses()) + " over the budget of "
                    + budget.jarClasses() + "; grown against startup-profile.txt: "
                    + profile.grownAgainst(baseline, ClassProfile.Source.JAR));
        } else if (jar < budget.jarClasses() - StartupBudget.JAR_MARGIN) {
            failures.add(jar + " classes from the jar, " + (budget.jarClasses() - jar) + " under the budget of "
                    + budget.jarClasses() + ": lower the budget in StartupBudget to " + jar
                    + " and copy target/startup-profile.txt over startup-profile.txt, so that the guard stays tight");
        }
        int jdk = profile.count(ClassProfile.Source.JDK) + profile.count(ClassProfile.Source.GENERATED);
        long jdkLimit = budget.jdkClasses() + budget.jdkClasses() * StartupBudget.JDK_MARGIN_PERCENT / 100L;
        if (Runtime.version().feature() == StartupBudget.JDK_FEATURE && jdk > jdkLimit) {
            failures.add(jdk + " classes of the JDK and made at run time, " + (jdk - budget.jdkClasses())
                    + " over the budget of " + budget.jdkClasses() + " (" + StartupBudget.JDK_MARGIN_PERCENT
                    + " % allowed); grown against startup-profile.txt: "
                    + profile.grownAgainst(baseline, ClassProfile.Source.JDK) + "; "
                    + profile.grownAgainst(baseline, ClassProfile.Source.GENERATED));
        }
        assertThat(failures).as("smartregion " + budget.command()).isEmpty();
    }

    /** The profile of this run, for a maintainer to compare or copy over the one in the test resources. */
    @AfterAll
    static void writeProfile() throws IOException {
        if (!MEASURED.isEmpty()) {
            Files.writeString(HOME.resolve("target/startup-profile.txt"), ClassProfile.table(MEASURED),
                    StandardCharsets.UTF_8);
        }
    }

    private static ClassProfile run(StartupBudget budget, Path dir) throws IOException, InterruptedException {
        Path log = dir.resolve("classes.log");
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(JVM_OPTIONS);
        command.add("-Xlog:class+load=info:file=" + log + ":none");
        command.add("-jar");
        command.add(JAR.toString());
        command.addAll(budget.args(EXAMPLE));
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile());
        Map<String, String> env = builder.environment();
        for (String name : List.of("JAVA_TOOL_OPTIONS", "JDK_JAVA_OPTIONS", "_JAVA_OPTIONS", "LC_ALL",
                "LC_MESSAGES")) {
            env.remove(name);
        }
        env.put("LANG", "en_US.UTF-8");
        Path out = dir.resolve("stdout");
        Path err = dir.resolve("stderr");
        Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertThat(process.waitFor(180, TimeUnit.SECONDS)).as("smartregion " + budget.command() + " finished")
                .isTrue();
        assertThat(process.exitValue()).as(Files.readString(err, StandardCharsets.UTF_8)).isZero();
        try (InputStream in = Files.newInputStream(log)) {
            return ClassProfile.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    private static String abbreviated(List<String> names) {
        int shown = Math.min(names.size(), 8);
        return String.join(", ", names.subList(0, shown))
                + (names.size() > shown ? " and " + (names.size() - shown) + " more" : "");
    }
}
