package de.smartregion.cli;

import static org.assertj.core.api.Assertions.assertThat;

import de.smartregion.text.Messages;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * Every kind of command-line error that {@link UsageErrors} maps, through the command line in English and German:
 * exit 2, the problem in the user's language with the option and value picocli names, and the pointer to --help.
 */
class UsageErrorsTest {

    static List<Arguments> errors() {
        return List.of(
                // UnmatchedArgumentException: an unknown option, with the nearest one
                Arguments.of(List.of("assess", "--fromat", "md", "a.yaml"), "assess",
                        List.of("unknown option '--fromat'; did you mean --format?"),
                        List.of("unbekannte Option '--fromat'; meinten Sie --format?")),
                // each unknown option on its line, the value after '=' kept in the quote, left out of the search
                Arguments.of(List.of("assess", "--fromat=md", "--lnag", "de", "a.yaml"), "assess",
                        List.of("unknown option '--fromat=md'; did you mean --format?",
                                "unknown option '--lnag'; did you mean --lang?"),
                        List.of("unbekannte Option '--fromat=md'; meinten Sie --format?",
                                "unbekannte Option '--lnag'; meinten Sie --lang?")),
                Arguments.of(List.of("validate", "--zzzzzzzz", "a.yaml"), "validate",
                        List.of("unknown option '--zzzzzzzz'"),
                        List.of("unbekannte Option '--zzzzzzzz'")),
                // UnmatchedArgumentException on the top command: an unknown command
                Arguments.of(List.of("asses", "a.yaml"), null,
                        List.of("unknown command 'asses'; did you mean assess?"),
                        List.of("unbekannter Befehl 'asses'; meinten Sie assess?")),
                // UnmatchedArgumentException: arguments no parameter takes
                Arguments.of(List.of("schema", "assessment", "b", "c"), "schema",
                        List.of("unexpected argument 'b': this command takes no more",
                                "unexpected argument 'c': this command takes no more"),
                        List.of("unerwartete Angabe 'b': dieser Befehl nimmt keine weitere",
                                "unerwartete Angabe 'c': dieser Befehl nimmt keine weitere")),
                // MissingParameterException: a required argument, a required option, both
                Arguments.of(List.of("assess"), "assess",
                        List.of("FILE|DIR is missing"), List.of("die Angabe DATEI|VERZEICHNIS fehlt")),
                Arguments.of(List.of("workbook"), "workbook",
                        List.of("option --output is required (--output FILE.xlsx)"),
                        List.of("die Option --output ist Pflicht (--output DATEI.xlsx)")),
                Arguments.of(List.of("import"), "import",
                        List.of("option --output is required (--output DIR)", "FILE is missing"),
                        List.of("die Option --output ist Pflicht (--output VERZEICHNIS)", "die Angabe DATEI fehlt")),
                // MissingParameterException: an option without its value, at the end or before another option
                Arguments.of(List.of("assess", "a.yaml", "--fail-under"), "assess",
                        List.of("option --fail-under needs a value (SCORE)"),
                        List.of("die Option --fail-under braucht einen Wert (WERT)")),
                Arguments.of(List.of("assess", "a.yaml", "--previous"), "assess",
                        List.of("option --previous needs a value (FILE)"),
                        List.of("die Option --previous braucht einen Wert (DATEI)")),
                Arguments.of(List.of("assess", "-f", "--lang", "de", "a.yaml"), "assess",
                        List.of("option --format needs a value (FORMAT[,FORMAT…]), but --lang follows"),
                        List.of("die Option --format braucht einen Wert (FORMAT[,FORMAT…]), es folgt aber --lang")),
                // OverwrittenOptionException
                Arguments.of(List.of("assess", "--lang", "de", "--lang", "en", "a.yaml"), "assess",
                        List.of("option --lang is given more than once; give it once"),
                        List.of("die Option --lang ist mehrfach angegeben; geben Sie sie nur einmal an")),
                // ParameterException caused by a failed type conversion: a number, a whole number, a flag
                Arguments.of(List.of("assess", "--fail-under", "x", "a.yaml"), "assess",
                        List.of("option --fail-under takes a number such as 62.5, not 'x'"),
                        List.of("die Option --fail-under erwartet eine Zahl wie 62.5 (mit Punkt), nicht 'x'")),
                Arguments.of(List.of("compare", "-j", "99999999999", "a.yaml"), "compare",
                        List.of("option --threads takes a whole number, not '99999999999'"),
                        List.of("die Option --threads erwartet eine ganze Zahl, nicht '99999999999'")),
                Arguments.of(List.of("assess", "--quiet=yes", "a.yaml"), "assess",
                        List.of("option --quiet takes no value (or true or false), not 'yes'"),
                        List.of("die Option --quiet erwartet keinen Wert (oder true oder false), nicht 'yes'")),
                // ... and of a type without a word of its own: an argument that is no path
                Arguments.of(List.of("validate", "a\0b.yaml"), "validate",
                        List.of("FILE|DIR: 'a\\u0000b.yaml' is not a valid value"),
                        List.of("DATEI|VERZEICHNIS: 'a\\u0000b.yaml' ist kein gültiger Wert")),
                // the ParameterException of help NAME
                Arguments.of(List.of("help", "asess"), null,
                        List.of("unknown command 'asess'; did you mean assess?"),
                        List.of("unbekannter Befehl 'asess'; meinten Sie assess?")));
    }

    @ParameterizedTest
    @MethodSource("errors")
    void inEnglish(List<String> args, String command, List<String> english, List<String> german) {
        assertUsageError(CliRun.run(CliRun.ENGLISH, args.toArray(String[]::new)), english,
                "Try 'smartregion" + (command == null ? "" : " " + command) + " --help' for more information.");
    }

    @ParameterizedTest
    @MethodSource("errors")
    void inGerman(List<String> args, String command, List<String> english, List<String> german) {
        assertUsageError(CliRun.run(CliRun.GERMAN, args.toArray(String[]::new)), german,
                "Mehr dazu mit 'smartregion" + (command == null ? "" : " " + command) + " --help'.");
    }

    private static void assertUsageError(CliRun run, List<String> expected, String hint) {
        assertThat(run.exitCode()).as(run.describe()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.errLines()).as(run.describe())
                .containsExactlyElementsOf(java.util.stream.Stream.concat(expected.stream(), java.util.stream.Stream.of(hint)).toList());
    }

    /** A kind not mapped (no option of smartregion can raise it today) keeps picocli's own text: no crash, no blank. */
    @Test
    void anUnmappedKindKeepsPicocliText() {
        CommandLine cli = Main.commandLine(CliRun.GERMAN);
        CommandLine.ParameterException e = new CommandLine.MaxValuesExceededException(cli,
                "option '--x' should be specified without 'y' parameter");
        assertThat(UsageErrors.describe(e, Messages.of("de")))
                .containsExactly("option '--x' should be specified without 'y' parameter");
        CommandLine.ParameterException plain = new CommandLine.MutuallyExclusiveArgsException(cli, "a and b\u001b[2J");
        assertThat(UsageErrors.describe(plain, Messages.of("de"))).containsExactly("a and b\\u001b[2J");
    }

    /** The top command without a command says so in the user's language, as before. */
    @Test
    void noCommand() {
        CliRun run = CliRun.run(Map.of("LANG", "de_DE.UTF-8"));
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.errLines()).containsExactly("Befehl fehlt: assess, validate, ... (siehe --help)",
                "Mehr dazu mit 'smartregion --help'.");
    }
}
