package de.smartregion.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** Daily terminal use: stdin and stdout as "-", completion, quiet and stack traces. */
class TerminalTest {

    private static final String EXAMPLE = "examples/musterstadt-2026.yaml";

    @Test
    void anAnswerFileFromStdinAndTheReportToStdout() throws Exception {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = Main.commandLine(Map.of("LANG", "C"), new ByteArrayOutputStream(),
                new ByteArrayInputStream(Files.readAllBytes(Path.of(EXAMPLE))));
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        assertThat(cli.execute("assess", "-", "-f", "json", "-o", "-")).as(err.toString()).isZero();
        assertThat(out.toString()).isEqualTo(CliRun.run("assess", EXAMPLE, "-f", "json").out());
    }

    @Test
    void validateReadsStdinToo() throws Exception {
        StringWriter out = new StringWriter();
        CommandLine cli = Main.commandLine(Map.of("LANG", "C"), new ByteArrayOutputStream(),
                new ByteArrayInputStream(Files.readAllBytes(Path.of(EXAMPLE))));
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(new StringWriter(), true));
        assertThat(cli.execute("validate", "-")).isZero();
        assertThat(out.toString()).startsWith("-: ok");
    }

    @Test
    void problemsOfStdinAreNamedSo() {
        StringWriter err = new StringWriter();
        CommandLine cli = Main.commandLine(Map.of("LANG", "C"), new ByteArrayOutputStream(),
                new ByteArrayInputStream("kind: assessment\nperiod: 2026\n".getBytes()));
        cli.setOut(new PrintWriter(new StringWriter(), true));
        cli.setErr(new PrintWriter(err, true));
        assertThat(cli.execute("assess", "-")).isEqualTo(3);
        assertThat(err.toString()).startsWith("<stdin>:1:1: missing key");
    }

    @Test
    void aPdfGoesToStdoutAsBytes() {
        ByteArrayOutputStream stdout = new ByteArrayOutputStream();
        CommandLine cli = Main.commandLine(Map.of("LANG", "C"), stdout, InputStreamHolder.EMPTY);
        cli.setOut(new PrintWriter(new StringWriter(), true));
        cli.setErr(new PrintWriter(new StringWriter(), true));
        assertThat(cli.execute("assess", EXAMPLE, "-f", "pdf")).isZero();
        assertThat(new String(stdout.toByteArray(), 0, 5, java.nio.charset.StandardCharsets.US_ASCII))
                .isEqualTo("%PDF-");
    }

    @Test
    void completionForBashAndZsh() {
        CliRun run = CliRun.run("generate-completion");
        assertThat(run.exitCode()).isZero();
        // one script serves both: zsh loads it through bashcompinit
        assertThat(run.out()).contains("complete -F", "bashcompinit", "assess", "compare", "--fail-under");
    }

    /** On a terminal, the one summary line is in the report's language, whatever the terminal's. */
    @Test
    void theSummaryLineSpeaksTheReportsLanguage(@TempDir Path dir) {
        String previous = System.getProperty("smartregion.stderr.tty");
        System.setProperty("smartregion.stderr.tty", "true");
        CliRun run;
        try {
            run = CliRun.run(java.util.Map.of("LANG", "en_US.UTF-8", "NO_COLOR", "1"), "assess", EXAMPLE, "--lang",
                    "de", "-o", dir.resolve("r.md").toString());
        } finally {
            if (previous == null) {
                System.clearProperty("smartregion.stderr.tty");
            } else {
                System.setProperty("smartregion.stderr.tty", previous);
            }
        }
        assertThat(run.exitCode()).as(run.describe()).isZero();
        assertThat(run.err()).contains("Musterstadt 2026: 45,6 (Gestaltung) · 0/3 Thesen erfüllt · Abdeckung 97 %");
    }

    /** {@code help CMD} shows that command's help; it once answered "Missing required parameter: 'FILE'". */
    @Test
    void helpNamesACommand() {
        CliRun run = CliRun.run(CliRun.GERMAN, "help", "assess");
        assertThat(run.exitCode()).as(run.describe()).isZero();
        assertThat(run.out()).startsWith("Aufruf: smartregion assess").contains("--previous");
        CliRun unknown = CliRun.run("help", "asses");
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err()).contains("asses");
    }

    @Test
    void stackTracesOnlyWhenAsked(@TempDir Path dir) {
        String target = dir.resolve("missing").resolve("r.md").toString();
        assertThat(CliRun.run("assess", EXAMPLE, "-o", target).err()).doesNotContain("\tat ");
        assertThat(CliRun.run("assess", EXAMPLE, "-o", target, "--stacktrace").err()).contains("\tat ");
    }

    private static final class InputStreamHolder {
        static final java.io.InputStream EMPTY = java.io.InputStream.nullInputStream();
    }
}
