package de.smartregion.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.smartregion.model.Question;
import de.smartregion.model.Questionnaire;
import de.smartregion.model.Recommendations;
import de.smartregion.model.Text;
import de.smartregion.report.MarkdownOutputFormat;
import de.smartregion.testing.Fixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The measures the bundled examples' reports show say what is left to do from each answer, not what the answer says
 * is done: the text of the highest step of {@code recommendations} the question's (combined) score reaches, in
 * German and English, the same in the report as in the JSON priorities.
 */
class ExampleMeasuresTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Questionnaire Q = Fixtures.questionnaire(Fixtures.read("questionnaires/smart-region.yaml"));
    private static final List<String> LANGUAGES = List.of("de", "en");
    /** Per language, per assessment (its files joined by a space), the result JSON and the Markdown report. */
    private static final Map<String, JsonNode> RESULTS = new HashMap<>();
    private static final Map<String, String> REPORTS = new HashMap<>();

    /**
     * A measure that asks for what the answer already says is in place: from {@code atLeast} (an option or level of
     * {@code question}) on, the measure must not contain these words.
     */
    private record Repeats(String question, String atLeast, String german, String english) {
    }

    private static final List<Repeats> REPEATS = List.of(
            new Repeats("adm-accessibility", "statement", "Veröffentlichen Sie eine Erklärung zur Barrierefreiheit",
                    "Publish an accessibility statement"),
            new Repeats("str-digital-strategy", "adopted", "Erarbeiten Sie", "Draw up a digital strategy"),
            new Repeats("str-responsibility", "coordinator", "Benennen Sie eine Digitalisierungsbeauftragte",
                    "Appoint a digitalisation officer"),
            new Repeats("adm-e-invoice", "workflow", "Führen Sie einen digitalen Rechnungseingangsworkflow ein",
                    "Introduce a digital incoming-invoice workflow"),
            new Repeats("adm-procurement", "all-electronic", "schließen Sie IT-Verträge nach EVB-IT",
                    "conclude IT contracts under EVB-IT"),
            new Repeats("inf-duct-register", "gis", "Erfassen Sie vorhandene Leerrohre im GIS",
                    "Record existing ducts in the GIS"),
            new Repeats("dat-awareness", "annual", "Führen Sie eine verpflichtende jährliche",
                    "Introduce mandatory annual"),
            new Repeats("adm-service-portal", "portal", "Binden Sie die Kommune an ein Serviceportal",
                    "Connect the municipality to a service portal"),
            new Repeats("edu-media-plan", "adopted", "Erarbeiten Sie mit den Schulleitungen",
                    "Draw up a media development plan"),
            new Repeats("adm-ozg-maturity", "3", "mindestens auf Reifegrad 3", "at least maturity level 3"));

    @BeforeAll
    static void assessEveryExample() throws IOException {
        for (List<String> files : assessments()) {
            for (String lang : LANGUAGES) {
                String key = lang + " " + String.join(" ", files);
                RESULTS.put(key, JSON.readTree(run(files, "-f", "json", "--lang", lang)));
                REPORTS.put(key, run(files, "--lang", lang));
            }
        }
    }

    @Test
    void erlenriedsAccessibilityMeasureAddsWhatItsPublishedStatementLacks() {
        String file = "examples/erlenried-2026.yaml";
        assertThat(answer(RESULTS.get("de " + file), "adm-accessibility").path("answer").asText())
                .isEqualTo("statement");
        String german = "Ergänzen Sie die veröffentlichte Erklärung zur Barrierefreiheit um einen Feedback-Mechanismus "
                + "mit fester Antwortfrist und lassen Sie Website und Online-Dienste nach EN 301 549 prüfen.";
        String english = "Add a feedback mechanism with a fixed response time to the published accessibility "
                + "statement, and have the website and online services tested against EN 301 549.";
        assertThat(measure(RESULTS.get("de " + file), "adm-accessibility")).isEqualTo(german);
        assertThat(measure(RESULTS.get("en " + file), "adm-accessibility")).isEqualTo(english);
        // the first page, the priority table and the roadmap name it alike
        assertThat(REPORTS.get("de " + file).split(german, -1)).hasSize(4);
        assertThat(REPORTS.get("en " + file).split(english, -1)).hasSize(4);
        assertThat(REPORTS.get("de " + file)).doesNotContain("Veröffentlichen Sie eine Erklärung zur Barrierefreiheit");
    }

    @Test
    void noMeasureAsksForWhatTheAnswerSaysIsInPlace() {
        Set<Repeats> met = new HashSet<>();
        for (Map.Entry<String, JsonNode> e : RESULTS.entrySet()) {
            boolean german = e.getKey().startsWith("de ");
            for (Repeats r : REPEATS) {
                JsonNode qr = answer(e.getValue(), r.question());
                String measure = measure(e.getValue(), r.question());
                if (measure == null || qr.path("score").isNull()
                        || qr.path("score").asDouble() < score(r.question(), r.atLeast())) {
                    continue;
                }
                met.add(r);
                assertThat(measure).as("%s: %s at %s", e.getKey(), r.question(), qr.path("score"))
                        .doesNotContain(german ? r.german() : r.english());
            }
        }
        // each case is one the examples really have, so that the check is not empty
        assertThat(met).containsExactlyInAnyOrderElementsOf(REPEATS);
    }

    /** Every measure of every example reads the step its question's score reaches, the report as the JSON. */
    @Test
    void everyMeasureReadsTheStepItsScoreReachesInReportAndJson() {
        int stepped = 0;
        for (Map.Entry<String, JsonNode> e : RESULTS.entrySet()) {
            String lang = e.getKey().substring(0, 2);
            for (JsonNode p : e.getValue().path("priorities")) {
                String id = p.path("question").asText();
                Question question = Q.questions().get(Q.indexOf(id));
                JsonNode score = answer(e.getValue(), id).path("score");
                Text expected = expected(question, score.isNull() ? null : score.asDouble());
                assertThat(p.path("measure").asText()).as("%s: %s at %s", e.getKey(), id, score)
                        .isEqualTo(expected.in(lang, Q.defaultLanguage()));
                if (expected != question.basics().recommendation()) {
                    stepped++;
                }
                assertThat(REPORTS.get(e.getKey())).as("%s: %s", e.getKey(), id)
                        .contains(MarkdownOutputFormat.INSTANCE.escapePlainText(p.path("measure").asText()));
            }
        }
        assertThat(stepped).isGreaterThan(100);
    }

    /** The highest step at or below {@code score}, else the recommendation. */
    private static Text expected(Question question, Double score) {
        Text text = question.basics().recommendation();
        Recommendations steps = question.basics().recommendations();
        if (score == null || steps == null) {
            return text;
        }
        for (Recommendations.Step s : steps.steps()) {
            // JSON scores have two decimals; no example answer lies that close below a bound
            if (score >= s.atLeast().score() - 0.005) {
                text = s.text();
            }
        }
        return text;
    }

    /** The score of option or level {@code atLeast} of the question. */
    private static double score(String question, String atLeast) {
        Question q = Q.questions().get(Q.indexOf(question));
        if (q instanceof Question.Choice c) {
            return c.options().stream().filter(o -> o.id().equals(atLeast)).findFirst().orElseThrow().score();
        }
        Question.Scale s = (Question.Scale) q;
        return (Double.parseDouble(atLeast) - s.lowest()) / (s.highest() - s.lowest());
    }

    private static JsonNode answer(JsonNode result, String question) {
        for (JsonNode q : result.path("questions")) {
            if (q.path("id").asText().equals(question)) {
                return q;
            }
        }
        throw new AssertionError("no question " + question);
    }

    private static String measure(JsonNode result, String question) {
        for (JsonNode p : result.path("priorities")) {
            if (p.path("question").asText().equals(question)) {
                return p.path("measure").asText();
            }
        }
        return null;
    }

    /** The examples as assessed: Musterstadt 2026's four respondents together, every other file alone. */
    private static List<List<String>> assessments() throws IOException {
        List<List<String>> all = new ArrayList<>();
        List<String> musterstadt = new ArrayList<>();
        try (Stream<Path> s = Files.list(Path.of("examples"))) {
            for (Path p : s.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
                if (p.getFileName().toString().startsWith("musterstadt-2026")) {
                    musterstadt.add(p.toString());
                } else {
                    all.add(List.of(p.toString()));
                }
            }
        }
        all.add(musterstadt);
        return all;
    }

    private static String run(List<String> files, String... options) {
        List<String> args = new ArrayList<>(List.of("assess"));
        args.addAll(files);
        args.addAll(List.of(options));
        args.addAll(List.of("-o", "-"));
        CliRun run = CliRun.run(args.toArray(String[]::new));
        assertThat(run.exitCode()).as(run.describe()).isZero();
        return run.out();
    }
}
