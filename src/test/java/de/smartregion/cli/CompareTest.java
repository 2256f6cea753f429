package de.smartregion.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * compare and trend on src/test/resources/cohort (questionnaire all-types), numbers computed by hand:
 * Adorf answers everything best (100); Bestadt f1 37.5, f2 50, f3 35, overall (2 * 37.5 + 50 + 35) / 4 = 40;
 * Cehausen has two respondents in 2026 whose median is 0.5 on each of s1, c1, b1 (f1 50, overall 50) and one
 * file of 2025 (f1 12.5); Dedorf f1 (2 * 0.5 + 0.5 + 1) / 4 = 62.5.
 */
class CompareTest {

    private static final String Q = "src/test/resources/score/all-types.yaml";
    private static final String COHORT = "src/test/resources/cohort";
    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode json(String... args) throws IOException {
        CliRun run = CliRun.run(args);
        assertThat(run.exitCode()).as(run.describe()).isZero();
        return JSON.readTree(run.out());
    }

    @Test
    void ranksByOverallScoreWithPercentileRanks() throws IOException {
        JsonNode c = json("compare", "-q", Q, COHORT, "-f", "json");
        JsonNode m = c.get("municipalities");
        assertThat(m).hasSize(4);
        assertThat(m.findValuesAsText("name")).containsExactly("Adorf", "Dedorf", "Cehausen, \"Nord\"", "Bestadt");
        assertThat(m.get(0).get("overall").asDouble()).isEqualTo(100.0);
        assertThat(m.get(1).get("overall").asDouble()).isEqualTo(62.5);
        assertThat(m.get(2).get("overall").asDouble()).isEqualTo(50.0);
        assertThat(m.get(2).get("period").asText()).isEqualTo("2026");
        assertThat(m.get(3).get("overall").asDouble()).isEqualTo(40.0);
        assertThat(m.get(3).get("fields").get("f3").asDouble()).isEqualTo(35.0);
        // PERCENTRANK.INC of [40, 50, 62.5, 100]
        assertThat(m.findValues("percentile")).extracting(JsonNode::asDouble).containsExactly(100.0, 66.67, 33.33, 0.0);
        assertThat(m.get(2).get("fields").get("f2").isNull()).isTrue();
        assertThat(c.get("warnings").get(0).get("code").asText()).isEqualTo("older-periods");
    }

    @Test
    void statisticsPerFieldAndOverallAsPercentileInc() throws IOException {
        JsonNode s = json("compare", "-q", Q, COHORT, "-f", "json").get("statistics");
        JsonNode overall = s.get("overall");
        assertThat(overall.get("n").asInt()).isEqualTo(4);
        assertThat(overall.get("min").asDouble()).isEqualTo(40.0);
        assertThat(overall.get("p25").asDouble()).isEqualTo(47.5);
        assertThat(overall.get("median").asDouble()).isEqualTo(56.25);
        assertThat(overall.get("p75").asDouble()).isEqualTo(71.88);
        assertThat(overall.get("max").asDouble()).isEqualTo(100.0);
        assertThat(overall.get("mean").asDouble()).isEqualTo(63.13);
        assertThat(s.get("f1").get("p25").asDouble()).isEqualTo(46.88);
        assertThat(s.get("f2").get("n").asInt()).isEqualTo(2);
        assertThat(s.get("f2").get("p25").asDouble()).isEqualTo(62.5);
        assertThat(s.get("f3").get("median").asDouble()).isEqualTo(67.5);
    }

    @Test
    void peerGroupsRankWithinEachGroup() throws IOException {
        JsonNode bySize = json("compare", "-q", Q, COHORT, "-f", "json", "--group-by", "size").get("groups");
        assertThat(bySize.fieldNames()).toIterable()
                .containsExactly("medium-town", "rural", "small-town", "unknown");
        assertThat(bySize.get("rural").get("municipalities").get(0).get("name").asText()).isEqualTo("Adorf");
        JsonNode byState = json("compare", "-q", Q, COHORT, "-f", "json", "--group-by", "state").get("groups");
        JsonNode bayern = byState.get("Bayern").get("municipalities");
        assertThat(bayern.findValuesAsText("name")).containsExactly("Adorf", "Cehausen, \"Nord\"");
        assertThat(bayern.findValues("rank")).extracting(JsonNode::asInt).containsExactly(1, 2);
        assertThat(bayern.findValues("percentile")).extracting(JsonNode::asDouble).containsExactly(100.0, 0.0);
        assertThat(byState.get("Bayern").get("statistics").get("overall").get("mean").asDouble()).isEqualTo(75.0);
    }

