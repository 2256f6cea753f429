package de.smartregion.cli;

import static de.smartregion.cli.WorkbookTest.Q;
import static de.smartregion.cli.WorkbookTest.cells;
import static de.smartregion.cli.WorkbookTest.filled;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.TimeZone;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A workbook filled in the ways that lose or change answers unless the import says so: contradictions, rows whose
 * key is gone or from another version, numbers as a spreadsheet stores them (a percentage as its fraction, a key as a
 * number), digit groups, another questionnaire; each a located error, nothing written.
 */
class WorkbookEdgeTest {

    @TempDir
    Path dir;

    private CliRun importing(Path xlsx, String... more) {
        java.util.List<String> args = new java.util.ArrayList<>(java.util.List.of("import", xlsx.toString(), "-q", Q,
                "--municipality", "01", "-o", dir.resolve("out").toString()));
        args.addAll(java.util.List.of(more));
        return CliRun.run(args.toArray(String[]::new));
    }

    private void refused(CliRun run, String... lines) {
        assertThat(run.exitCode()).as(run.describe()).isEqualTo(ExitCode.INVALID_INPUT.code());
        assertThat(run.errLines()).containsExactly(lines);
        assertThat(dir.resolve("out")).doesNotExist();
    }

    @Test
    void contradictionsAndRowsWithoutTheirKeyAreLocated() throws IOException {
        Path xlsx = filled(dir, "en", cells(
                "m1", 'D', "does not apply",
                "m1=portal", 'D', "x",
                "c1", 'A', "",
                "c1", 'D', "Nobody",
                "m1=none", 'A', "m1=non",
                "x2.b", 'A', "x2.zz"));
        String f = xlsx.toString();
        refused(importing(xlsx),
                f + ":Strategy steering!D3: this row holds an answer but no hidden key (cell " + f
                        + ":Strategy steering!A3 was cleared, or the row inserted): the answer would be lost; undo"
                        + " the change, or enter it in a fresh workbook",
                f + ":Services!D3: options are marked here although the question's own cell says it does not apply:"
                        + " clear one or the other",
                f + ":Services!A5: the hidden first column of this row names 'm1=non', which the questionnaire's"
                        + " workbook does not have; did you mean 'm1=none'?",
                f + ":Investments!A11: the hidden first column of this row names 'x2.zz', which the questionnaire's"
                        + " workbook does not have; did you mean 'x2.b'?");
    }

    @Test
    void numbersAsSpreadsheetsStoreThem() throws IOException {
        // 30 % typed is stored as 0.3 in a percent format; the answer is 30
        Path percent = filled(dir, "de", cells("n1", 'D', new WorkbookFiller.Percent(0.3), "n2", 'D', 1000));
        CliRun run = importing(percent, "--period", "2026");
        assertThat(run.exitCode()).as(run.describe()).isZero();

        assertThat(Files.readString(dir.resolve("out/01-2026-administration.yaml"))).contains("  n1: 30\n",
                "  n2: 1000\n");
        Files.walk(dir.resolve("out")).sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        // 1.000 is a thousand in German and one in English: never guessed; a key typed as a number lost its zero
        Path other = Files.createDirectories(dir.resolve("other"));
        Path grouped = filled(other, "de", cells("n2", 'D', "1.000", "municipality:id", 'C', 9162000));
        String f = grouped.toString();
        CliRun bad = CliRun.run(CliRun.GERMAN, "import", f, "-q", Q, "-o", dir.resolve("out").toString());
        refused(bad,
                f + ":Kommune!C2: '9162000' wurde als Zahl eingegeben, eine führende Null kann verloren sein:"
                        + " formatieren Sie die Zelle als Text und geben Sie den Schlüssel erneut ein (etwa 09162000)",
                f + ":Dienste!D7: '1.000' ist in Zifferngruppen geschrieben, das in einer Sprache Tausend, in einer"
                        + " anderen eine Dezimalzahl bedeutet: schreiben Sie die Zahl ohne Trennzeichen, etwa 1000"
                        + " oder 1000,5");
    }

    @Test
    void aWorkbookOfAnotherVersionIsNotReadAsThisOne() throws IOException {
        Path xlsx = filled(dir, "de", cells("s1", 'D', "2 – Beschlossen"));
        Path newer = dir.resolve("bilingual-2.yaml");
        Files.writeString(newer, Files.readString(Path.of(Q)).replace("version: \"1\"", "version: \"2\""));
        CliRun run = CliRun.run("import", xlsx.toString(), "-q", newer.toString(), "--municipality", "01", "-o",
                dir.resolve("out").toString());
        assertThat(run.exitCode()).as(run.describe()).isEqualTo(ExitCode.INVALID_INPUT.code());
        assertThat(run.err()).startsWith(xlsx + ":smartregion!B1: ").contains("bilingual@1", "bilingual@2");
    }

    @Test
    void aNumberQuestionThatMayNotApplyTakesTheLabelInItsCheck() throws IOException {
        Path wb = WorkbookTest.workbook(dir, "de", "wb.xlsx");
        String services = WorkbookTest.part(wb, "xl/worksheets/sheet3.xml");
        assertThat(services).contains("<formula1>OR(ISNUMBER(D7),D7=\"trifft nicht zu\")</formula1>",
                "<formula1>AND(ISNUMBER(D6),D6>=0,100>=D6)</formula1>");
    }

    @Test
    void aSecondRespondentsWorkbookDoesNotReplaceTheFirstOnesAnswers() throws IOException {
        Path first = filled(dir, "de", cells("s1", 'D', "1 – Entwurf"));
        assertThat(importing(first, "--period", "2026").exitCode()).isZero();
        // the same workbook again, corrected: its own file is replaced
        assertThat(importing(first, "--period", "2026").exitCode()).isZero();
        Path second = dir.resolve("kollegin.xlsx");
        Files.copy(first, second);
        CliRun run = importing(second, "--period", "2026");
        assertThat(run.exitCode()).as(run.describe()).isEqualTo(ExitCode.USAGE.code());
        assertThat(run.err()).contains("01-2026-administration.yaml holds the answers of another respondent");
        assertThat(importing(second, "--period", "2026", "--replace").exitCode()).isZero();
    }

    @Test
    void theSameBytesInEveryTimeZone() throws IOException {
        TimeZone zone = TimeZone.getDefault();
        try {
            TimeZone.setDefault(TimeZone.getTimeZone("America/New_York"));
            Path west = WorkbookTest.workbook(dir, "de", "west.xlsx");
            TimeZone.setDefault(TimeZone.getTimeZone("Asia/Tokyo"));
            Path east = WorkbookTest.workbook(dir, "de", "east.xlsx");
            assertThat(java.util.Arrays.equals(Files.readAllBytes(west), Files.readAllBytes(east))).isTrue();
        } finally {
            TimeZone.setDefault(zone);
        }
    }
}
