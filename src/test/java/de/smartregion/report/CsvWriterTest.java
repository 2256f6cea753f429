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
}
