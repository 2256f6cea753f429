package de.smartregion.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The workbooks as LibreOffice reads them (headless, as an office would open them): the comparison and trend
 * workbooks hold the same cells as their CSV, the workbook to fill in shows its questions and hidden ids where they
 * belong, and a filled-in workbook saved again by LibreOffice imports to the same answer file. {@code .ci/run}
 * installs LibreOffice and sets SMARTREGION_REQUIRE_TOOLS, so CI cannot skip this; elsewhere it needs soffice.
 */
class LibreOfficeIT {

    /** CSV as UTF-8 (76), comma, double quote, every sheet to a file of its own (-1, LibreOffice 7.2 and later). */
    private static final String ALL_SHEETS_AS_CSV = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,"
            + "false,false,-1";
    private static final String FIRST_SHEET_AS_CSV = "csv:Text - txt - csv (StarCalc):44,34,76,1";

    @TempDir
    Path dir;

    @BeforeAll
    static void libreOffice() throws InterruptedException {
        boolean found;
        try {
            Process p = new ProcessBuilder("soffice", "--version").redirectErrorStream(true).start();
            found = p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            found = false;
        }
        if (!found && System.getenv("SMARTREGION_REQUIRE_TOOLS") != null) {
            throw new AssertionError("soffice (LibreOffice) is required here but not found");
        }
        assumeTrue(found, "LibreOffice (soffice) is not installed");
    }

    /** Converts {@code file} with LibreOffice into {@code into}; its own profile, so runs do not share state. */
    private void convert(Path file, String filter, Path into) throws IOException, InterruptedException {
        convert(file, null, filter, into);
    }

    /** As above, {@code file} read with the import filter {@code infilter} (null for LibreOffice's choice). */
    private void convert(Path file, String infilter, String filter, Path into)
            throws IOException, InterruptedException {
        Files.createDirectories(into);
        List<String> command = new ArrayList<>(List.of("soffice", "-env:UserInstallation=file://"
                + dir.resolve("profile").toAbsolutePath(), "--headless"));
        if (infilter != null) {
            command.add("--infilter=" + infilter);
        }
        command.addAll(List.of("--convert-to", filter, "--outdir", into.toString(), file.toString()));
        Process p = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(dir.resolve("soffice.log").toFile()).start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("soffice finished").isTrue();
        assertThat(p.exitValue()).as(Files.readString(dir.resolve("soffice.log"))).isZero();
    }

    private static String csv(Path file) throws IOException {
        return Files.readString(file, StandardCharsets.UTF_8).replace("\r\n", "\n");
    }

    @Test
    void comparisonAndTrendWorkbooksHoldTheCellsOfTheirCsv() throws Exception {
        Path out = dir.resolve("out");
        for (String command : List.of("compare", "trend")) {
            CliRun run = CliRun.run(command, "examples", "--group-by", "state", "-f", "xlsx,csv", "-o",
                    out.resolve(command).toString());
            if (command.equals("trend")) {
                run = CliRun.run(command, "examples", "-f", "xlsx,csv", "-o", out.resolve(command).toString());
            }
            assertThat(run.exitCode()).as(run.describe()).isIn(0, 4);
            String name = command.equals("compare") ? "comparison" : "trend";
            Path lo = dir.resolve("lo-" + command);
            convert(out.resolve(command).resolve(name + ".xlsx"), FIRST_SHEET_AS_CSV, lo);
            // LibreOffice quotes the cells it holds as text: the ids with their leading zeros are text, the numbers
            // numbers, and with the quotes taken away every cell is as the CSV has it
            String read = csv(lo.resolve(name + ".csv"));
            assertThat(read.replace("\"", "")).isEqualTo(csv(out.resolve(command).resolve(name + ".csv")));
            assertThat(read).contains(command.equals("compare")
                    ? "\n1,\"03999000\",\"Auenburg\",\"2026\",\"Niedersachsen\",\"Stadt\",236720,67.8,\"connector\",0.98,"
                    : "\n\"03999000\",\"Auenburg\",\"2025\",\"smart-region@2026.1\",60.69,6.79,\"shaper\",0.99,");
        }
    }

