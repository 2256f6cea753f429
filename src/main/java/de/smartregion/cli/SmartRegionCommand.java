package de.smartregion.cli;

import java.util.Map;
import picocli.CommandLine.Command;

/** The top command: only groups the subcommands and carries what they share. */
@Command(name = "smartregion",
        resourceBundle = "de.smartregion.cli.help",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        subcommands = {AssessCommand.class, ValidateCommand.class},
        usageHelpAutoWidth = true)
public final class SmartRegionCommand implements Runnable {

    private final Map<String, String> env;

    @picocli.CommandLine.Spec
    private picocli.CommandLine.Model.CommandSpec spec;

    public SmartRegionCommand(Map<String, String> env) {
        this.env = Map.copyOf(env);
    }

    Map<String, String> env() {
        return env;
    }

    /** Without a subcommand there is nothing to do but show how to use the tool. */
    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                de.smartregion.report.Messages.of(Languages.forMessages(null, env)).get("cli.subcommand-missing"));
    }
}
