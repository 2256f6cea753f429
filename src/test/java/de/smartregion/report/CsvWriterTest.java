package de.smartregion.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The one CSV cell writer: OWASP's neutralisation for text, plain digits for the tool's numbers. */
class CsvWriterTest {

    @ParameterizedTest(name = "[{0}] -> [{1}]")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "Musterstadt|Musterstadt",
        "``|``",
        "a-b+c=d@e|a-b+c=d@e",
        "=1+2|\"'=1+2\"",
        "+49 89 1234|\"'+49 89 1234\"",
        "-|\"'-\"",
        "@SUM(A1)|\"'@SUM(A1)\"",
        "`  =1`|\"  '=1\"",
        "'=1|'=1",
        "Cehausen, \"Nord\"|\"Cehausen, \"\"Nord\"\"\"",
        "Nord;Süd|\"Nord;Süd\"",
        "Nord; -Süd|\"Nord; '-Süd\"",
    })
    void textCells(String cell, String written) {
        assertThat(CsvWriter.escape(cell)).isEqualTo(written);
    }

    @ParameterizedTest(name = "control {0}")
    @CsvSource({"9", "13", "10"})
    void aLeadingTabOrLineBreakIsNeutralisedToo(int control) {
        String cell = (char) control + "x";
        assertThat(CsvWriter.escape(cell)).isEqualTo("\"'" + cell + "\"");
    }

    @org.junit.jupiter.api.Test
    void directionControlsAreDroppedBeforeTheCellIsNeutralised() {
        StringBuilder out = new StringBuilder();
        new CsvWriter(out).text("\u202E=1+2").text("Nord\u2066stadt\u2069").endRow();
        assertThat(out).hasToString("\"'=1+2\",Nordstadt\r\n");
    }

    @ParameterizedTest
    @CsvSource({"-83.333,-83.33", "0.005,0.01", "40.0,40", "-0.0001,0"})
    void numbersStayNumbers(double value, String written) {
        StringBuilder out = new StringBuilder();
        new CsvWriter(out).number(value).text("-x").integer(-3).empty().endRow();
        assertThat(out).hasToString(written + ",\"'-x\",-3,\r\n");
    }

    @org.junit.jupiter.api.Test
    void excelDeWritesTheByteOrderMarkSemicolonsAndDecimalCommas() {
        StringBuilder out = new StringBuilder();
        CsvWriter csv = new CsvWriter(out, CsvDialect.EXCEL_DE);
        csv.text("name").text("overall").endRow();
        csv.text("Nord;Süd").number(47.1).number(-83.333).integer(12480).number(40.0).number(null).text("a,b")
                .text("=1+2").text("x; -1").endRow();
        assertThat(out).hasToString("\uFEFFname;overall\r\n"
                + "\"Nord;Süd\";47,1;-83,33;12480;40;;\"a,b\";\"'=1+2\";\"x; '-1\"\r\n");
    }

    @org.junit.jupiter.api.Test
    void rfc4180IsTheDefault() {
        StringBuilder byDefault = new StringBuilder();
        new CsvWriter(byDefault).text("Nord;Süd").number(47.1).endRow();
        StringBuilder rfc = new StringBuilder();
        new CsvWriter(rfc, CsvDialect.RFC4180).text("Nord;Süd").number(47.1).endRow();
        assertThat(byDefault).hasToString("\"Nord;Süd\",47.1\r\n");
        assertThat(rfc).hasToString(byDefault.toString());
    }

    @org.junit.jupiter.api.Test
    void dialectsAreNamedAsOnTheCommandLine() {
        assertThat(CsvDialect.parse("rfc4180")).isEqualTo(CsvDialect.RFC4180);
        assertThat(CsvDialect.parse("excel-de")).isEqualTo(CsvDialect.EXCEL_DE);
        assertThat(CsvDialect.parse("Excel-DE")).isNull();
        assertThat(CsvDialect.parse("excel")).isNull();
    }
}
