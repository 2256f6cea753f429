package de.smartregion.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import de.smartregion.report.Messages;
import picocli.CommandLine;

/** Entry point: reports to stdout, messages to stderr, both UTF-8 whatever the platform's default. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        FileOutputStream stdout = new FileOutputStream(FileDescriptor.out);
        PrintWriter out = new PrintWriter(new OutputStreamWriter(stdout, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.err),
                StandardCharsets.UTF_8), true);
        CommandLine cli = commandLine(System.getenv(), stdout, System.in);
        cli.setOut(out);
        cli.setErr(err);
        int code = cli.execute(args);
        out.flush();
        err.flush();
        System.exit(code);
    }

    /** The configured command line; tests set their own out and err on it and call {@code execute}. */
    public static CommandLine commandLine(Map<String, String> env) {
        return commandLine(env, OutputStream.nullOutputStream(), java.io.InputStream.nullInputStream());
    }

    /**
     * As {@link #commandLine(Map)}, with the raw stdout that binary reports (PDF) are written to and the stdin an
     * answer file given as "-" is read from.
     */
    public static CommandLine commandLine(Map<String, String> env, OutputStream stdout, java.io.InputStream stdin) {
        CommandLine cli = new CommandLine(new SmartRegionCommand(env, stdout, stdin));
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        Messages messages = Messages.of(Languages.forMessages(null, env));
        cli.setParameterExceptionHandler((e, args) -> {
            // a short message and a pointer to --help: the full usage text would bury the one line that matters
            CommandLine command = e.getCommandLine();
            command.getErr().println(e.getMessage());
            CommandLine.UnmatchedArgumentException.printSuggestions(e, command.getErr());
            command.getErr().println(messages.get("cli.try-help", command.getCommandSpec().qualifiedName()));
            command.getErr().flush();
            return ExitCode.USAGE.code();
        });
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            // reached only if a command lets an exception escape BaseCommand's handling: a bug
            commandLine.getErr().println("internal error: " + e);
            return ExitCode.INTERNAL_ERROR.code();
        });
        return cli;
    }
}
