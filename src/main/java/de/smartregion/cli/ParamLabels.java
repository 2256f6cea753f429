package de.smartregion.cli;

import de.smartregion.text.Messages;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * The placeholders of options and parameters (FILE, DIR, SHARE) in the user's language, as help, usage errors and
 * the man page show them: a German help that explains "in DATEI schreiben" shows {@code -o=DATEI}. Each word in
 * capitals is looked up as {@code label.WORD} in the messages; values a user types literally (median|mean, none)
 * are lower case and stay. picocli keeps labels in its option objects, so an option whose label changes is
 * rebuilt in its place.
 */
final class ParamLabels {

    private static final Pattern WORD = Pattern.compile("\\p{Lu}{2,}");

    private ParamLabels() {
    }

    /** Relabels {@code root} and every subcommand it has. */
    static void localize(CommandLine root, Messages messages) {
        localize(root.getCommandSpec(), messages);
        for (CommandLine sub : root.getSubcommands().values()) {
            localize(sub, messages);
        }
    }

    private static void localize(CommandSpec spec, Messages messages) {
        relabel(spec, arg -> translated(arg.paramLabel(), messages));
    }

    /**
     * Gives each option and parameter of {@code spec} the label {@code label} names for it; those whose label
     * changes are rebuilt, bound to the same field, and all keep their order, so that help lists them as declared.
     */
    static void relabel(CommandSpec spec, Function<ArgSpec, String> label) {
        List<ArgSpec> args = new ArrayList<>(spec.options());
        args.addAll(spec.positionalParameters());
        List<String> labels = args.stream().map(label).toList();
        boolean changes = false;
        for (int i = 0; i < args.size(); i++) {
            changes |= !labels.get(i).equals(args.get(i).paramLabel());
        }
        if (!changes) {
            return;
        }
        args.forEach(spec::remove);
        for (int i = 0; i < args.size(); i++) {
            ArgSpec arg = args.get(i);
            String to = labels.get(i);
            if (arg instanceof OptionSpec o) {
                spec.addOption(to.equals(o.paramLabel()) ? o : OptionSpec.builder(o).paramLabel(to).build());
            } else if (arg instanceof PositionalParamSpec p) {
                spec.addPositional(to.equals(p.paramLabel()) ? p
                        : PositionalParamSpec.builder(p).paramLabel(to).build());
            } else {
                throw new IllegalStateException("neither option nor parameter: " + arg);
            }
        }
    }

    static String translated(String label, Messages messages) {
        Matcher m = WORD.matcher(label);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String key = "label." + m.group();
            m.appendReplacement(out, Matcher.quoteReplacement(messages.has(key) ? messages.get(key) : m.group()));
        }
        return m.appendTail(out).toString();
    }
}
