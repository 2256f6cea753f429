package de.smartregion.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each command's help ends with an example in both languages, and the examples on the repository's example files
 * run as printed (a glob expanded as a shell would, -o into a temporary directory), so that they cannot rot.
 */
class HelpExamplesTest {

    private static final Path BUNDLES = Path.of("src/main/resources/de/smartregion/cli");

    @Test
    void everyCommandHasAnExampleInEveryLanguage() throws IOException {
        for (String bundle : List.of("help.properties", "help_de.properties")) {
            Properties help = load(bundle);
            for (Subcommand s : Subcommand.values()) {
                if (s == Subcommand.HELP) {
                    continue; // picocli's own command
                }
                assertThat(help.getProperty("smartregion." + s.command() + ".usage.footer"))
                        .as("%s in %s", s.command(), bundle).contains("smartregion " + s.command());
            }
        }
    }

    @Test
    void theExamplesOnTheExampleFilesRunAsPrinted(@TempDir Path dir) throws IOException {
        Properties help = load("help.properties");
        for (String command : List.of("assess", "validate", "compare", "trend", "questionnaires", "init",
                "workbook")) {
            List<String> args = args(help.getProperty("smartregion." + command + ".usage.footer"), dir);
            CliRun run = CliRun.run(args.toArray(String[]::new));
            assertThat(run.exitCode()).as(run.describe()).isZero();
        }
    }

    /** The example's words after "smartregion", globs expanded and every -o pointed into {@code dir}. */
    private static List<String> args(String footer, Path dir) throws IOException {
        List<String> words = new ArrayList<>(Arrays.asList(footer.replace("\\%n", " ").strip().split("\\s+")));
        assertThat(words.remove(0)).isEqualTo("smartregion");
        List<String> args = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            if (w.equals("-o")) {
                args.add(w);
                args.add(dir.resolve(words.get(++i)).toString());
            } else if (w.contains("*")) {
                Path folder = Path.of(w).getParent();
                try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, Path.of(w).getFileName().toString())) {
                    files.forEach(f -> args.add(f.toString()));
                }
            } else {
                args.add(w);
            }
        }
        return args;
    }

    private static Properties load(String bundle) throws IOException {
        Properties help = new Properties();
        try (Reader in = Files.newBufferedReader(BUNDLES.resolve(bundle))) {
            help.load(in);
        }
        return help;
    }
}
