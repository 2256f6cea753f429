package de.smartregion.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code --csv-dialect excel-de}: a CSV that a German spreadsheet opens by double-click (semicolons, decimal commas,
 * a UTF-8 byte order mark); the default stays RFC 4180 for scripts.
 */
class CsvDialectTest {

    private static final String Q = "src/test/resources/score/all-types.yaml";
    private static final String COHORT = "src/test/resources/cohort";
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    @Test
    void excelDeHasTheByteOrderMarkSemicolonsAndDecimalCommas() {
        CliRun run = CliRun.run("compare", "-q", Q, COHORT, "-f", "csv", "--csv-dialect", "excel-de");
        assertThat(run.exitCode()).as(run.describe()).isZero();
        assertThat(run.out()).startsWith("\uFEFFrank;id;name;period;state;type;population;overall;stage;coverage;");
        // numbers unquoted, with a decimal comma; whole numbers as they are
        assertThat(run.out()).contains("\r\n2;04;Dedorf;2026;;Gemeinde;;62,5;connector;0,33;66,67;62,5;;;50;50;100;");
        // a text holding the other separator is quoted all the same; CRLF line ends as RFC 4180
        assertThat(run.out()).contains(";\"Cehausen, \"\"Nord\"\"\";").endsWith("\r\n");
        assertThat(run.out().replace("\r\n", "")).doesNotContain("\n");
    }

    @Test
    void theDefaultIsRfc4180Unchanged() {
        CliRun byDefault = CliRun.run("compare", "-q", Q, COHORT, "-f", "csv");
        assertThat(byDefault.exitCode()).as(byDefault.describe()).isZero();
        assertThat(byDefault.out()).startsWith("rank,id,name,")
                .contains("\r\n2,04,Dedorf,2026,,Gemeinde,,62.5,connector,0.33,66.67,62.5,,,50,50,100,")
                .doesNotContain("\uFEFF").doesNotContain(";");
        assertThat(CliRun.run("compare", "-q", Q, COHORT, "-f", "csv", "--csv-dialect", "rfc4180").out())
                .isEqualTo(byDefault.out());
    }

    @Test
    void aFileInExcelDeStartsWithTheUtf8ByteOrderMarkAndKeepsUmlauts(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("ranking.csv");
        CliRun run = CliRun.run("compare", "examples", "--period", "2026", "-f", "csv", "--csv-dialect", "excel-de",
                "-o", file.toString());
        assertThat(run.exitCode()).as(run.describe()).isZero();
        byte[] bytes = Files.readAllBytes(file);
        assertThat(bytes).startsWith(BOM);
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        assertThat(text).startsWith("rank;id;name;").contains(";Landkreis Fläming-Heide;");
        assertThat(text).doesNotContain("\uFEFF");
    }

    @Test
    void trendTakesTheDialectToo() {
        CliRun run = CliRun.run("trend", "-q", Q, COHORT, "-f", "csv", "--csv-dialect", "excel-de");
        assertThat(run.exitCode()).as(run.describe()).isZero();
        assertThat(run.out()).startsWith("\uFEFFid;name;period;questionnaire;overall;change;");
        assertThat(run.out()).contains(";Dedorf;2026;all-types@1;62,5;");
        CliRun rfc = CliRun.run("trend", "-q", Q, COHORT, "-f", "csv");
        assertThat(rfc.out()).startsWith("id,name,period,").contains(",Dedorf,2026,all-types@1,62.5,");
    }

    @Test
    void otherFormatsAreTheSameInEitherDialect() {
        for (String f : new String[] {"json", "md"}) {
            assertThat(CliRun.run("compare", "-q", Q, COHORT, "-f", f, "--csv-dialect", "excel-de").out())
                    .as(f).isEqualTo(CliRun.run("compare", "-q", Q, COHORT, "-f", f).out());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"compare", "trend"})
    void anUnknownDialectIsAUsageErrorNamingTheOption(String command) {
        CliRun run = CliRun.run(command, "-q", Q, COHORT, "-f", "csv", "--csv-dialect", "excel");
        assertThat(run.exitCode()).as(run.describe()).isEqualTo(ExitCode.USAGE.code()).isEqualTo(2);
        assertThat(run.err()).startsWith("--csv-dialect takes rfc4180 or excel-de, not 'excel'");
        assertThat(run.out()).isEmpty();
        CliRun german = CliRun.run(CliRun.GERMAN, command, "-q", Q, COHORT, "--csv-dialect", "Excel-DE");
        assertThat(german.exitCode()).as(german.describe()).isEqualTo(2);
        assertThat(german.err()).startsWith("--csv-dialect erwartet rfc4180 oder excel-de, nicht 'Excel-DE'");
    }

    @Test
    void theHelpDescribesTheOptionInBothLanguages() {
        assertThat(CliRun.run("compare", "--help").out().replaceAll("\\s+", " "))
                .contains("--csv-dialect=rfc4180|excel-de").contains("excel-de (semicolon, decimal comma,");
        assertThat(CliRun.run(CliRun.GERMAN, "trend", "--help").out().replaceAll("\\s+", " "))
                .contains("--csv-dialect=rfc4180|excel-de").contains("excel-de (Semikolon, Dezimalkomma,");
    }
}
