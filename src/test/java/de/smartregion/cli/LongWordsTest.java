package de.smartregion.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A 300-letter word in a municipality's name, a note or a respondent's name wraps inside the page: in the PDF
 * every glyph lies within the page's width, and the HTML lets the elements that carry user text break it.
 */
class LongWordsTest {

    private static final String NAME = "Muster" + "x".repeat(300);
    private static final String NOTE_WORD = "Digitalisierungs".repeat(19);
    private static final String RESPONDENT = "Amt" + "y".repeat(300);

    private static Path answers(Path dir) throws IOException {
        return ExampleVariant.write(dir, "long.yaml", NAME, RESPONDENT, NOTE_WORD);
    }

    @Test
    void aLongWordWrapsInsideThePdfPage(@TempDir Path dir) throws IOException {
        Path answers = answers(dir);
        Path one = Files.createDirectories(dir.resolve("one"));
        CliRun run = CliRun.run("assess", answers.toString(), "-f", "pdf,html", "-o", one.toString());
        assertThat(run.exitCode()).as(run.describe()).isZero();
        assertWithinThePage(one.resolve("09999001-2026.pdf"), NAME, NOTE_WORD);
        assertThat(Files.readString(one.resolve("09999001-2026.html")))
                .contains(".wrap { word-wrap: break-word; overflow-wrap: anywhere; }")
                .contains("<h1 class=\"wrap\">Digitale Reife: " + NAME)
                .contains("<div class=\"answer-note wrap\">" + NOTE_WORD);

        // two respondents: the report names them in a table
        Path two = Files.createDirectories(dir.resolve("two"));
        run = CliRun.run("assess", answers.toString(), "examples/musterstadt-2026-council.yaml", "-f", "pdf,html",
                "-o", two.toString());
        assertThat(run.exitCode()).as(run.describe()).isZero();
        assertWithinThePage(two.resolve("09999001-2026.pdf"), RESPONDENT);
        assertThat(Files.readString(two.resolve("09999001-2026.html")))
                .contains("<td class=\"wrap\">" + RESPONDENT + "</td>");
    }

    /** Every glyph of the PDF lies within its page's width, and each of {@code words} is there, wrapped or not. */
    private static void assertWithinThePage(Path file, String... words) throws IOException {
        try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
            List<String> outside = new ArrayList<>();
            StringBuilder text = new StringBuilder();
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void writeString(String string, List<TextPosition> positions) throws IOException {
                    float width = getCurrentPage().getMediaBox().getWidth();
                    for (TextPosition p : positions) {
                        if (p.getXDirAdj() < 0 || p.getXDirAdj() + p.getWidthDirAdj() > width + 0.5f) {
                            outside.add("page " + getCurrentPageNo() + " x=" + p.getXDirAdj() + ": "
                                    + string.substring(0, Math.min(40, string.length())));
                        }
                    }
                    text.append(string);
                    super.writeString(string, positions);
                }
            };
            stripper.getText(pdf);
            assertThat(outside).as("glyphs beyond the page's width").isEmpty();
            String joined = text.toString().replaceAll("\\s", "");
            for (String word : words) {
                assertThat(joined.contains(word)).as("%s... in the PDF", word.substring(0, 10)).isTrue();
            }
        }
    }

    @Test
    void aLongNameWrapsInTheComparisonsHtml(@TempDir Path dir) throws IOException {
        answers(dir);
        Files.copy(Path.of("examples/auenburg-2026.yaml"), dir.resolve("auenburg-2026.yaml"));
        CliRun run = CliRun.run("compare", dir.toString(), "-f", "html", "--group-by", "state");
        assertThat(run.exitCode()).as(run.describe()).isZero();
        assertThat(run.out()).contains(".wrap { word-wrap: break-word; overflow-wrap: anywhere; }")
                .contains("<td class=\"wrap\">" + NAME + " <span class=\"note\">09999001</span></td>");
    }
}
