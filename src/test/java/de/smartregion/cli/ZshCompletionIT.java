package de.smartregion.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * TAB completion in zsh as a user gets it: an interactive zsh in tmux that loads the script the launcher prints
 * through bashcompinit, as the README says, and real TAB presses; the screen is read back. CI installs zsh and tmux
 * and sets SMARTREGION_REQUIRE_TOOLS, so that it cannot skip this.
 */
class ZshCompletionIT {

    /** A tmux server of this test's own, so that it neither sees nor disturbs a user's sessions. */
    private static final String SOCKET = "smartregion-zsh-it";
    private static final long WAIT_MS = 15_000;

    @AfterEach
    void stopTmux() throws IOException, InterruptedException {
        run(List.of("tmux", "-L", SOCKET, "kill-server"), true);
    }

    @Test
    void tabCompletesSubcommandsOptionsAndValues(@TempDir Path dir) throws Exception {
        assumeTools();
        Path script = dir.resolve("smartregion.bash");
        Files.writeString(script, run(List.of("bash", "./smartregion", "generate-completion"), false));
        Files.writeString(dir.resolve(".zshrc"), """
                autoload -U +X compinit && compinit -u
                autoload -U +X bashcompinit && bashcompinit
                source %s
                PS1='ready> '
                """.formatted(script));
        run(List.of("tmux", "-L", SOCKET, "new-session", "-d", "-s", "t", "-x", "150", "-y", "40",
                "env ZDOTDIR=" + dir + " zsh -i"), false);
        screenShows("ready>");

        type("smartregion ", "Tab");
        String screen = screenShows("generate-completion");
        assertThat(screen).contains("assess", "validate", "compare", "trend", "report", "init", "import", "workbook",
                "questionnaires", "schema", "man", "help");
        clearLine();

        type("smartregion comp", "Tab");
        // the one candidate is put in the line (capture-pane drops the space after it)
        screenShows("ready> smartregion compare");
        clearLine();

        type("smartregion assess -f ", "Tab");
        assertThat(screenShows("json")).contains("html", "md", "pdf").doesNotContain("xlsx");
        clearLine();

        type("smartregion trend --csv-dialect ", "Tab");
        screenShows("excel-de");
        screenShows("rfc4180");
    }

    private static void assumeTools() throws InterruptedException {
        boolean found = works("zsh", "--version") && works("tmux", "-V");
        if (!found && System.getenv("SMARTREGION_REQUIRE_TOOLS") != null) {
            throw new AssertionError("zsh and tmux are required here but not found");
        }
        assumeTrue(found, "zsh or tmux is not installed");
    }

    private static boolean works(String... command) throws InterruptedException {
        try {
            return new ProcessBuilder(command).start().waitFor() == 0;
        } catch (IOException e) {
            return false;
        }
    }

    private static void type(String text, String key) throws IOException, InterruptedException {
        run(List.of("tmux", "-L", SOCKET, "send-keys", "-t", "t", "-l", text), false);
        run(List.of("tmux", "-L", SOCKET, "send-keys", "-t", "t", key), false);
    }

    /** Clears the typed line and the list below it, and waits for the bare prompt. */
    private static void clearLine() throws IOException, InterruptedException {
        run(List.of("tmux", "-L", SOCKET, "send-keys", "-t", "t", "C-u"), false);
        run(List.of("tmux", "-L", SOCKET, "send-keys", "-t", "t", "C-l"), false);
        long until = System.currentTimeMillis() + WAIT_MS;
        while (System.currentTimeMillis() < until) {
            String screen = run(List.of("tmux", "-L", SOCKET, "capture-pane", "-t", "t", "-p"), false).strip();
            if (screen.equals("ready>")) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the line was not cleared");
    }

    /** The screen, once it shows {@code text}; the test fails when it does not within the wait. */
    private static String screenShows(String text) throws IOException, InterruptedException {
        long until = System.currentTimeMillis() + WAIT_MS;
        String screen = "";
        while (System.currentTimeMillis() < until) {
            screen = run(List.of("tmux", "-L", SOCKET, "capture-pane", "-t", "t", "-p"), false);
            if (screen.contains(text)) {
                return screen;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the screen never showed '" + text + "':\n" + screen);
    }

    private static String run(List<String> command, boolean mayFail) throws IOException, InterruptedException {
        Path out = Files.createTempFile("zsh", ".out");
        try {
            Process p = new ProcessBuilder(new ArrayList<>(command)).redirectErrorStream(true)
                    .redirectOutput(out.toFile()).start();
            assertThat(p.waitFor(60, TimeUnit.SECONDS)).as(String.join(" ", command)).isTrue();
            String output = Files.readString(out, StandardCharsets.UTF_8);
            if (!mayFail) {
                assertThat(p.exitValue()).as(command + ": " + output).isZero();
            }
            return output;
        } finally {
            Files.deleteIfExists(out);
        }
    }
}
