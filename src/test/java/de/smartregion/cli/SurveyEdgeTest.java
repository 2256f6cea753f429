package de.smartregion.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Survey exports as the tools and their users write them beyond the first fixtures: another option's label in a
 * per-option column, the workbook's n/a label, a map that says a value means no answer, grids of statements, an
 * "other" column, Excel's tab-separated UTF-16, digit groups, a pathological joined cell, and a re-import.
 */
class SurveyEdgeTest {

    private static final String Q = WorkbookTest.Q;

    @TempDir
    Path dir;

    private CliRun importing(Path file, String... more) {
        List<String> args = new ArrayList<>(List.of("import", file.toString(), "-q", Q, "--municipality", "01",
                "--period", "2026", "--role", "citizens", "-o", dir.resolve("out").toString()));
        args.addAll(List.of(more));
        return CliRun.run(args.toArray(String[]::new));
    }

    private Path csv(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, text);
        return file;
    }

    private String first() throws IOException {
        try (Stream<Path> s = Files.list(dir.resolve("out"))) {
            String text = Files.readString(s.sorted().findFirst().orElseThrow());
            return text.substring(text.indexOf("answers:"));
        }
    }

    @Test
    void aPerOptionColumnIsTickedOnlyByItsOwnOption() throws IOException {
        Path file = csv("ticks.csv", "Welche Kanäle? [Portal];Welche Kanäle? [App, mobil];Anteil online\n"
                + "Keiner;App, mobil;5\n");
        CliRun run = importing(file);
        assertThat(run.exitCode()).as(run.describe()).isEqualTo(ExitCode.INVALID_INPUT.code());
        assertThat(run.errLines()).containsExactly(file + ":2:1: 'Keiner' is no tick for this option: Y, x, yes or "
                + "empty");
    }

    @Test
    void notApplicableAsTheWorkbookWritesItAndAMapForNoAnswer() throws IOException {
        Path file = csv("na.csv", "Wie weit ist die Strategie?;Gibt es ein Budget?;Welche Kanäle?\n"
                + "trifft nicht zu;N/A;Does not apply\n");
        Path map = csv("map.yaml", "values:\n  b1: {N/A: \"\"}\n");
        CliRun run = importing(file, "--map", map.toString());
        assertThat(run.exitCode()).as(run.describe()).isZero();
        assertThat(first()).isEqualTo("answers:\n  s1: n/a\n  m1: n/a\n");
    }

    @Test
    void gridsOfStatementsOtherColumnsAndLimeSurveysGermanMetadata() throws IOException {
        Path file = csv("grid.csv", "Datum gestartet;Gesamtzeit;Wie sehr stimmen Sie zu? [Wer steuert?];"
                + "Welche Kanäle?;Welche Kanäle? [Sonstiges]\n2026-11-02 10:00;312;Niemand;Portal;Feuerwehr-App\n");
        CliRun run = importing(file);
        assertThat(run.exitCode()).as(run.describe()).isZero();
        assertThat(first()).isEqualTo("answers:\n  c1: none\n  m1:\n    - portal\n");
    }

    @Test
    void excelsUnicodeTextIsTabSeparatedUtf16() throws IOException {
        Path file = dir.resolve("unicode.txt");
        Files.write(file, "ID\tWie weit ist die Strategie?\tAnteil online\r\n1\tEntwurf\t12,5\r\n"
                .getBytes(StandardCharsets.UTF_16));
        CliRun run = importing(file);
        assertThat(run.exitCode()).as(run.describe()).isZero();
        assertThat(first()).isEqualTo("answers:\n  s1: 1\n  n1: 12.5\n");
    }

    @Test
    void digitGroupsInAFileOfDecimalCommasAreNotGuessed() throws IOException {
        Path file = csv("groups.csv", "Bandbreite;Anteil online\n1.000;12,5\n");
        CliRun run = importing(file);
        assertThat(run.exitCode()).as(run.describe()).isEqualTo(ExitCode.INVALID_INPUT.code());
        assertThat(run.errLines()).containsExactly(file + ":2:1: '1.000' has a point between groups of three digits:"
                + " in a file of decimal commas that is a thousands separator or a mistake; write the number without"
                + " it, e.g. 1234 or 1234,5");
    }

    @Test
    void aJoinedCellOfThousandsOfPiecesIsRefusedAtOnce() throws IOException {
        Path file = csv("pieces.csv", "Welche Kanäle?;Anteil online\n" + "Portal,".repeat(100_000) + "Nope;5\n");
        CliRun run = importing(file);
        assertThat(run.exitCode()).as(run.describe()).isEqualTo(ExitCode.INVALID_INPUT.code());
        assertThat(run.errLines()).hasSize(1).allMatch(l -> l.startsWith(file + ":2:1: "));
    }

    @Test
    void aReImportDoesNotLeaveTheEarlierOnesRespondentsBehind() throws IOException {
        Path three = csv("survey.csv", "Wie weit ist die Strategie?\nEntwurf\nKeine\nBeschlossen\n");
        assertThat(importing(three).exitCode()).isZero();
        Path two = csv("survey.csv", "Wie weit ist die Strategie?\nEntwurf\nKeine\n");
        CliRun again = importing(two);
        assertThat(again.exitCode()).as(again.describe()).isEqualTo(ExitCode.USAGE.code());
        assertThat(again.err()).contains("holds 1 answer files of an earlier import", "01-2026-003-citizens.yaml",
                "--replace");
        CliRun replaced = importing(two, "--replace");
        assertThat(replaced.exitCode()).as(replaced.describe()).isZero();
        try (Stream<Path> s = Files.list(dir.resolve("out"))) {
            assertThat(s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".yaml")).sorted())
                    .containsExactly("01-2026-001-citizens.yaml", "01-2026-002-citizens.yaml");
        }
    }
}
