package de.smartregion.cli;

import de.smartregion.text.Messages;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import picocli.CommandLine;

/** Entry point: reports to stdout, messages to stderr, both UTF-8 whatever the platform's default. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        Subcommand first = args.length > 0 ? Subcommand.named(args[0]) : null;
        if (first != null && first.usesQuestionnaire()) {
            // start loading it now, on the other core, while the command line is built (see bench/README.md, Start-up)
            de.smartregion.load.QuestionnaireRegistry.shared().preload(InitCommand.DEFAULT_QUESTIONNAIRE);
        }
        FileOutputStream stdout = new FileOutputStream(FileDescriptor.out);
        PrintWriter out = new PrintWriter(new OutputStreamWriter(stdout, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.err),
                StandardCharsets.UTF_8), true);
        CommandLine cli = commandLine(System.getenv(), stdout, System.in, args.length > 0 ? args[0] : null);
        cli.setOut(out);
        cli.setErr(err);
        int code = cli.execute(args);
        out.flush();
        err.flush();
        System.exit(code);
    }

    /** The configured command line; tests set their own out and err on it and call {@code execute}. */
    public static CommandLine commandLine(Map<String, String> env) {
        return commandLine(env, OutputStream.nullOutputStream(), java.io.InputStream.nullInputStream(), null);
    }

    /**
     * As {@link #commandLine(Map)}, with the raw stdout that binary reports (PDF) are written to and the stdin an
     * answer file given as "-" is read from.
     */
    public static CommandLine commandLine(Map<String, String> env, OutputStream stdout, java.io.InputStream stdin) {
        return commandLine(env, stdout, stdin, null);
    }

    /** @param first the first argument: when it names a subcommand, only that one is built */
    static CommandLine commandLine(Map<String, String> env, OutputStream stdout, java.io.InputStream stdin,
                                   String first) {
        CommandLine cli = new CommandLine(new SmartRegionCommand(env, stdout, stdin));
        // a run builds only the subcommand it calls; help and completion build all: the completion script is
        // generated from the command model and would know only itself
        Subcommand named = Subcommand.named(first);
        if (named != null && !named.needsAll()) {
            cli.addSubcommand(named.command(), named.create());
        } else {
            for (Subcommand s : Subcommand.values()) {
                cli.addSubcommand(s.command(), s.create());
            }
        }
        CommandLine report = cli.getSubcommands().get(Subcommand.REPORT.command());
        if (report != null) {
            ReportCommand.labelOutput(report.getCommandSpec());
        }
        if (named == Subcommand.GENERATE_COMPLETION) {
            CompletionValues.addTo(cli);
        }
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        Messages messages = Messages.of(Languages.forMessages(null, env));
        ParamLabels.localize(cli, messages);
        cli.setHelpFactory(new HelpTexts(messages.language()));
        cli.setParameterExceptionHandler((e, args) -> {
            // a short message and a pointer to --help: the full usage text would bury the one line that matters
            CommandLine command = e.getCommandLine();
            // in the user's language, each value made visible: an escape sequence typed must not reach the terminal
            for (String line : UsageErrors.describe(e, messages)) {
                command.getErr().println(line);
            }
            command.getErr().println(messages.get("cli.try-help", command.getCommandSpec().qualifiedName()));
            command.getErr().flush();
            return ExitCode.USAGE.code();
        });
        cli.setExecutionStrategy(parseResult -> {
            // picocli lets --help win over a misspelt command ("asses --help"); the typo is the answer the user needs
            for (CommandLine.ParseResult level = parseResult; level != null; level = level.subcommand()) {
                if (!level.unmatched().isEmpty()) {
                    throw new CommandLine.UnmatchedArgumentException(level.commandSpec().commandLine(),
                            level.unmatched());
                }
            }
            return new CommandLine.RunLast().execute(parseResult);
        });
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            // reached only if a command lets an exception escape BaseCommand's handling: a bug
            commandLine.getErr().println("internal error: " + e);
            return ExitCode.INTERNAL_ERROR.code();
        });
        return cli;
    }
}
