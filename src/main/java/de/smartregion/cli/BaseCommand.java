package de.smartregion.cli;

import de.smartregion.input.InvalidInputException;
import de.smartregion.input.Problem;
import de.smartregion.report.TemplateException;
import de.smartregion.text.Messages;
import de.smartregion.text.UserText;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * What every subcommand shares: mapping failures to exit codes and messages a person can act on. Subcommands
 * implement {@link #execute()} and throw; this class decides what the user sees. The annotation holds the attributes
 * every subcommand shares (picocli merges a superclass's); a subcommand's name is given where it is declared, in
 * {@link Subcommand}.
 */
@Command(mixinStandardHelpOptions = true, versionProvider = VersionProvider.class, addMethodSubcommands = false,
        usageHelpAutoWidth = true)
abstract class BaseCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @ParentCommand
    SmartRegionCommand parent;

    @Option(names = "--stacktrace", descriptionKey = "stacktrace")
    boolean stacktrace;

    @Option(names = {"--quiet"}, descriptionKey = "quiet")
    boolean quiet;

    /** The language this command's messages use. */
    protected String language() {
        return Languages.forMessages(null, parent.env());
    }

    protected abstract ExitCode execute() throws Exception;

    protected PrintWriter out() {
        return spec.commandLine().getOut();
    }

    PrintWriter err() {
        return spec.commandLine().getErr();
    }

    Messages messages() {
        return Messages.of(language());
    }

    @Override
    public final Integer call() {
        Messages messages = Messages.of(Languages.forMessages(null, parent.env()));
        try {
            messages = messages();
            return execute().code();
        } catch (InvalidInputException e) {
            printProblems(e, messages);
            return ExitCode.INVALID_INPUT.code();
        } catch (UsageException e) {
            err().println(messages.get(e.key(), shown(e.args())));
            trace(e);
            return ExitCode.USAGE.code();
        } catch (TemplateException e) {
            err().println(messages.get("cli.template-error", UserText.visible(e.message(messages))));
            trace(e);
            return ExitCode.INVALID_INPUT.code();
        } catch (OutputException e) {
            // a closed stdout is a reader that stopped reading (| head): exit as failed, but say nothing
            if (!"-".equals(e.target())) {
                err().println(messages.get("cli.output-failed", UserText.visible(e.target()),
                        messages.get(e.key(), shown(e.args()))));
            }
            trace(e);
            return ExitCode.OUTPUT_FAILED.code();
        } catch (OutOfMemoryError e) {
            // an input too large for the heap (a cohort of 100,000 as a trend) is no bug; say how to go on
            err().println(messages.get("cli.out-of-memory", Runtime.getRuntime().maxMemory() / (1024 * 1024)));
            trace(e);
            return ExitCode.INVALID_INPUT.code();
        } catch (Exception | StackOverflowError e) {
            err().println(messages.get("cli.internal-error", UserText.shown(e)));
            trace(e);
            return ExitCode.INTERNAL_ERROR.code();
        } finally {
            err().flush();
        }
    }

    void printProblems(InvalidInputException e, Messages messages) {
        for (Problem p : e.problems()) {
            err().println(p.location() + ": " + messages.get(p.key(), p.args()));
        }
        trace(e);
    }

    /**
     * The arguments of a message as it quotes them ({@link UserText#shown}): on the command line and in its inputs
     * they are the user's, and a terminal line must stay one harmless line.
     */
    static Object[] shown(java.util.List<Object> args) {
        return args.stream().map(UserText::shown).toArray();
    }

    private void trace(Throwable e) {
        if (stacktrace) {
            e.printStackTrace(err());
        }
    }
}
