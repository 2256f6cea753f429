package de.smartregion.report;

import static org.assertj.core.api.Assertions.assertThat;

import de.smartregion.load.Inputs;
import de.smartregion.load.LoadedAssessment;
import de.smartregion.load.QuestionnaireRegistry;
import de.smartregion.load.QuestionnaireSource;
import de.smartregion.model.Result;
import de.smartregion.score.Combine;
import de.smartregion.score.Plan;
import de.smartregion.score.Scorer;
import de.smartregion.text.Messages;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The PDF of the example: A4, headline numbers and umlauts in the text, fonts embedded, same bytes every time. */
class PdfReportTest {

    private static byte[] pdf;

    @BeforeAll
    static void render() throws Exception {
        pdf = renderExample();
    }

    private static byte[] renderExample() throws Exception {
        return renderExample("de");
    }

    static byte[] renderExample(String language) throws Exception {
        LoadedAssessment loaded = Inputs.assessment(Path.of("examples/musterstadt-2026.yaml"),
                QuestionnaireSource.bundled(new QuestionnaireRegistry()));
        Result result = Scorer.score(loaded.questionnaire(), List.of(loaded.assessment()), Combine.MEDIAN);
        return new Reports(new Templates()).render(result, Plan.of(result), Format.PDF, Messages.of(language), null).bytes();
    }

    /** A report without a date has a PDF without one, not 1 January 1970 (with one, PdfUaTest checks it is used). */
    @Test
    void withoutAReportDateThePdfHasNoDate() throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(doc.getDocumentInformation().getCreationDate()).isNull();
            assertThat(doc.getDocumentInformation().getModificationDate()).isNull();
        }
    }

    @Test
    void theTextShowsTheHeadlineNumbersWithUmlauts() throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String firstPage;
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(1);
            stripper.setEndPage(1);
            firstPage = stripper.getText(doc);
            assertThat(firstPage).contains("Digitale Reife: Musterstadt (2026)", "45,6", "Gestaltung", "97 %",
                    "49,3", "34,7", "48,1", "nicht erfüllt", "1 / ");
            String all = new PDFTextStripper().getText(doc);
            assertThat(all).contains("Bürgerbeteiligung", "Maßnahme", "Methodik");
            assertThat(doc.getNumberOfPages()).isGreaterThan(3);
            assertThat(doc.getPage(0).getMediaBox().getWidth()).isBetween(595f, 596f);
            assertThat(doc.getPage(0).getMediaBox().getHeight()).isBetween(841f, 842f);
            for (org.apache.pdfbox.cos.COSName name : doc.getPage(0).getResources().getFontNames()) {
                PDFont font = doc.getPage(0).getResources().getFont(name);
                assertThat(font.isEmbedded()).as(font.getName()).isTrue();
            }
        }
    }

    /**
     * The PDF's text per language against reviewed golden files: bytes depend on the PDF library's writer, the
     * text is what a reader gets. Run with -Dgolden.update=true after an intended change and review the diff.
     */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"de", "en"})
    void theTextMatchesTheGoldenFile(String language) throws Exception {
        byte[] bytes = language.equals("de") ? pdf : renderExample(language);
        String text;
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            text = new PDFTextStripper().getText(doc);
        }
        java.nio.file.Path golden = java.nio.file.Path.of("src/test/resources/golden/musterstadt-2026." + language
                + ".pdf.txt");
        if (Boolean.getBoolean("golden.update")) {
            java.nio.file.Files.writeString(golden, text);
        }
        assertThat(text).isEqualTo(java.nio.file.Files.readString(golden));
    }

    @Test
    void theSameInputGivesTheSameBytes() throws Exception {
        assertThat(renderExample()).isEqualTo(pdf);
    }
}
