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
        try (Stream<Path> s = Files.list(out)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
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

    @Test
    void aZipBombIsRefusedBeforeItIsUnpacked() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            byte[] zeros = new byte[1024 * 1024];
            for (int i = 0; i < 80; i++) {
                zip.write(zeros);
            }
            zip.closeEntry();
        }
        assertThat(bytes.size()).as("80 MB of zeros, compressed").isLessThan(200_000);
        Path bomb = dir.resolve("bomb.xlsx");
        Files.write(bomb, bytes.toByteArray());
        CliRun run = CliRun.run("import", bomb.toString(), "-q", Q, "--municipality", "01", "--period", "2026",
                "-o", dir.resolve("out").toString());
        assertThat(run.exitCode()).as(run.describe()).isEqualTo(ExitCode.INVALID_INPUT.code());
        assertThat(run.errLines()).containsExactly(bomb + ": the workbook unpacks to more than 64 MB; a filled-in "
                + "questionnaire or survey export is far smaller");
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
