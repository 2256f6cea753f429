package de.smartregion.report;

import static org.assertj.core.api.Assertions.assertThat;

import de.smartregion.model.Questionnaire;
import de.smartregion.model.Result;
import de.smartregion.score.Combine;
import de.smartregion.score.Plan;
import de.smartregion.score.Scorer;
import de.smartregion.testing.Fixtures;
import de.smartregion.text.Messages;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.ParseErrorList;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

class HtmlReportTest {

    private static final Questionnaire ALL_TYPES =
            Fixtures.questionnaire(Fixtures.read("src/test/resources/score/all-types.yaml"));

    private static String html(Questionnaire q, String answers, String language) throws TemplateException {
        Result result = Scorer.score(q, List.of(Fixtures.assessment(q, answers)), Combine.MEDIAN);
        return new String(new Reports(new Templates()).render(result, Plan.of(result), Format.HTML, Messages.of(language), null)
                .bytes(), StandardCharsets.UTF_8);
    }

    private static String example(String language) throws Exception {
        var loaded = de.smartregion.load.Inputs.assessment(java.nio.file.Path.of("examples/musterstadt-2026.yaml"),
                de.smartregion.load.QuestionnaireSource.bundled(new de.smartregion.load.QuestionnaireRegistry()));
        Result result = Scorer.score(loaded.questionnaire(), List.of(loaded.assessment()), Combine.MEDIAN);
        return new String(new Reports(new Templates()).render(result, Plan.of(result), Format.HTML, Messages.of(language), null)
                .bytes(), StandardCharsets.UTF_8);
    }

    @Test
    void theExampleReportParsesWithoutErrors() throws Exception {
        for (String language : List.of("de", "en")) {
            Parser parser = Parser.htmlParser().setTrackErrors(50);
            Jsoup.parse(example(language), "", parser);
            ParseErrorList errors = parser.getErrors();
            assertThat(errors).as(language).isEmpty();
        }
    }

    /**
     * Musterstadt leaves its one Integriert question on infrastructure (inf-geodata) unanswered: the thesis counts
     * it as 0, the table says "unanswered" rather than a red 0,0. Daten × Partizipativ is 0,0 from answers scored 0.
     */
    @Test
    void aFieldWithNoAnsweredQuestionOnAThesisSaysSo() throws Exception {
        for (String language : List.of("de", "en")) {
            Document doc = Jsoup.parse(example(language));
            Element table = doc.selectFirst("table.heat");
            List<String> infrastructure = table.select("tr:has(th:contains(Infrastru)) td").eachText();
            assertThat(infrastructure).containsExactly(language.equals("de") ? "unbeantwortet" : "unanswered", "–",
                    language.equals("de") ? "63,9" : "63.9");
            assertThat(table.select("tr:has(th:contains(IT-Sicherheit)) td, tr:has(th:contains(IT security)) td")
                    .eachText()).element(1).isEqualTo(language.equals("de") ? "0,0" : "0.0");
        }
    }

    @Test
    void theReportIsSelfContained() throws Exception {
        Document doc = Jsoup.parse(example("de"));
        assertThat(doc.select("script, link, iframe, object, embed, img")).isEmpty();
        for (Element e : doc.select("[src], [href]")) {
            assertThat(e.attr("src") + e.attr("href")).doesNotContain("//");
        }
        assertThat(doc.select("style").html()).doesNotContain("url(", "@import");
        assertThat(doc.select("svg polygon")).hasSizeGreaterThan(5);
        assertThat(doc.select("html").attr("lang")).isEqualTo("de");
    }

    @Test
    void theHeadlineShowsScoreStageAndVerdict() throws Exception {
        Document doc = Jsoup.parse(example("en"));
        assertThat(doc.select(".kpi .value").first().text()).isEqualTo("45.6 / 100");
        assertThat(doc.select(".kpi .value").get(1).text()).isEqualTo("Shaper");
        assertThat(doc.select(".verdict").text()).contains("None of the three theses");
        assertThat(doc.select(".thesis .badge").eachText()).containsExactly("not met", "not met", "not met");
        assertThat(doc.select("table.heat td.cell").first().attr("style")).startsWith("background: #");
    }

    @Test
    void hostileTextIsEscaped() throws Exception {
        String answers = Fixtures.answers(ALL_TYPES, "\"<script>alert(1)</script>\"", "s1: 3",
                "c1: {value: some, note: \"<img src=x onerror=alert(2)>\"}")
                .replace("name: Testdorf", "name: \"A|B *C* <x> & \\\"q\\\"\"");
        String html = html(ALL_TYPES, answers, "en");
        assertThat(html).doesNotContain("<x>", "<script>", "<img");
        Document doc = Jsoup.parse(html);
        assertThat(doc.select("h1").text()).isEqualTo("Digital maturity of A|B *C* <x> & \"q\" (2026)");
        assertThat(doc.select("script, img")).isEmpty();
        assertThat(doc.text()).contains("<script>alert(1)</script>", "<img src=x onerror=alert(2)>");
    }
}