    /**
     * The excel-de CSV read as a spreadsheet with German settings reads it (semicolon, UTF-8, German number
     * format): the byte order mark is not in the first cell, umlauts survive, and every decimal comma is a number,
     * which LibreOffice writes back unquoted with a dot, so that the cells are those of the RFC 4180 CSV. Only the
     * ids lose their leading zeros (03999000 becomes 3999000), as in any CSV a spreadsheet opens: XLSX keeps them.
     */
    @Test
    void theExcelDeCsvOpensWithGermanSettingsAsTheNumbersAndTextsOfTheRfc4180One() throws Exception {
        Path de = dir.resolve("excel-de.csv");
        Path rfc = dir.resolve("rfc4180.csv");
        for (Path file : List.of(de, rfc)) {
            CliRun run = CliRun.run("compare", "examples", "--period", "2026", "-f", "csv", "--csv-dialect",
                    file == de ? "excel-de" : "rfc4180", "-o", file.toString());
            assertThat(run.exitCode()).as(run.describe()).isIn(0, 4);
        }
        Path lo = dir.resolve("lo-excel-de");
        // separator 59 (;), text delimiter 34 ("), UTF-8 (76), from line 1, language 1031 (German, Germany)
        convert(de, "CSV:59,34,76,1,,1031", FIRST_SHEET_AS_CSV, lo);
        String read = csv(lo.resolve("excel-de.csv"));
        assertThat(read).startsWith("\"rank\",\"id\",\"name\",").doesNotContain("\uFEFF")
                .contains(",\"Landkreis Fläming-Heide\",2026,\"Brandenburg\",\"Landkreis\",167650,56.61,\"shaper\",");
        assertThat(withoutIds(read.replace("\"", ""))).isEqualTo(withoutIds(csv(rfc)));
    }

    /** Each line of a CSV without commas inside cells, its second cell (the id) left out. */
    private static List<String> withoutIds(String csv) {
        return csv.lines().map(l -> l.replaceFirst("^([^,]*),[^,]*,", "$1,,")).toList();
    }

    @Test
    void theWorkbookShowsItsQuestionsAndKeepsTheIdsInItsHiddenColumn() throws Exception {
        Path wb = dir.resolve("wb.xlsx");
        CliRun run = CliRun.run("workbook", "-q", WorkbookTest.Q, "--lang", "de", "--period", "2026", "-o",
                wb.toString());
        assertThat(run.exitCode()).as(run.describe()).isZero();
        Path lo = dir.resolve("lo");
        convert(wb, ALL_SHEETS_AS_CSV, lo);
        assertThat(csv(lo.resolve("wb-Kommune.csv"))).startsWith("""
                ,Angabe,Eintrag,Hinweis
                municipality:id,Gemeindeschlüssel (AGS),,Amtlicher Gemeindeschlüssel (AGS) oder ein anderer \
                dauerhafter Schlüssel
                """).contains("\nperiod:,Zeitraum (Jahr),2026,", "\nrespondent:role,Wer antwortet (Rolle),Verwaltung,");
        assertThat(csv(lo.resolve("wb-Dienste.csv"))).startsWith("""
                ,Frage,So antworten Sie,Antwort,Ziel (optional),Anmerkung (optional),Nachweis: Link oder Dokument \
                (optional)
                m1,Welche Kanäle?,"Kreuzen Sie in den Zeilen darunter jede zutreffende Option mit x an.
                Wenn die Frage nicht zutrifft: „trifft nicht zu“.",,,,
                m1=portal,Portal,,,,,
                m1=app,"App, mobil",,,,,
                m1=none,Keiner,,,,,
                n1,Anteil online,Eine Zahl von 0 bis 100 (Prozent).,,,,
                """);
        assertThat(csv(lo.resolve("wb-smartregion.csv"))).startsWith("smartregion-workbook/1,bilingual@1\n,de\n");
    }

    @Test
    void aFilledInWorkbookSavedAgainByLibreOfficeImportsToTheSameAnswerFile() throws Exception {
        Path filled = WorkbookTest.germanFilled(dir);
        Path resaved = dir.resolve("resaved");
        convert(filled, "xlsx", resaved);
        Path out = dir.resolve("out");
        CliRun run = CliRun.run("import", resaved.resolve("de.xlsx").toString(), "-q", WorkbookTest.Q, "-o",
                out.toString());
        assertThat(run.exitCode()).as(run.describe()).isZero();
        assertThat(Files.readString(out.resolve("09162000-2026-administration-Amt_f_r_Digitales.yaml")))
                .isEqualTo(WorkbookTest.germanAnswerFile("de.xlsx"));
    }
}
