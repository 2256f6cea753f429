package de.smartregion.cli;

import java.util.Map;
import picocli.CommandLine.Command;

/**
 * The top command: only groups the subcommands and carries what they share. The subcommands are added by
 * {@link Main}, so that a run of one of them need not build the model of all the others.
 */
@Command(name = "smartregion",
        addMethodSubcommands = false, mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        usageHelpAutoWidth = true)
public final class SmartRegionCommand implements Runnable {

    private final Map<String, String> env;
    private final java.io.OutputStream stdout;
    private final java.io.InputStream stdin;

    @picocli.CommandLine.Spec
    private picocli.CommandLine.Model.CommandSpec spec;

    /**
     * @param stdout the raw standard output, for binary reports such as PDF that a character writer would corrupt
     */
    public SmartRegionCommand(Map<String, String> env, java.io.OutputStream stdout, java.io.InputStream stdin) {
        this.env = Map.copyOf(env);
        this.stdout = stdout;
        this.stdin = stdin;
    }

    /** Standard input, for an answer file given as "-". */
    java.io.InputStream stdin() {
        return stdin;
    }

    java.io.OutputStream stdout() {
        return stdout;
    }

    Map<String, String> env() {
        return env;
    }

    /** Without a subcommand there is nothing to do but show how to use the tool. */
    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                de.smartregion.text.Messages.of(Languages.forMessages(null, env)).get("cli.subcommand-missing"));
    }
}
