package de.smartregion.cli;

import java.util.ArrayList;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;

/**
 * {@code smartregion man [CMD]}: prints the man page of smartregion or of one command, made from the command model
 * in the user's language; {@code smartregion man assess | man -l -} shows it.
 */
final class ManCommand extends BaseCommand {

    @Parameters(paramLabel = "CMD", arity = "0..1", descriptionKey = "man.command",
            completionCandidates = Commands.class)
    String command;

    /** The commands, for help and shell completion. */
    static final class Commands extends ArrayList<String> {
        private static final long serialVersionUID = 1L;

        Commands() {
            for (Subcommand s : Subcommand.values()) {
                add(s.command());
            }
        }
    }

    @Override
    protected ExitCode execute() throws Exception {
        CommandLine root = spec.root().commandLine();
        HelpTexts.load(root, language());
        CommandSpec page = root.getCommandSpec();
        if (command != null) {
            CommandLine sub = root.getSubcommands().get(command);
            if (sub == null) {
                String nearest = de.smartregion.input.Suggest.nearest(command, root.getSubcommands().keySet());
                throw nearest == null
                        ? new UsageException("cli.man-unknown", command, String.join(", ", root.getSubcommands().keySet()))
                        : new UsageException("cli.man-unknown.suggest", command, nearest);
            }
            page = sub.getCommandSpec();
        }
        out().print(ManPage.of(page, root.getResourceBundle()));
        out().flush();
        return ExitCode.OK;
    }
}