    @Test
    void minMaxRescalesEachFieldAndWarns() throws IOException {
        CliRun run = CliRun.run("compare", "-q", Q, COHORT, "-f", "json", "--normalize", "minmax", "--lang", "en");
        JsonNode c = JSON.readTree(run.out());
        JsonNode m = c.get("municipalities");
        // f1 from 37.5..100: Dedorf (62.5 - 37.5) / 62.5 = 40, Cehausen 20
        assertThat(m.findValuesAsText("name")).containsExactly("Adorf", "Dedorf", "Cehausen, \"Nord\"", "Bestadt");
        assertThat(m.findValues("overall")).extracting(JsonNode::asDouble).containsExactly(100.0, 40.0, 20.0, 0.0);
        assertThat(c.get("warnings").get(0).get("code").asText()).isEqualTo("normalized");
        assertThat(run.err()).contains("not comparable across years");
        String md = CliRun.run("compare", "-q", Q, COHORT, "--normalize", "minmax", "--lang", "en").out();
        assertThat(md).contains("not comparable across years");
    }

    @Test
    void csvQuotesAndKeepsDotsWhateverTheLocale() {
        Locale saved = Locale.getDefault();
        try {
            Locale.setDefault(Locale.GERMANY);
            String csv = CliRun.run("compare", "-q", Q, COHORT, "-f", "csv").out();
            String[] lines = csv.split("\r\n");
            assertThat(lines[0]).isEqualTo("rank,id,name,period,state,type,population,overall,stage,coverage,"
                    + "percentile,f1,f2,f3,thesis:integrated,thesis:participatory,thesis:implementable,met:integrated,"
                    + "met:participatory,met:implementable,failed:integrated,failed:participatory,"
                    + "failed:implementable");
            assertThat(lines[2]).startsWith("2,04,Dedorf,2026,,Gemeinde,,62.5,connector,0.33,66.67,62.5,,,");
            assertThat(lines[3]).startsWith("3,03,\"Cehausen, \"\"Nord\"\"\",2026,Bayern,Stadt,45000,50,shaper,");
            assertThat(csv).endsWith("\r\n");
        } finally {
            Locale.setDefault(saved);
        }
    }

    @Test
    void oneBrokenFileStopsTheRunUnlessKeepGoing(@TempDir Path dir) throws IOException {
        copyCohort(dir);
        Files.writeString(dir.resolve("broken.yaml"), "kind: assessment\nquestionnaire: all-types@1\n"
                + "municipality: {id: \"09\", name: Kaputt}\nperiod: 2026\nanswers:\n  s1: seven\n");
        CliRun stop = CliRun.run("compare", "-q", Q, dir.toString(), "-f", "json");
        assertThat(stop.exitCode()).isEqualTo(3);
        assertThat(stop.out()).isEmpty();
        assertThat(stop.err()).contains(dir.resolve("broken.yaml") + ":6:7: ");
        CliRun going = CliRun.run("compare", "-q", Q, dir.toString(), "-f", "json", "--keep-going");
        assertThat(going.exitCode()).as(going.describe()).isEqualTo(3);
        assertThat(going.err()).contains(dir.resolve("broken.yaml") + ":6:7: ");
        JsonNode c = JSON.readTree(going.out());
        assertThat(c.get("municipalities")).hasSize(4);
        assertThat(c.get("warnings").findValuesAsText("code")).contains("skipped");
    }

    @Test
    void filesOfDifferentQuestionnairesAreAnErrorNamingThem() {
        CliRun run = CliRun.run("compare", "-q", Q, "-q", "smart-region", COHORT, "examples/musterstadt-2026.yaml");
        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.err()).contains("examples/musterstadt-2026.yaml", "smart-region@2026.1", "all-types@1");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void htmlHasRankingHeatMapAndBoxPlots() {
        String html = CliRun.run("compare", "-q", Q, COHORT, "-f", "html", "--lang", "en").out();
        var doc = org.jsoup.Jsoup.parse(html);
        assertThat(doc.select("table.ranking").first().select("tbody tr")).hasSize(4);
        assertThat(doc.select("svg")).hasSize(3);
        // the overview: a bar per ten points, each with its count; the four municipalities all counted
        var histogram = doc.select("svg").get(0);
        assertThat(histogram.select("rect[fill=\"#2f6fae\"]")).hasSize(10);
        // each count on a white ground, so that a stage line does not cross its digits
        assertThat(histogram.select("rect[fill=\"#ffffff\"]")).hasSize(10);
        int counted = 0;
        for (var t : histogram.select("text")) {
            if (t.text().matches("\\d+") && !t.attr("text-anchor").isEmpty() && t.attr("font-size").equals("10")
                    && t.attr("fill").equals("#1f2937")) {
                counted += Integer.parseInt(t.text());
            }
        }
        assertThat(counted).isEqualTo(4);
        assertThat(doc.select("table.stages tbody tr")).hasSizeGreaterThan(1);
        assertThat(doc.select("svg").get(1).select("rect")).hasSize(12);
        assertThat(doc.select("svg").get(2).select("rect")).hasSize(4); // overall and the three fields
        assertThat(doc.select("script, link")).isEmpty();
    }

