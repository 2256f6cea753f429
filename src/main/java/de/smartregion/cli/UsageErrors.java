package de.smartregion.cli;

import de.smartregion.input.Suggest;
import de.smartregion.text.Messages;
import de.smartregion.text.UserText;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.OverwrittenOptionException;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * picocli's command-line errors as lines in the user's language, keeping what picocli knows: the option, the value,
 * the command. picocli writes its texts in English only; what it means is read from the exception's type and the
 * argument it names, and from the start of its text only where the type alone does not tell two cases apart. An
 * error of a kind not mapped here (or one picocli words differently in a later version) keeps picocli's own text:
 * an English line is better for a user than a failure to say anything. Loaded only when a command line is wrong.
 */
final class UsageErrors {

    private UsageErrors() {
    }

    /** The lines that say what is wrong with the command line, one problem a line. */
    static List<String> describe(ParameterException e, Messages messages) {
        List<String> lines = null;
        if (e instanceof UnmatchedArgumentException u && !u.getUnmatched().isEmpty()) {
            lines = unmatched(u, messages);
        } else if (e instanceof MissingParameterException m && !m.getMissing().isEmpty()) {
            lines = missing(m, messages);
        } else if (e instanceof OverwrittenOptionException o && o.getOverwritten() != null) {
            lines = List.of(messages.get("cli.usage.option-twice", name(o.getOverwritten())));
        } else if (e.getClass() == ParameterException.class && e.getArgSpec() != null && e.getValue() != null
                && e.getCause() != null) {
            lines = List.of(invalidValue(e.getArgSpec(), e.getValue(), messages));
        } else if (e.getClass() == ParameterException.class && e.getArgSpec() == null && e.getValue() != null
                && String.valueOf(e.getMessage()).startsWith("Unknown subcommand")) {
            // help NAME with a NAME that is no command
            lines = List.of(unknownCommand(e.getValue(), e.getCommandLine().getCommandSpec(), messages));
        }
        return lines != null ? lines : List.of(UserText.visible(String.valueOf(e.getMessage())));
    }

    /** One line for each unknown option, or for the unknown command, or for the arguments no parameter takes. */
    private static List<String> unmatched(UnmatchedArgumentException e, Messages messages) {
        CommandSpec spec = e.getCommandLine().getCommandSpec();
        List<String> lines = new ArrayList<>();
        boolean commandNamed = false;
        for (String arg : e.getUnmatched()) {
            if (arg == null) {
                continue;
            }
            if (optionLike(arg)) {
                lines.add(unknownOption(arg, spec, messages));
            } else if (!spec.subcommands().isEmpty()) {
                // the top command takes no arguments: the first one is a command it does not know, the rest its own
                if (!commandNamed) {
                    lines.add(unknownCommand(arg, spec, messages));
                    commandNamed = true;
                }
            } else {
                lines.add(messages.get("cli.usage.unexpected-argument", UserText.shown(arg)));
            }
        }
        return lines.isEmpty() ? null : lines;
    }

    /** As picocli tells options from arguments: a dash and more, but no negative number. */
    private static boolean optionLike(String arg) {
        if (arg.length() < 2 || !arg.startsWith("-")) {
            return false;
        }
        try {
            Double.parseDouble(arg);
            return false;
        } catch (NumberFormatException notANumber) {
            return true;
        }
    }

    private static String unknownOption(String arg, CommandSpec spec, Messages messages) {
        int equals = arg.indexOf('=');
        String typed = equals > 0 ? arg.substring(0, equals) : arg;
        List<String> names = new ArrayList<>();
        for (OptionSpec option : spec.options()) {
            if (!option.hidden()) {
                names.addAll(List.of(option.names()));
            }
        }
        String nearest = Suggest.nearest(typed, names);
        return nearest == null ? messages.get("cli.usage.unknown-option", UserText.shown(arg))
                : messages.get("cli.usage.unknown-option.suggest", UserText.shown(arg), nearest);
    }

    private static String unknownCommand(String arg, CommandSpec spec, Messages messages) {
        List<String> names = new ArrayList<>();
        for (Map.Entry<String, CommandLine> sub : spec.subcommands().entrySet()) {
            if (!sub.getValue().getCommandSpec().usageMessage().hidden()) {
                names.add(sub.getKey());
            }
        }
        String nearest = Suggest.nearest(arg, names);
        return nearest == null ? messages.get("cli.usage.unknown-command", UserText.shown(arg), String.join(", ", names))
                : messages.get("cli.usage.unknown-command.suggest", UserText.shown(arg), nearest);
    }

    /**
     * A required option or argument left out, or an option given without its value. picocli uses one type for
     * both; its text starts "Missing required option" only for the first.
     */
    private static List<String> missing(MissingParameterException e, Messages messages) {
        String text = String.valueOf(e.getMessage());
        List<String> lines = new ArrayList<>();
        for (ArgSpec arg : e.getMissing()) {
            if (arg instanceof OptionSpec option && text.startsWith("Missing required option")) {
                lines.add(messages.get("cli.usage.missing-option", option.longestName(), option.paramLabel()));
            } else if (arg instanceof OptionSpec option) {
                String found = found(text);
                lines.add(found == null
                        ? messages.get("cli.usage.value-missing", option.longestName(), option.paramLabel())
                        : messages.get("cli.usage.value-missing.found", option.longestName(), option.paramLabel(),
                                UserText.shown(found)));
            } else {
                lines.add(messages.get("cli.usage.missing-parameter", arg.paramLabel()));
            }
        }
        return lines;
    }

    /** The argument that stood where an option's value was expected, as picocli's text names it, or null. */
    private static String found(String text) {
        String marker = " but found '";
        int at = text.lastIndexOf(marker);
        return at >= 0 && text.endsWith("'") ? text.substring(at + marker.length(), text.length() - 1) : null;
    }

    /** A value picocli could not convert to the option's type. */
    private static String invalidValue(ArgSpec arg, String value, Messages messages) {
        String kind = kind(arg.type());
        return kind == null || !arg.isOption()
                ? messages.get("cli.usage.invalid-value.any", name(arg), UserText.shown(value))
                : messages.get("cli.usage.invalid-value", name(arg), UserText.shown(value),
                        messages.get("cli.usage.type." + kind));
    }

    /** The kind of value, as the messages name it, of the types the options use; null for others. */
    private static String kind(Class<?> type) {
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
            return "int";
        }
        if (type == Double.class || type == double.class || type == Float.class || type == float.class) {
            return "number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "boolean";
        }
        return null;
    }

    private static String name(ArgSpec arg) {
        return arg instanceof OptionSpec option ? option.longestName() : arg.paramLabel();
    }
}
