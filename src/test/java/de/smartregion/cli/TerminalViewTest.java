package de.smartregion.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * assess on a terminal with neither -f nor -o prints the short view (verdict, theses, fields, first steps and how to
 * get the whole report) instead of the Markdown report; a pipe, -f and -o still get the report. The launcher says
 * whether stdout is a terminal ({@code -Dsmartregion.stdout.tty}); these tests set it as the launcher would.
 */
class TerminalViewTest {

    private static final String EXAMPLE = "examples/erlenried-2026.yaml";
    private static final Map<String, String> GERMAN_PLAIN = Map.of("LANG", "de_DE.UTF-8", "NO_COLOR", "1");

    private static CliRun onTerminal(Map<String, String> env, String... args) {
        String previous = System.getProperty("smartregion.stdout.tty");
        System.setProperty("smartregion.stdout.tty", "true");
        try {
            return CliRun.run(env, args);
        } finally {
            if (previous == null) {
                System.clearProperty("smartregion.stdout.tty");
            } else {
                System.setProperty("smartregion.stdout.tty", previous);
            }
        }
    }

    @Test
    void aTerminalGetsTheShortViewInTheReportsLanguage() {
        CliRun run = onTerminal(GERMAN_PLAIN, "assess", EXAMPLE);
        assertThat(run.exitCode()).as(run.describe()).isZero();
        assertThat(run.out().lines().toList()).startsWith(
                "Digitale Reife: Erlenried (2026)",
                "Gemeinde · Bayern · 3.164 Einwohnerinnen und Einwohner",
                "Gesamtindex: 39,6 · Erprobung · Abdeckung 99 % (116/117)",
                "");
        assertThat(run.out()).contains(
                "Zwei von drei Thesen einer wirksamen Digitalstrategie sind erfüllt",
                "  ✓ Integriert: erfüllt. Wert 51,0 erreicht die Schwelle von 50.",
                "  ✗ Umsetzbar: nicht erfüllt. Wert 39,6 liegt unter der Schwelle von 50.",
                "\nHandlungsfelder\n",
                "  Mobilität                             26,3  █████░░░░░░░░░░░░░░░\n",
                "\nWas zuerst zu tun ist\n  1. ",
                "Dies ist die Kurzansicht für das Terminal.",
                "  smartregion assess examples/erlenried-2026.yaml -f html -o bericht.html\n");
        assertThat(run.out()).doesNotContain("# ", "| ", "\u001b[");
        // no summary line on stderr: the view says all it would
        assertThat(run.err()).isEmpty();
        for (String line : run.out().split("\n")) {
            assertThat(line.codePointCount(0, line.length())).as(line).isLessThanOrEqualTo(80);
        }
    }

    @Test
    void theViewKeepsToTheTerminalsWidthAndColoursUnlessNoColor() {
        String previous = System.getProperty("smartregion.stderr.tty");
        System.setProperty("smartregion.stderr.tty", "true");
        try {
            CliRun run = onTerminal(Map.of("LANG", "en_US.UTF-8", "COLUMNS", "60"), "assess", EXAMPLE,
                    "--lang", "en");
            assertThat(run.out()).contains("\u001b[32m✓", "\u001b[31m✗", "Implementable: not met.");
            for (String line : run.out().replaceAll("\u001b\\[[0-9;]*m", "").split("\n")) {
                // the command to copy is never broken
                if (!line.startsWith("  smartregion assess ")) {
                    assertThat(line.length()).as(line).isLessThanOrEqualTo(60);
                }
            }
        } finally {
            if (previous == null) {
                System.clearProperty("smartregion.stderr.tty");
            } else {
                System.setProperty("smartregion.stderr.tty", previous);
            }
        }
    }

    @Test
    void withPreviousAndPeersTheViewShowsTheChangeAndThePlace() {
        CliRun run = onTerminal(GERMAN_PLAIN, "assess", "examples/musterstadt-2026.yaml", "--previous",
                "examples/musterstadt-2025.yaml", "--peers", "examples");
        assertThat(run.exitCode()).as(run.describe()).isZero();
        assertThat(run.out()).contains("\nVeränderung seit 2025 und Platz unter sechs Kommunen\n",
                "  Gesamtindex      ", " → ", " · Rang ", " von 6 · Median ");
        // the command for the whole report is the one given, so that it makes the report the view showed
        assertThat(run.out()).contains("  smartregion assess examples/musterstadt-2026.yaml --previous "
                + "examples/musterstadt-2025.yaml --peers examples -f html -o bericht.html\n");
    }

    @Test
    void theCommandToCopyIsQuotedWhereAShellWouldSplitIt(@TempDir Path dir) throws IOException {
        Path file = Files.copy(Path.of(EXAMPLE), Files.createDirectories(dir.resolve("a b")).resolve("e.yaml"));
        CliRun run = onTerminal(GERMAN_PLAIN, "assess", file.toString(), "--lang", "en");
        assertThat(run.out()).contains("  smartregion assess '" + file + "' --lang en -f html -o report.html\n");
    }

    @Test
    void aFormatAFileOrAPipeGetTheReport(@TempDir Path dir) throws IOException {
        assertThat(onTerminal(GERMAN_PLAIN, "assess", EXAMPLE, "-f", "md").out()).startsWith("# Digitale Reife");
        Path file = dir.resolve("r.md");
        CliRun toFile = onTerminal(GERMAN_PLAIN, "assess", EXAMPLE, "-o", file.toString());
        assertThat(toFile.out()).isEmpty();
        assertThat(Files.readString(file)).startsWith("# Digitale Reife");
        assertThat(CliRun.run(GERMAN_PLAIN, "assess", EXAMPLE).out()).startsWith("# Digitale Reife");
        assertThat(onTerminal(GERMAN_PLAIN, "assess", EXAMPLE, "--quiet").out()).startsWith("# Digitale Reife");
    }

    @Test
    void aFailedGateIsStillNamedBesideTheView() {
        CliRun run = onTerminal(GERMAN_PLAIN, "assess", EXAMPLE, "--fail-under", "40");
        assertThat(run.exitCode()).isEqualTo(4);
        assertThat(run.out()).startsWith("Digitale Reife: Erlenried (2026)");
        assertThat(run.err()).isEqualTo(
                "Schwelle verfehlt bei Erlenried (09999012, 2026): Gesamtindex 39,6 liegt unter 40,0\n");
    }
}