    @Test
    void theHeatMapSaysHowManyOfTheMunicipalitiesItShows(@TempDir Path dir) throws IOException {
        String adorf = Files.readString(Path.of(COHORT, "a.yaml"));
        for (int i = 1; i <= 61; i++) {
            Files.writeString(dir.resolve("m" + i + ".yaml"), adorf.replace("id: \"01\"", "id: \"m" + i + "\""));
        }
        String html = CliRun.run("compare", "-q", Q, dir.toString(), "-f", "html", "--lang", "en").out();
        var doc = org.jsoup.Jsoup.parse(html);
        assertThat(doc.select("svg").get(1).select("rect")).hasSize(60 * 3);
        assertThat(doc.text()).contains("The chart shows only the 60 best-ranked of 61 municipalities.");
        String cohort = CliRun.run("compare", "-q", Q, COHORT, "-f", "html", "--lang", "en").out();
        assertThat(cohort).doesNotContain("The chart shows only");
    }

    @Test
    void trendShowsPeriodsInOrderWithChanges() throws IOException {
        JsonNode t = json("trend", "-q", Q, COHORT, "-f", "json");
        JsonNode ceh = t.get("municipalities").get(2);
        assertThat(ceh.get("name").asText()).isEqualTo("Cehausen, \"Nord\"");
        JsonNode periods = ceh.get("periods");
        assertThat(periods.findValuesAsText("period")).containsExactly("2025", "2026");
        assertThat(periods.get(0).get("overall").asDouble()).isEqualTo(12.5);
        assertThat(periods.get(0).get("change").get("overall").isNull()).isTrue();
        assertThat(periods.get(1).get("overall").asDouble()).isEqualTo(50.0);
        assertThat(periods.get(1).get("change").get("overall").asDouble()).isCloseTo(37.5, within(1e-9));
        assertThat(periods.get(1).get("change").get("fields").get("f1").asDouble()).isEqualTo(37.5);
        String html = CliRun.run("trend", "-q", Q, COHORT, "-f", "html").out();
        assertThat(org.jsoup.Jsoup.parse(html).select("svg polyline")).hasSizeGreaterThanOrEqualTo(4);
    }

    @Test
    void versionsAreComparedOnTheQuestionsTheyShare(@TempDir Path dir) throws IOException {
        // version 2 drops s1; Cehausen's 2025 file answers version 2, so both periods are scored without s1:
        // 2025 f1 = (0 + 0) / 2 = 0; 2026 f1 = (0.5 + 0.5) / 2 = 50
        Path v2 = dir.resolve("all-types-2.yaml");
        String q2 = Files.readString(Path.of(Q)).replace("version: \"1\"", "version: \"2\"")
                .replace("      - {id: s1, type: scale, text: S1, weight: 2, theses: {integrated: 1}, effort: low}\n",
                        "");
        Files.writeString(v2, q2);
        Path old = dir.resolve("c-2025.yaml");
        Files.writeString(old, Files.readString(Path.of(COHORT, "more/c-2025.yaml"))
                .replace("all-types@1", "all-types@2").replace("  s1: 1\n", ""));
        CliRun run = CliRun.run("trend", "-q", Q, "-q", v2.toString(), old.toString(),
                COHORT + "/c-admin.yaml", COHORT + "/more/c-council.yaml", "-f", "json", "--lang", "en");
        assertThat(run.exitCode()).as(run.describe()).isZero();
        JsonNode t = JSON.readTree(run.out());
        JsonNode periods = t.get("municipalities").get(0).get("periods");
        assertThat(periods.findValuesAsText("questionnaire")).containsExactly("all-types@2", "all-types@1");
        assertThat(periods.get(0).get("fields").get("f1").asDouble()).isEqualTo(0.0);
        assertThat(periods.get(1).get("fields").get("f1").asDouble()).isEqualTo(50.0);
        assertThat(t.get("warnings").get(0).get("code").asText()).isEqualTo("versions");
        assertThat(t.get("warnings").get(0).get("message").asText()).contains("8 questions");
    }

    private static void copyCohort(Path dir) throws IOException {
        try (var files = Files.walk(Path.of(COHORT))) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Path target = dir.resolve(Path.of(COHORT).relativize(f).toString());
                Files.createDirectories(target.getParent());
                Files.copy(f, target);
            }
        }
    }
}
