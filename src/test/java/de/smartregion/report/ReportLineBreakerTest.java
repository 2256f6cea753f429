package de.smartregion.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Where the PDF's lines may break: addresses at their dots, never inside "e.g." or before a closing quote. */
class ReportLineBreakerTest {

    /** The text cut at every break the breaker allows. */
    private static List<String> pieces(String text) {
        ReportLineBreaker breaker = new ReportLineBreaker();
        breaker.setText(text);
        List<String> pieces = new ArrayList<>();
        int from = 0;
        for (int at = breaker.next(); at != -1 && at <= text.length(); at = breaker.next()) {
            pieces.add(text.substring(from, at));
            from = at;
        }
        return pieces;
    }

    @Test
    void abbreviationsOfSingleLettersStayWhole() {
        assertThat(pieces("verified, e.g. with the checklists, i.e. the BSI's")).contains("e.g. ", "i.e. ");
        assertThat(pieces("etwa z.B. mit")).contains("z.B. ");
    }

    @Test
    void webAddressesStillBreakAtTheirDotsAndSlashes() {
        List<String> pieces = pieces("see https://www.example.org/digital/strategy.html now");
        assertThat(pieces.size()).as(pieces.toString()).isGreaterThan(4);
        assertThat(String.join("", pieces)).isEqualTo("see https://www.example.org/digital/strategy.html now");
    }

    @Test
    void aGermanClosingQuoteStaysWithItsWord() {
        assertThat(pieces("was „gut geworden ist“: Rat 50")).noneMatch(p -> p.startsWith("“"));
    }
}
