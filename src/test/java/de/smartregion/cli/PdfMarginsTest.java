package de.smartregion.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * No word runs out of its column into the page margin, where a table cell clips it ("Stadtratsbeschlus"): every
 * glyph of the example reports lies within the A4 page's 15 mm side margins, in both languages. And no line starts
 * with a closing quote torn from its word ("geworden ist / “: Rat 50").
 */
class PdfMarginsTest {

    /** 15 mm in PDF points, less half a point for rounding. */
    private static final float MARGIN = 15 / 25.4f * 72 - 0.5f;

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
        "de, examples/musterstadt-2026.yaml examples/musterstadt-2026-council.yaml "
                + "examples/musterstadt-2026-citizens.yaml examples/musterstadt-2026-businesses.yaml",
        "en, examples/musterstadt-2026.yaml examples/musterstadt-2026-council.yaml "
                + "examples/musterstadt-2026-citizens.yaml examples/musterstadt-2026-businesses.yaml",
        "de, examples/erlenried-2026.yaml",
        "en, examples/erlenried-2026.yaml",
        "de, examples/landkreis-flaeming-heide-2026.yaml",
        "en, examples/ile-birkachtal-2026.yaml",
    })
    void everyGlyphLiesWithinTheSideMargins(String language, String files, @TempDir Path dir) throws IOException {
        List<String> command = new ArrayList<>(List.of("assess"));
        command.addAll(List.of(files.split(" ")));
        Path pdf = dir.resolve("report.pdf");
        command.addAll(List.of("--lang", language, "-f", "pdf", "-o", pdf.toString()));
        CliRun run = CliRun.run(command.toArray(String[]::new));
        assertThat(run.exitCode()).as(run.describe()).isZero();
        List<String> outside = new ArrayList<>();
        String text;
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            text = new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<TextPosition> positions) throws IOException {
                    float width = getCurrentPage().getMediaBox().getWidth();
                    for (TextPosition p : positions) {
                        if (p.getXDirAdj() < MARGIN || p.getXDirAdj() + p.getWidthDirAdj() > width - MARGIN) {
                            outside.add("page " + getCurrentPageNo() + ": " + text);
                            break;
                        }
                    }
                    super.writeString(text, positions);
                }
            }.getText(doc);
        }
        assertThat(outside).as("text in the side margins").isEmpty();
        // German quotes „…“, English “…”: the closing one never starts a line (the English PDF quotes German notes)
        String closing = language.equals("de") ? "“" : "”";
        assertThat(text.lines().map(String::strip).filter(line -> line.startsWith(closing)))
                .as("lines starting with a closing quote").isEmpty();
    }
}
