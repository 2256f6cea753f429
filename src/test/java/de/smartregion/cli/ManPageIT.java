package de.smartregion.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The man pages as man shows them: rendered by groff without a warning, with every section, command and option as a
 * user reads it. CI installs groff and sets SMARTREGION_REQUIRE_TOOLS, so it cannot skip this.
 */
class ManPageIT {

    @BeforeAll
    static void groff() throws Exception {
        boolean found;
        try {
            found = new ProcessBuilder("groff", "--version").redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start().waitFor() == 0;
        } catch (IOException e) {
            found = false;
        }
        if (!found && System.getenv("SMARTREGION_REQUIRE_TOOLS") != null) {
            throw new AssertionError("groff is required here but not found");
        }
        assumeTrue(found, "groff is not installed");
    }

    /** groff's plain-text rendering of {@code roff}; fails on any warning. */
    private static String render(Path dir, String roff) throws Exception {
        Path page = Files.createTempFile(dir, "page", ".1");
        Files.writeString(page, roff, StandardCharsets.UTF_8);
        Path out = dir.resolve("out");
        Path err = dir.resolve("err");
        Process groff = new ProcessBuilder("groff", "-man", "-Tutf8", "-ww", "-P-cbou", page.toString())
                .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertThat(groff.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(Files.readString(err)).as("groff's warnings").isEmpty();
        assertThat(groff.exitValue()).isZero();
        return Files.readString(out, StandardCharsets.UTF_8);
    }

    @Test
    void everyCommandsPageRendersWithEveryOption(@TempDir Path dir) throws Exception {
        CommandLine model = Main.commandLine(CliRun.ENGLISH);
        for (Map.Entry<String, CommandLine> sub : model.getSubcommands().entrySet()) {
            CliRun run = CliRun.run("man", sub.getKey());
            String text = render(dir, run.out());
            assertThat(text).as(sub.getKey()).contains("NAME\n       smartregion-" + sub.getKey() + " - ",
                    "SYNOPSIS\n       smartregion " + sub.getKey(), "OPTIONS", "EXIT STATUS", "SEE ALSO",
                    "smartregion(1)");
            for (OptionSpec option : sub.getValue().getCommandSpec().options()) {
                for (String name : option.names()) {
                    assertThat(text).as("%s %s", sub.getKey(), name).containsPattern("(?m)^ {7}.*\\Q" + name + "\\E");
                }
            }
        }
    }

    @Test
    void theTopPageInGerman(@TempDir Path dir) throws Exception {
        String text = render(dir, CliRun.run(CliRun.GERMAN, "man").out());
        assertThat(text).contains("BEZEICHNUNG", "ÜBERSICHT", "BESCHREIBUNG", "BEFEHLE", "OPTIONEN", "RÜCKGABEWERT",
                "BEISPIELE", "SIEHE AUCH", "Fragebögen", "smartregion-Handbuch");
        for (String command : List.of("assess", "validate", "compare", "trend", "init", "import", "workbook",
                "questionnaires", "schema", "man", "generate-completion", "help")) {
            assertThat(text).containsPattern("(?m)^ {7}" + command + "\\b");
        }
    }
}
