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
 * Survey exports as spreadsheets and hostile testers make them: huge, empty, Latin-1, with Excel's {@code sep=} line
 * and empty trailing columns. Every refusal is exit 3 at the row and column it concerns, and writes nothing.
 */
class SurveyImportInputTest {

    private static final String Q = "src/test/resources/score/all-types.yaml";

    @TempDir
    Path dir;

    private CliRun importing(Path csv, String... more) {
        List<String> args = new ArrayList<>(List.of("import", csv.toString(), "-q", Q, "--municipality",
                "01", "--period", "2026", "-o", dir.resolve("out").toString()));
        args.addAll(List.of(more));
        return CliRun.run(args.toArray(String[]::new));
    }

    private Path csv(String name, String text) throws IOException {
        return csv(name, text.getBytes(StandardCharsets.UTF_8));
    }

    private Path csv(String name, byte[] bytes) throws IOException {
        Path file = dir.resolve(name);
        Files.write(file, bytes);
        return file;
    }

    private List<String> written() throws IOException {
        // the answer files; the questionnaire's schema for editors stands beside them
        try (Stream<Path> s = Files.list(dir.resolve("out"))) {
            return s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".yaml")).sorted().toList();
        }
    }

    private void assertRefused(CliRun run, Path file, int line, int column, String... words) {
        BadInputTest.assertProblem(run, file.toString(), line, column, words);
        assertThat(dir.resolve("out")).doesNotExist();
    }

    @Test
    void aMillionRowsEndAtTheRespondentLimitNotInOutOfMemory() throws IOException {
        // the tester's file: a million one-cell rows, 2 MB
        Path file = csv("million.csv", "s1\n" + "1\n".repeat(1_000_000));
        CliRun run = importing(file);
        assertRefused(run, file, 10_002, 1, "more than 10000 respondents",
                "import the survey in parts of at most 10000 rows");
        assertThat(run.errLines()).hasSize(1);
    }

    @Test
    void exactlyTheLimitIsRead() throws IOException {
        // ten thousand respondents are within the limit: the only problem is the last one's answer (writing ten
        // thousand files would only make the test slow)
        Path file = csv("limit.csv", "s1\n" + "1\n".repeat(9_999) + "9\n");
        CliRun run = importing(file);
        assertRefused(run, file, 10_001, 1, "9 is not a level of 's1'");
        assertThat(run.errLines()).hasSize(1);
    }

    @Test
    void aThousandRespondentsGetFourDigitsAndSortInRowOrder() throws IOException {
        Path file = csv("thousand.csv", "s1\n" + "1\n".repeat(1_000));
        CliRun run = importing(file);
        assertThat(run.exitCode()).as(run.describe()).isZero();
        assertThat(written()).hasSize(1_000).startsWith("01-2026-0001.yaml").endsWith("01-2026-1000.yaml");
        assertThat(Files.readString(dir.resolve("out/01-2026-1000.yaml"))).contains("Zeile 1001\n");
    }

    @Test
    void rowsWithoutAnswersAreNoRespondents() throws IOException {
        Path file = csv("gaps.csv", "role,s1,c1\ncitizens,,\n,,\ncouncil,2,\n\nbusinesses, , \n");
        CliRun run = importing(file);
        assertThat(run.exitCode()).as(run.describe()).isZero();
        assertThat(written()).containsExactly("01-2026-001-council.yaml");
        assertThat(Files.readString(dir.resolve("out/01-2026-001-council.yaml"))).contains("Zeile 4\n", "  s1: 2\n");
        assertThat(run.errLines()).containsExactly(
                "rows without any answer are no respondents: 2 left out, the first at line 2",
                "1 answer file written to " + dir.resolve("out"));
    }

    @Test
    void aMillionEmptyRowsAreNoSurvey() throws IOException {
        Path file = csv("empty-rows.csv", "role,s1\n" + "citizens,\n".repeat(200_000) + ",\n".repeat(800_000));
        assertRefused(importing(file), file, 1, 1, "no respondent: no row below the header answers a question");
    }

    @Test
    void problemsStopAfterAHundred() throws IOException {
        Path file = csv("bad-rows.csv", "role,s1\n" + ",9\n".repeat(100_000));
        CliRun run = importing(file);
        assertRefused(run, file, 2, 2, "9 is not a level of 's1'");
        assertThat(run.errLines()).hasSize(101);
        assertThat(run.errLines().get(100)).isEqualTo(file + ":102:1: 100 problems so far; reading stopped here, "
                + "fix these first");
    }

    @Test
    void windows1252AndUtf16AreToldFromTheBytes() throws IOException {
        // German Excel's "CSV (Trennzeichen-getrennt)": Windows-1252, with a euro sign and umlauts
        Path ansi = csv("ansi.csv", "role;s1\nB\u00fcrger \u20ac;3\n".getBytes(java.nio.charset.Charset.forName("windows-1252")));
        assertThat(importing(ansi).exitCode()).isZero();
        assertThat(Files.readString(dir.resolve("out/01-2026-001-B_rger__.yaml"))).contains("  role: Bürger €\n");
        for (java.nio.charset.Charset utf16 : List.of(StandardCharsets.UTF_16, StandardCharsets.UTF_16LE,
                StandardCharsets.UTF_16BE)) {
            // UTF_16 writes a byte order mark; the other two none, told by the zero bytes beside the letters
            Path file = csv("utf16.csv", "role;s1\nB\u00fcrger;3\n".getBytes(utf16));
            // the file of the first import is named after another role: --replace removes it
            CliRun run = importing(file, "--replace");
            assertThat(run.exitCode()).as(utf16 + ": " + run.describe()).isZero();
            assertThat(Files.readString(dir.resolve("out/01-2026-001-B_rger.yaml"))).contains("  role: Bürger\n");
        }
    }

    @Test
    void latin1IsLocatedAtTheBadByteWhenUtf8IsGiven() throws IOException {
        Path file = csv("latin1.csv", "role;s1\nB\u00fcrger;3\n".getBytes(StandardCharsets.ISO_8859_1));
        assertRefused(importing(file, "--encoding", "UTF-8"), file, 2, 2, "the file is not UTF-8 text", "byte 0xFC",
                "save it as \"CSV UTF-8\"");
        // a byte order mark says UTF-8; after it, columns count from the first character, as for every other problem
        Path bom = csv("bom.csv", concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                "role;s\u00e9\n".getBytes(StandardCharsets.ISO_8859_1)));
        assertRefused(importing(bom), bom, 1, 7, "byte 0xE9");
        // a well-formed but invalid sequence (an overlong slash) and a CRLF file
        Path overlong = csv("overlong.csv", concat("role,s1\r\n,1\r\n,".getBytes(StandardCharsets.US_ASCII),
                new byte[] {(byte) 0xC0, (byte) 0xAF}));
        assertRefused(importing(overlong, "--encoding", "utf-8"), overlong, 3, 2, "byte 0xC0");
        // Windows-1252 has no character for 0x81: the encoding given is held to
        Path cp = csv("cp.csv", "role;s1\nx\u0081;3\n".getBytes(StandardCharsets.ISO_8859_1));
        assertRefused(importing(cp, "--encoding", "windows-1252"), cp, 2, 2, "byte 0x81", "windows-1252");
    }

    @Test
    void germanMessageForLatin1() throws IOException {
        Path file = csv("latin1.csv", "role;s1\nB\u00fcrger;3\n".getBytes(StandardCharsets.ISO_8859_1));
        CliRun run = CliRun.run(CliRun.GERMAN, "import", file.toString(), "-q", Q, "--municipality", "01",
                "--period", "2026", "--encoding", "UTF-8", "-o", dir.resolve("out").toString());
        assertRefused(run, file, 2, 2, "kein UTF-8-Text", "speichern Sie sie als „CSV UTF-8“");
        CliRun unknown = CliRun.run(CliRun.GERMAN, "import", file.toString(), "-q", Q, "--municipality", "01",
                "--period", "2026", "--encoding", "klingonisch", "-o", dir.resolve("out").toString());
        assertThat(unknown.exitCode()).isEqualTo(ExitCode.USAGE.code());
        assertThat(unknown.err()).contains("unbekannte Zeichenkodierung 'klingonisch'");
    }

    @Test
    void excelSepLineAndEmptyTrailingColumns() throws IOException {
        Path file = csv("excel.csv", "sep=;\r\nrole;s1;c1;n1;;\r\ncitizens;3;some;12,5;;\r\n;;;;;\r\n"
                + "council;1;none;;;\r\n");
        CliRun run = importing(file);
        assertThat(run.exitCode()).as(run.describe()).isZero();
        assertThat(written()).containsExactly("01-2026-001-citizens.yaml", "01-2026-002-council.yaml");
        assertThat(Files.readString(dir.resolve("out/01-2026-001-citizens.yaml")))
                .contains("# Importiert aus excel.csv, Zeile 3\n", "  s1: 3\n", "  c1: some\n", "  n1: 12.5\n");
        // any separator Excel names: with '|', the options of a multiple choice are separated by ';', and a comma
        // can only be a decimal comma
        Files.delete(dir.resolve("out/01-2026-001-citizens.yaml"));
        Files.delete(dir.resolve("out/01-2026-002-council.yaml"));
        Path pipes = csv("sep-pipe.csv", "sep=|\nrole|m1|n1\ncitizens, council|portal;app|12,5\n");
        CliRun second = importing(pipes);
        assertThat(second.exitCode()).as(second.describe()).isZero();
        assertThat(written()).hasSize(1);
        assertThat(Files.readString(dir.resolve("out").resolve(written().get(0))))
                .contains("  role: \"citizens, council\"\n", "  m1:\n    - portal\n    - app\n", "  n1: 12.5\n");
    }

    @Test
    void aValueInAColumnWithoutHeaderIsLocated() throws IOException {
        Path file = csv("stray.csv", "sep=;\nrole;s1;;\ncitizens;3;;\ncouncil;2;;oops\n");
        assertRefused(importing(file), file, 4, 12, "this cell has a value, but its column has no header",
                "the header names 2 columns");
    }

    @Test
    void aQuoteNeverClosedIsLocatedWhereItOpens() throws IOException {
        Path file = csv("quote.csv", "role,s1\ncitizens,1\n\"council,2\n,3\n");
        assertRefused(importing(file), file, 3, 1, "the quote that opens here is never closed");
    }

    @Test
    void aRowWiderThanASpreadsheetIsRefused() throws IOException {
        Path file = csv("wide.csv", "role,s1\ncitizens,1" + ",x".repeat(20_000) + "\n");
        assertRefused(importing(file), file, 2, 12 + 2 * (16_384 - 2), "more than 16384 cells in one row");
    }

    @Test
    void importRefusesAPeriodTheLoaderRefuses() throws IOException {
        Path file = csv("ok.csv", "role,s1\ncitizens,1\n");
        for (String period : List.of("0", "26", "2026-13", "2026-5", "2026/05")) {
            CliRun run = CliRun.run("import", file.toString(), "-q", Q, "--municipality", "01", "--period", period,
                    "-o", dir.resolve("out").toString());
            assertThat(run.exitCode()).as(run.describe()).isEqualTo(ExitCode.USAGE.code());
            assertThat(run.err()).startsWith("--period " + period + " is not a year (2026) or a month (2026-05)");
        }
        assertThat(dir.resolve("out")).doesNotExist();
        CliRun month = CliRun.run("import", file.toString(), "-q", Q, "--municipality", "01", "--period",
                "2026-05", "-o", dir.resolve("out").toString());
        assertThat(month.exitCode()).as(month.describe()).isZero();
        assertThat(written()).containsExactly("01-2026-05-001-citizens.yaml");
    }

    @Test
    void aRoleWithALineBreakRoundTripsAndOneWithAnEscapeIsRefusedAtItsCell() throws IOException {
        Path file = csv("role.csv", "role,s1\n\"citizens\nand more\",3\n");
        CliRun run = importing(file);
        assertThat(run.exitCode()).as(run.describe()).isZero();
        Path answers = dir.resolve("out").resolve(written().get(0));
        assertThat(Files.readString(answers)).contains("  role: |-\n    citizens\n    and more\n");
        CliRun json = CliRun.run("assess", "-q", Q, answers.toString(), "-f", "json");
        assertThat(json.exitCode()).as(json.describe()).isZero();
        assertThat(json.out()).contains("\"role\": \"citizens\\nand more\"");

        Path escaped = csv("escaped.csv", "role,s1\n\"citi\u001bzens\",3\n");
        BadInputTest.assertProblem(importing(escaped), escaped.toString(), 2, 1, "control character U+001B");
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] all = new byte[a.length + b.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
