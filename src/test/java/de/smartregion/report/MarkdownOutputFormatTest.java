package de.smartregion.report;

import static org.assertj.core.api.Assertions.assertThat;

import de.smartregion.model.Questionnaire;
import de.smartregion.score.Combine;
import de.smartregion.score.Plan;
import de.smartregion.score.Scorer;
import de.smartregion.testing.Fixtures;
import de.smartregion.text.Messages;
import java.util.List;
import org.junit.jupiter.api.Test;

class MarkdownOutputFormatTest {

    @Test
    void escapesEverythingThatWouldBecomeMarkup() {
        assertThat(MarkdownOutputFormat.INSTANCE.escapePlainText("A|B *C* <x> _y_ [l](u) `c` #h \\ ~s~ &amp; !"))
                .isEqualTo("A\\|B \\*C\\* \\<x\\> \\_y\\_ \\[l\\](u) \\`c\\` \\#h \\\\ \\~s\\~ \\&amp; \\!");
        assertThat(MarkdownOutputFormat.INSTANCE.escapePlainText("two\r\nlines")).isEqualTo("two lines");
    }

    @Test
    void aHostileMunicipalityNameBreaksNoTableAndInjectsNothing() throws Exception {
        Questionnaire q = Fixtures.questionnaire(Fixtures.read("src/test/resources/score/all-types.yaml"));
        String answers = Fixtures.answers(q, "\"<script>alert(1)</script>|x\"", "s1: 3", "c1: some")
                .replace("name: Testdorf", "name: \"A|B *C* <x>\"");
        var result = Scorer.score(q, List.of(Fixtures.assessment(q, answers)), Combine.MEDIAN);
        String md = new String(new Reports(new Templates()).render(result, Plan.of(result), Format.MD, Messages.of("en"), null).bytes(),
                java.nio.charset.StandardCharsets.UTF_8);
        assertThat(md).startsWith("# Digital maturity of A\\|B \\*C\\* \\<x\\> (2026)\n");
        assertThat(md).doesNotContain("<x>", "<script>", "*C*");
        assertThat(md).contains("| \\<script\\>alert(1)\\</script\\>\\|x |");
        // every table row keeps the column count of its header
        String[] lines = md.split("\n");
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].startsWith("|---") || lines[i].startsWith("|--:") || lines[i].startsWith("|---:")) {
                int columns = pipes(lines[i]);
                assertThat(pipes(lines[i - 1])).as(lines[i - 1]).isEqualTo(columns);
                for (int k = i + 1; k < lines.length && lines[k].startsWith("|"); k++) {
                    assertThat(pipes(lines[k])).as(lines[k]).isEqualTo(columns);
                }
            }
        }
    }

    /** Unescaped pipes: the column separators a Markdown renderer sees. */
    private static int pipes(String line) {
        int n = 0;
        for (int i = 0; i < line.length(); i++) {
            if (line.charAt(i) == '\\') {
                i++;
            } else if (line.charAt(i) == '|') {
                n++;
            }
        }
        return n;
    }
}
