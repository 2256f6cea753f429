package de.smartregion.cli;

import picocli.AutoComplete;
import picocli.CommandLine;

/**
 * The subcommands, each declared here once, in the order help lists them: the name a user types, whether a run of it
 * nearly always needs the bundled questionnaire (loaded ahead on another core), and whether the launcher
 * `smartregion` gives it full JIT compilation (a test holds the launcher's list to this one): a long run of heavy
 * work per item needs it, the others finish sooner at the first tier (bench/README.md).
 */
enum Subcommand {
    ASSESS("assess", true, false),
    VALIDATE("validate", true, false),
    COMPARE("compare", true, false),
    TREND("trend", true, false),
    REPORT("report", true, true),
    INIT("init", true, false),
    IMPORT("import", false, true),
    WORKBOOK("workbook", true, false),
    QUESTIONNAIRES("questionnaires", false, false),
    SCHEMA("schema", false, false),
    MAN("man", false, false),
    GENERATE_COMPLETION("generate-completion", false, false),
    HELP("help", false, false);

    private final String command;
    private final boolean usesQuestionnaire;
    private final boolean fullCompilation;

    Subcommand(String command, boolean usesQuestionnaire, boolean fullCompilation) {
        this.command = command;
        this.usesQuestionnaire = usesQuestionnaire;
        this.fullCompilation = fullCompilation;
    }

    /**
     * Whether a run of this command needs the model of all the others: the completion script is made from it, and
     * help and man describe the command they name.
     */
    boolean needsAll() {
        return this == GENERATE_COMPLETION || this == HELP || this == MAN;
    }

    /** The name typed on the command line. */
    String command() {
        return command;
    }

    boolean usesQuestionnaire() {
        return usesQuestionnaire;
    }

    boolean fullCompilation() {
        return fullCompilation;
    }

    /**
     * A new command object. A switch without default: a constant without its command does not compile. (A field of
     * constructor references would link nine lambdas on every run, for the one command the run needs; see
     * bench/README.md, Start-up.)
     */
    Object create() {
        return switch (this) {
            case ASSESS -> new AssessCommand();
            case VALIDATE -> new ValidateCommand();
            case COMPARE -> new CompareCommand();
            case TREND -> new TrendCommand();
            case REPORT -> new ReportCommand();
            case INIT -> new InitCommand();
            case IMPORT -> new ImportCommand();
            case WORKBOOK -> new WorkbookCommand();
            case QUESTIONNAIRES -> new QuestionnairesCommand();
            case SCHEMA -> new SchemaCommand();
            case MAN -> new ManCommand();
            case GENERATE_COMPLETION -> new AutoComplete.GenerateCompletion();
            case HELP -> new CommandLine.HelpCommand();
        };
    }

    /** The subcommand typed as {@code name}, or null. */
    static Subcommand named(String name) {
        for (Subcommand s : values()) {
            if (s.command.equals(name)) {
                return s;
            }
        }
        return null;
    }
}
