package de.smartregion.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * YAML syntax errors through the command line: each kind SnakeYAML reports, in English and German, at the place a
 * person edits; several in one file reported in one run; what cannot be told reliably is not guessed.
 */
class YamlSyntaxErrorsTest {

    private static final String THREE = "src/test/resources/bad/a-three-syntax-errors.yaml";

    @TempDir
    Path dir;

    private String file(String text) throws IOException {
        Path f = Files.createTempFile(dir, "syntax", ".yaml");
        Files.writeString(f, text);
        return f.toString();
    }

    @Test
    void threeErrorsOnThreeLinesInOneRun() {
        for (String command : List.of("validate", "assess")) {
            CliRun run = CliRun.run(command, THREE);
            assertThat(run.exitCode()).as(run.describe()).isEqualTo(3);
            assertThat(run.errLines()).as(run.describe()).containsExactly(
                    THREE + ":5:1: YAML syntax error: a tab here; YAML indents with spaces only",
                    THREE + ":9:18: YAML syntax error: the quote \" opened here is not closed on its line",
                    THREE + ":10:3: YAML syntax error: the ':' after this key is missing (key: value)");
            assertThat(run.out()).isEmpty();
        }
        CliRun german = CliRun.run(CliRun.GERMAN, "validate", THREE);
        assertThat(german.exitCode()).isEqualTo(3);
        assertThat(german.errLines()).containsExactly(
                THREE + ":5:1: YAML-Syntaxfehler: Tabulator an dieser Stelle; YAML rückt nur mit Leerzeichen ein",
                THREE + ":9:18: YAML-Syntaxfehler: das hier geöffnete Anführungszeichen \" wird in seiner Zeile"
                        + " nicht geschlossen",
                THREE + ":10:3: YAML-Syntaxfehler: nach diesem Schlüssel fehlt der Doppelpunkt (Schlüssel: Wert)");
    }

    @Test
    void aLoneCarriageReturnIsALineBreakForTheLinesOfTheMessage() throws IOException {
        // the parser counts a lone CR as a line break, so the error stands on a line a split at LF does not have
        for (String text : List.of("a: 1\rb: [\n", "a: 1\r\rb: [\r\n")) {
            String f = file(text);
            CliRun run = CliRun.run("validate", f);
            assertThat(run.exitCode()).as(run.describe()).isEqualTo(3);
            assertThat(run.errLines()).as(run.describe()).hasSize(1);
            assertThat(run.errLines().get(0)).as(run.describe()).startsWith(f + ":").contains("YAML syntax error");
        }
    }

    static List<Arguments> kinds() {
        return List.of(
                Arguments.of("a: 1\n\tb: 2\n", 2, 1, "a tab here; YAML indents with spaces only",
                        "Tabulator an dieser Stelle"),
                Arguments.of("a: `x`\n", 1, 4, "a value cannot begin with '`'; put the value in quotes",
                        "ein Wert kann nicht mit '`' beginnen"),
                Arguments.of("a: @x\n", 1, 4, "a value cannot begin with '@'", "nicht mit '@' beginnen"),
                Arguments.of("a: b: c\n", 1, 5, "':' is not allowed here; a text containing ': ' needs quotes",
                        "':' ist hier nicht erlaubt"),
                Arguments.of("a:\n  q1: 2\n  q2 3\n  q3: 1\n", 3, 3, "the ':' after this key is missing",
                        "nach diesem Schlüssel fehlt der Doppelpunkt"),
                Arguments.of("a: 'abc\nb: 2\n", 1, 4, "the quote ' opened here is not closed on its line",
                        "Anführungszeichen ' wird in seiner Zeile nicht geschlossen"),
                // the open quote runs on to the next one, where the parser stumbles: the quote is what to fix
                Arguments.of("a: \"abc\nb: 2\nc: \"x\"\n", 1, 4, "the quote \" opened here is not closed",
                        "Anführungszeichen \" wird"),
                Arguments.of("a: [1, 2\nb: 3\n", 1, 4, "the [ opened here is not closed with ]",
                        "Klammer [ wird nicht mit ] geschlossen"),
                Arguments.of("a: {b: 1\n", 1, 4, "the { opened here is not closed with }",
                        "Klammer { wird nicht mit } geschlossen"),
                Arguments.of("a: \"\\q\"\n", 1, 6, "unknown escape after \\ in double quotes; write \\\\ for a",
                        "unbekannte Escape-Folge nach \\"),
                Arguments.of("a:\n  b: 1\n c: 2\n", 3, 2, "the indentation of this line does not fit the lines above",
                        "die Einrückung dieser Zeile passt nicht"),
                Arguments.of("a:\n  - 1\n  b: 2\n", 3, 3, "the indentation of this line does not fit",
                        "die Einrückung dieser Zeile"),
                // a kind without a text of its own keeps SnakeYAML's words behind the localized lead
                Arguments.of("a: !<x y\n", 1, 7, "expected '>', but found ' ' (32)", "expected '>'"));
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void eachKindInBothLanguages(String text, int line, int column, String english, String german)
            throws IOException {
        String f = file(text);
        CliRun en = CliRun.run("validate", f);
        assertThat(en.exitCode()).as(en.describe()).isEqualTo(3);
        assertThat(en.errLines()).as(en.describe()).hasSize(1);
        assertThat(en.errLines().get(0)).startsWith(f + ":" + line + ":" + column + ": YAML syntax error: ")
                .contains(english);
        CliRun de = CliRun.run(CliRun.GERMAN, "validate", f);
        assertThat(de.exitCode()).isEqualTo(3);
        assertThat(de.errLines()).hasSize(1);
        assertThat(de.errLines().get(0)).startsWith(f + ":" + line + ":" + column + ": YAML-Syntaxfehler: ")
                .contains(german);
    }

    /** After an error the search goes on below the broken line's block, so an error inside that block is not named. */
    @Test
    void theBlockOfABrokenLineIsSkipped() throws IOException {
        String f = file("a:\n  b: c: d\n    e: f: g\nh: i: j\n");
        CliRun run = CliRun.run("validate", f);
        assertThat(run.errLines()).as(run.describe()).containsExactly(
                f + ":2:7: YAML syntax error: ':' is not allowed here; a text containing ': ' needs quotes, or the"
                        + " line is indented wrongly",
                f + ":4:5: YAML syntax error: ':' is not allowed here; a text containing ': ' needs quotes, or the"
                        + " line is indented wrongly");
    }

    /** Each repair blanks lines; at most twenty errors are named, the first twenty. */
    @Test
    void atMostTwentyPerFile() throws IOException {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 30; i++) {
            text.append("k").append(i).append(": a: b\n");
        }
        CliRun run = CliRun.run("validate", file(text.toString()));
        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.errLines()).hasSize(20);
        assertThat(run.errLines().get(19)).contains(":20:7: ");
    }

    /** A file without syntax errors still gets its other problems all at once, as before. */
    @Test
    void aFileWithoutSyntaxErrorsIsReadAsBefore() {
        CliRun run = CliRun.run("validate", "examples/musterstadt-2026.yaml");
        assertThat(run.exitCode()).as(run.describe()).isZero();
    }
}
