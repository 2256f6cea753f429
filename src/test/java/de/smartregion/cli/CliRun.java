package de.smartregion.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;

/** One run of the command line in-process, with what it printed; the tests' way to call smartregion. */
record CliRun(int exitCode, String out, String err) {

    static final Map<String, String> ENGLISH = Map.of("LANG", "en_US.UTF-8");
    static final Map<String, String> GERMAN = Map.of("LANG", "de_DE.UTF-8");

    /** Runs {@code args} with English messages. */
    static CliRun run(String... args) {
        return run(ENGLISH, args);
    }

    static CliRun run(Map<String, String> env, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = Main.commandLine(env);
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        int code = cli.execute(args);
        return new CliRun(code, out.toString(), err.toString());
    }

    List<String> errLines() {
        return err.lines().toList();
    }

    List<String> outLines() {
        return out.lines().toList();
    }

    /** For assertion descriptions: everything the run printed. */
    String describe() {
        return "exit " + exitCode + "\n--- stdout\n" + out + "\n--- stderr\n" + err;
    }
}
