package de.smartregion.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * On a phone (the 640 px media block) the comparison gives its width to the tables and the heat map keeps its own
 * width in its scroll box: 12 mm of side padding left 230 of 320 px, and the heat map shrunk to 520 px set its
 * labels 6 px high. AxeIT checks the rendered page in Chromium at 320 px (no chart text below 8 px).
 */
class CompareNarrowScreenTest {

    @Test
    void aPhoneKeepsFourMillimetresOfPaddingAndEveryChartItsWidth() {
        CliRun run = CliRun.run(CliRun.GERMAN, "compare", "examples", "-f", "html", "-o", "-");
        assertThat(run.exitCode()).as(run.describe()).isZero();
        String html = run.out();
        String phone = html.substring(html.indexOf("@media screen and (max-width: 640px)"));
        phone = phone.substring(0, phone.indexOf("\n}\n"));
        assertThat(phone).contains("header { padding: 5mm 4mm 4mm 4mm; }", ".content { padding: 0 4mm; }",
                ".chart svg { max-width: none; }");
        assertThat(html).contains("<svg class=\"heatmap\" xmlns=\"http://www.w3.org/2000/svg\" width=\"955\"");
    }
}
