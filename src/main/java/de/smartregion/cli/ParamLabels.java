package de.smartregion.cli;

import de.smartregion.text.Messages;
import java.util.ArrayList;
import java.util.List;
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
        List<ArgSpec> args = new ArrayList<>(spec.options());
        args.addAll(spec.positionalParameters());
        boolean changes = false;
        List<String> labels = new ArrayList<>();
        for (ArgSpec arg : args) {
            String label = translated(arg.paramLabel(), messages);
            labels.add(label);
            changes |= !label.equals(arg.paramLabel());
        }
        if (!changes) {
            return;
        }
        // removed and added again in order, so that help lists them as declared
        args.forEach(spec::remove);
        for (int i = 0; i < args.size(); i++) {
            ArgSpec arg = args.get(i);
            String label = labels.get(i);
            if (arg instanceof OptionSpec o) {
                spec.addOption(label.equals(o.paramLabel()) ? o : OptionSpec.builder(o).paramLabel(label).build());
            } else if (arg instanceof PositionalParamSpec p) {
                spec.addPositional(label.equals(p.paramLabel()) ? p
                        : PositionalParamSpec.builder(p).paramLabel(label).build());
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
