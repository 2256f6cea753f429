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
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Language of parts (WCAG 3.1.2, PDF/UA 7.2): respondents' own words, written in the answer file's language, are
 * marked with it where the report is in another, in the HTML and in the PDF's structure.
 */
class PartLanguageTest {

    private static final Path EXAMPLE = Path.of("examples/musterstadt-2026.yaml");

    @Test
    void germanNotesAndEvidenceAreMarkedInTheEnglishReport() throws Exception {
        Document html = Jsoup.parse(render(EXAMPLE, "en", Format.HTML));
        List<String> marked = texts(html.select("[lang=de]"));
        // the note and the evidence of the adopted strategy, as the example writes them
        assertThat(marked).contains(
                "Digitalstrategie „Musterstadt digital 2030“ vom Stadtrat beschlossen; erste Fortschreibung für 2027"
                        + " vorgesehen.",
                "Stadtratsbeschluss vom 14.03.2024, TOP 7");
        // every note and every piece of evidence that is not a link is in German here, so each one is marked
        for (Element note : html.select(".answer-note")) {
            assertThat(note.select("[lang=de]")).as(note.text()).isNotEmpty();
        }
        for (Element evidence : html.select("td.evidence > div:not(:has(a))")) {
            assertThat(evidence.select("[lang=de]")).as(evidence.text()).isNotEmpty();
        }
        assertThat(html.select("[lang]:not(html)")).allSatisfy(e -> assertThat(e.attr("lang")).isEqualTo("de"));
    }

    @Test
    void theGermanReportMarksNothing() throws Exception {
        Document html = Jsoup.parse(render(EXAMPLE, "de", Format.HTML));
        assertThat(html.select("[lang]:not(html)")).isEmpty();
    }

    @Test
    void anAnswerFileThatSaysItsLanguageIsMarkedWithIt(@TempDir Path dir) throws Exception {
        Path english = dir.resolve("musterstadt-en.yaml");
        Files.writeString(english, Files.readString(EXAMPLE).replace("\nperiod:", "\nlanguage: en\nperiod:"));
        Document german = Jsoup.parse(render(english, "de", Format.HTML));
        assertThat(texts(german.select("[lang=en]"))).contains("Stadtratsbeschluss vom 14.03.2024, TOP 7");
        assertThat(Jsoup.parse(render(english, "en", Format.HTML)).select("[lang]:not(html)")).isEmpty();
    }

    @Test
    void thePdfTagsTheGermanWordsOfTheEnglishReport() throws Exception {
        int marked = Jsoup.parse(render(EXAMPLE, "en", Format.HTML)).select("[lang=de]").size();
        try (PDDocument doc = Loader.loadPDF(render(EXAMPLE, "en", Format.PDF).getBytes(StandardCharsets.ISO_8859_1))) {
            List<String> languages = new ArrayList<>();
            collect(doc.getDocumentCatalog().getStructureTreeRoot(), languages);
            assertThat(doc.getDocumentCatalog().getLanguage()).isEqualTo("en");
            assertThat(marked).isGreaterThan(10);
            // the document element in English, then one structure element in German per marked text
            assertThat(languages.get(0)).isEqualTo("en");
            assertThat(languages.subList(1, languages.size())).containsOnly("de").hasSizeGreaterThanOrEqualTo(marked);
        }
    }

    private static void collect(PDStructureNode node, List<String> languages) {
        for (Object kid : node.getKids()) {
            if (kid instanceof PDStructureElement e) {
                if (e.getLanguage() != null) {
                    languages.add(e.getLanguage());
                }
                collect(e, languages);
            }
        }
    }

    private static List<String> texts(List<Element> elements) {
        List<String> texts = new ArrayList<>();
        for (Element e : elements) {
            texts.add(e.text());
        }
        return texts;
    }

    private static String render(Path file, String language, Format format) throws Exception {
        LoadedAssessment loaded = Inputs.assessment(file, QuestionnaireSource.bundled(new QuestionnaireRegistry()));
        Result result = Scorer.score(loaded.questionnaire(), List.of(loaded.assessment()), Combine.MEDIAN);
        byte[] bytes = new Reports(new Templates()).render(result, Plan.of(result), format, Messages.of(language), null)
                .bytes();
        return new String(bytes, format == Format.PDF ? StandardCharsets.ISO_8859_1 : StandardCharsets.UTF_8);
    }
}
