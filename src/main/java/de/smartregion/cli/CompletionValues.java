package de.smartregion.cli;

import de.smartregion.compare.GroupBy;
import de.smartregion.report.CsvDialect;
import de.smartregion.report.Format;
import de.smartregion.score.Combine;
import de.smartregion.text.Language;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
            List<String> formats = names(e.getKey().equals("assess") ? Format.REPORT : Format.TABLE);
            set(spec, "--format", formats);
            set(spec, "--lang", languages());
            set(spec, "--combine", combinations());
            set(spec, "--group-by", groupings());
            set(spec, "--csv-dialect", dialects());
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

    private static List<String> names(List<Format> formats) {
        List<String> names = new ArrayList<>();
        for (Format f : formats) {
            names.add(f.extension());
        }
        return names;
    }

    private static List<String> languages() {
        List<String> codes = new ArrayList<>();
        for (Language l : Language.values()) {
            codes.add(l.code());
        }
        return codes;
    }

    private static List<String> combinations() {
        List<String> ids = new ArrayList<>();
        for (Combine c : Combine.values()) {
            ids.add(c.id());
        }
        return ids;
    }

    private static List<String> dialects() {
        List<String> ids = new ArrayList<>();
        for (CsvDialect d : CsvDialect.values()) {
            ids.add(d.id());
        }
        return ids;
    }

    private static List<String> groupings() {
        List<String> ids = new ArrayList<>();
        for (GroupBy g : GroupBy.values()) {
            ids.add(g.id());
        }
        return ids;
    }
}
