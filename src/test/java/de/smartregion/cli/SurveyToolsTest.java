package de.smartregion.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Exports shaped like those of the three survey tools, imported with no map or a short one: LimeSurvey (codes,
 * per-option columns with Y, an unfinished response), Microsoft Forms (XLSX, the question texts as headers, labels,
 * options joined with ;) and Google Forms (CSV, Zeitstempel, labels joined with ", ", grids as "question [row]").
 */
class SurveyToolsTest {

    private static final String Q = "src/test/resources/workbook/bilingual.yaml";
    private static final String TOOLS = "src/test/resources/survey/tools/";

    @TempDir
    Path dir;

    private List<String> written(Path out) throws IOException {
        // the answer files; the questionnaire's schema for editors stands beside them
        try (Stream<Path> s = Files.list(out)) {
            return s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".yaml")).sorted().toList();
        }
    }

    /** The answers block of an answer file, the part the tools' cells decide. */
    private static String answers(Path file) throws IOException {
        String text = Files.readString(file);
        return text.substring(text.indexOf("answers:\n"));
    }

    @Test
    void limeSurveyWithCodesPerOptionColumnsAndAnUnfinishedResponse() throws IOException {
        Path out = dir.resolve("out");
        CliRun run = CliRun.run("import", TOOLS + "limesurvey.csv", "-q", Q, "--map", TOOLS + "limesurvey-map.yaml",
                "--municipality", "09162000", "--period", "2026", "-o", out.toString());
        assertThat(run.exitCode()).as(run.describe()).isZero();
        assertThat(run.err()).contains("left out: 1");
        assertThat(written(out)).containsExactly("09162000-2026-001-administration.yaml",
                "09162000-2026-002-citizens.yaml");
        assertThat(answers(out.resolve("09162000-2026-001-administration.yaml"))).isEqualTo("""
                answers:
                  s1: 1
                  c1: cdo
                  b1: true
                  m1:
                    - portal
                    - app
                  n1: 65.5
                  x2:
                    a: "yes"
                    b: "no"
                """);
        assertThat(answers(out.resolve("09162000-2026-002-citizens.yaml"))).isEqualTo("""
                answers:
                  s1: 2
                  c1: none
                  b1: false
                  m1:
                    - none
                  n1: 80
                  x2:
                    b: "yes"
                """);
    }

    @Test
    void microsoftFormsAsXlsxWithQuestionTextsLabelsAndSemicolonJoinedOptions() throws IOException {
        Path xlsx = dir.resolve("Digitalstrategie(1-2).xlsx");
        try (OutputStream os = Files.newOutputStream(xlsx)) {
            Workbook wb = new Workbook(os, "Microsoft Forms", "1.0");
            Worksheet ws = wb.newWorksheet("Sheet1");
            List<String> header = List.of("ID", "Startzeit", "Fertigstellungszeit", "E-Mail", "Name",
                    "Wie weit ist die Strategie?", "Wer steuert?", "Gibt es ein Budget?", "Welche Kanäle?",
                    "Anteil online", "Rolle");
            for (int c = 0; c < header.size(); c++) {
                ws.value(0, c, header.get(c));
            }
            Object[][] rows = {
                    {1, "11/2/26 10:15:04", "11/2/26 10:19:40", "anonymous", "", "Entwurf", "CDO, mit Stab", "Ja",
                            "Portal;App, mobil;", 6.5, "Bürgerschaft"},
                    {2, "11/2/26 11:01:12", "11/2/26 11:03:55", "anonymous", "", "Keine", "Niemand", "Nein",
                            "Keiner;", "12,5", "Verwaltung"}};
            for (int r = 0; r < rows.length; r++) {
                for (int c = 0; c < rows[r].length; c++) {
                    Object v = rows[r][c];
                    if (v instanceof Number n) {
                        ws.value(r + 1, c, n);
                    } else if (!"".equals(v)) {
                        ws.value(r + 1, c, (String) v);
                    }
                }
            }
            wb.finish();
        }
        Path out = dir.resolve("out");
        CliRun run = CliRun.run("import", xlsx.toString(), "-q", Q, "--municipality", "09162000", "--period",
                "2026", "-o", out.toString());
        assertThat(run.exitCode()).as(run.describe()).isZero();
        assertThat(written(out)).containsExactly("09162000-2026-001-citizens.yaml",
                "09162000-2026-002-administration.yaml");
        assertThat(answers(out.resolve("09162000-2026-001-citizens.yaml"))).isEqualTo("""
                answers:
                  s1: 1
                  c1: cdo
                  b1: true
                  m1:
                    - portal
                    - app
                  n1: 6.5
                """);
        assertThat(answers(out.resolve("09162000-2026-002-administration.yaml"))).isEqualTo("""
                answers:
                  s1: 0
                  c1: none
                  b1: false
                  m1:
                    - none
                  n1: 12.5
                """);
    }

    @Test
    void googleFormsWithZeitstempelCommaJoinedLabelsAndAGrid() throws IOException {
        Path out = dir.resolve("out");
        CliRun run = CliRun.run("import", TOOLS + "google-forms.csv", "-q", Q, "--role", "citizens",
                "--municipality", "09162000", "--period", "2026", "-o", out.toString());
        assertThat(run.exitCode()).as(run.describe()).isZero();
        assertThat(answers(out.resolve("09162000-2026-001-citizens.yaml"))).isEqualTo("""
                answers:
                  s1: 2
                  c1: cdo
                  m1:
                    - portal
                    - app
                  n1: 12.5
                  x1:
                    cloud:
                      - invested
                      - planned
                    ai:
                      - planned
                """);
        assertThat(answers(out.resolve("09162000-2026-002-citizens.yaml"))).isEqualTo("""
                answers:
                  s1: 1
                  c1: none
                  m1:
                    - none
                  n1: 3
                """);
    }

    @Test
    void aWrongIdInTheMapIsLocatedInTheMap() throws IOException {
        Path map = dir.resolve("map.yaml");
        Files.writeString(map, "columns: {S1: s11}\nvalues:\n  c1: {A1: nobody}\n  c2: {A1: none}\n");
        Path csv = dir.resolve("survey.csv");
        Files.writeString(csv, "S1,c1\n1,A1\n");
        CliRun run = CliRun.run("import", csv.toString(), "-q", Q, "--map", map.toString(), "--municipality", "01",
                "--period", "2026", "-o", dir.resolve("out").toString());
        assertThat(run.exitCode()).as(run.describe()).isEqualTo(ExitCode.INVALID_INPUT.code());
        assertThat(run.errLines()).containsExactly(
                map + ":3:12: the map maps to 'nobody', which this question does not have; it has: none, cdo",
                map + ":4:3: the map names 'c2', which is no question of the questionnaire; did you mean 'c1'?");
        Files.writeString(map, "columns: {S1: s11}\n");
        CliRun column = CliRun.run("import", csv.toString(), "-q", Q, "--map", map.toString(), "--municipality",
                "01", "--period", "2026", "-o", dir.resolve("out").toString());
        assertThat(column.errLines()).containsExactly(map + ":1:15: column 's11' is no question of the "
                + "questionnaire; did you mean 's1'?");
        assertThat(dir.resolve("out")).doesNotExist();
    }

    /** An XLSX-shaped archive of the given parts, each written {@code repeat} times over. */
    private Path archive(String name, String[][] parts) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (String[] part : parts) {
                zip.putNextEntry(new ZipEntry(part[0]));
                byte[] head = part[1].getBytes(java.nio.charset.StandardCharsets.UTF_8);
                zip.write(head);
                if (part.length > 2) {
                    byte[] body = part[2].getBytes(java.nio.charset.StandardCharsets.UTF_8);
                    for (int i = 0; i < Integer.parseInt(part[3]); i++) {
                        zip.write(body);
                    }
                    zip.write(part[4].getBytes(java.nio.charset.StandardCharsets.UTF_8));
                }
                zip.closeEntry();
            }
        }
        Path file = dir.resolve(name);
        Files.write(file, bytes.toByteArray());
        return file;
    }

    private CliRun importing(Path file) {
        return CliRun.run("import", file.toString(), "-q", Q, "--municipality", "01", "--period", "2026",
                "-o", dir.resolve("out").toString());
    }

    private static final String SHEET = "xl/worksheets/sheet1.xml";
    private static final String OPEN = "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
            + "<sheetData>";
    private static final String CLOSE = "</sheetData></worksheet>";

    @Test
    void aZipBombIsRefusedBeforeItIsUnpacked() throws IOException {
        // 80 MB of zeros, and 80 MB of XML white space, each in some 80 KB
        Path zeros = archive("zeros.xlsx", new String[][] {{"xl/media/image1.bin", "", "\0".repeat(1024 * 1024), "80",
                ""}});
        Path spaces = archive("spaces.xlsx", new String[][] {{SHEET, OPEN, " ".repeat(1024 * 1024), "80", CLOSE}});
        for (Path bomb : List.of(zeros, spaces)) {
            assertThat(Files.size(bomb)).as("80 MB, compressed").isLessThan(200_000);
            CliRun run = importing(bomb);
            assertThat(run.exitCode()).as(run.describe()).isEqualTo(ExitCode.INVALID_INPUT.code());
            assertThat(run.errLines()).containsExactly(bomb + ": the workbook unpacks to more than 64 MB; a "
                    + "filled-in questionnaire or survey export is far smaller");
        }
    }

    @Test
    void smallHostileWorkbooksAreRefusedBeforeTheyFillTheMemory() throws IOException {
        // each would make the XLSX reader build a billion digits, pad a table or a row to billions of entries, or
        // hold millions of cells, from a file of a few kilobytes
        Path dense = archive("dense.xlsx", new String[][] {{SHEET, OPEN, "<row><c><v>1</v></c><c><v>2</v></c>"
                + "<c><v>3</v></c><c><v>4</v></c></row>", "400000", CLOSE}});
        CliRun run = importing(dense);
        assertThat(run.exitCode()).as(run.describe()).isEqualTo(ExitCode.INVALID_INPUT.code());
        assertThat(run.errLines()).containsExactly(dense + ": the workbook has more than 1500000 cells; a filled-in "
                + "questionnaire or survey export has far fewer (import a large survey in parts)");
        String[][] hostile = {
                {"exponent.xlsx", "<row r=\"1\"><c r=\"A1\"><v>1E999999999</v></c></row>", "A1"},
                {"shared.xlsx", "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>2000000000</v></c></row>", "A1"},
                {"far.xlsx", "<row r=\"2\"><c r=\"ZZZZZZ2\"><v>1</v></c></row>", "ZZZZZZ2"}};
        for (String[] h : hostile) {
            Path file = archive(h[0], new String[][] {{SHEET, OPEN + h[1] + CLOSE},
                    {"xl/sharedStrings.xml", "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
                            + "<si><t>a</t></si></sst>"}});
            CliRun bad = importing(file);
            assertThat(bad.exitCode()).as(bad.describe()).isEqualTo(ExitCode.INVALID_INPUT.code());
            assertThat(bad.errLines()).containsExactly(file + ": the workbook's cell " + h[2] + " is damaged (beyond "
                    + "the last cell a spreadsheet has, or a value no spreadsheet writes); save it again from Excel or "
                    + "LibreOffice");
        }
    }

    @Test
    void aDamagedWorkbookIsAClearError() throws IOException {
        Path damaged = dir.resolve("damaged.xlsx");
        Files.write(damaged, new byte[] {'P', 'K', 3, 4, 0, 0, 0, 0, 1, 2, 3});
        CliRun run = CliRun.run(CliRun.GERMAN, "import", damaged.toString(), "-q", Q, "--municipality", "01",
                "--period", "2026", "-o", dir.resolve("out").toString());
        assertThat(run.exitCode()).as(run.describe()).isEqualTo(ExitCode.INVALID_INPUT.code());
        assertThat(run.err()).startsWith(damaged + ": die Datei ist keine lesbare XLSX-Arbeitsmappe (")
                .contains("speichern Sie sie in Excel oder LibreOffice erneut als .xlsx");
    }
}
