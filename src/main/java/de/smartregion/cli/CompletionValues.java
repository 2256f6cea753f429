package de.smartregion.cli;

import de.smartregion.compare.GroupBy;
import de.smartregion.report.CsvDialect;
import de.smartregion.report.Format;
import de.smartregion.score.Combine;
import de.smartregion.text.Language;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The values an option takes, for the completion script only: the options are texts checked by the commands (with
 * located messages), so picocli knows no values for them. Set on the command model that generate-completion walks,
 * not in annotations: candidate classes would be loaded on every run, for the one run in thousands that completes.
 */
final class CompletionValues {

    private CompletionValues() {
    }

    /** Gives every subcommand's value options their values; a run of another command never calls this. */
    static void addTo(CommandLine cli) {
        for (Map.Entry<String, CommandLine> e : cli.getSubcommands().entrySet()) {
            CommandSpec spec = e.getValue().getCommandSpec();
            set(spec, "--format", ids(e.getKey().equals("assess") ? Format.REPORT : Format.TABLE,
                    Format::extension));
            set(spec, "--lang", ids(List.of(Language.values()), Language::code));
            set(spec, "--combine", ids(List.of(Combine.values()), Combine::id));
            set(spec, "--group-by", ids(List.of(GroupBy.values()), GroupBy::id));
            set(spec, "--csv-dialect", ids(List.of(CsvDialect.values()), CsvDialect::id));
        }
    }

    private static void set(CommandSpec spec, String name, List<String> values) {
        OptionSpec option = spec.findOption(name);
        if (option == null) {
            return;
        }
        spec.remove(option);
        spec.addOption(option.toBuilder().completionCandidates(values).build());
    }

    /** The ids of {@code values}, in their order. */
    private static <T> List<String> ids(List<T> values, Function<T, String> id) {
        List<String> ids = new ArrayList<>();
        for (T v : values) {
            ids.add(id.apply(v));
        }
        return ids;
    }
}
