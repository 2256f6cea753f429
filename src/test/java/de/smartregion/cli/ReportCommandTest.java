package de.smartregion.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code smartregion report} on src/test/resources/cohort (questionnaire all-types; its scores are computed by hand
 * in {@link CompareTest}): overall Adorf 100, Dedorf 62.5, Cehausen 50, Bestadt 40; field one 100, 62.5, 50, 37.5;
 * field two only Adorf 100 and Bestadt 50. Ranks count those scoring higher plus one; percentiles are PERCENTRANK.INC
 * (the share of the others scoring lower); medians PERCENTILE.INC at 0.5: overall (50 + 62.5) / 2 = 56.25, field
 * one (50 + 62.5) / 2 = 56.25, field two (50 + 100) / 2 = 75. By state, Bayern holds Adorf and Cehausen (median
 * (100 + 50) / 2 = 75), Hessen Bestadt alone, and Dedorf gives none (unknown).
 */
class ReportCommandTest {

    private static final String Q = "src/test/resources/score/all-types.yaml";
    private static final String COHORT = "src/test/resources/cohort";
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    private CliRun report(String... args) {
        List<String> all = new ArrayList<>(List.of("report", "-q", Q, COHORT));
        all.addAll(List.of(args));
        return CliRun.run(all.toArray(String[]::new));
    }

    private static String read(Path file) throws IOException {
        return Files.readString(file, StandardCharsets.UTF_8);
    }

    @Test
    void placesEachMunicipalityAmongTheCohortAndItsPeerGroupInJson() throws IOException {
        Path out = tmp.resolve("reports");
        CliRun run = report("--group-by", "state", "-f", "json", "-o", out.toString());
        assertThat(run.exitCode()).as(run.describe()).isZero();
        JsonNode adorf = JSON.readTree(out.resolve("01-2026.json").toFile()).get("cohort");
        assertThat(adorf.get("all").get("count").asInt()).isEqualTo(4);
        assertPlace(adorf.get("all").get("overall"), 1, 4, 100.0, 56.25);
        assertPlace(adorf.get("all").get("fields").get("f1"), 1, 4, 100.0, 56.25);
        assertPlace(adorf.get("all").get("fields").get("f2"), 1, 2, 100.0, 75.0);
        assertThat(adorf.get("groupBy").asText()).isEqualTo("state");
        assertThat(adorf.get("groupName").asText()).isEqualTo("Bayern");
        assertPlace(adorf.get("group").get("overall"), 1, 2, 100.0, 75.0);

        JsonNode bestadt = JSON.readTree(out.resolve("02-2026.json").toFile()).get("cohort");
        assertPlace(bestadt.get("all").get("overall"), 4, 4, 0.0, 56.25);
        assertPlace(bestadt.get("all").get("fields").get("f1"), 4, 4, 0.0, 56.25);
        assertPlace(bestadt.get("all").get("fields").get("f2"), 2, 2, 0.0, 75.0);
        assertThat(bestadt.get("groupName").asText()).isEqualTo("Hessen");
        assertPlace(bestadt.get("group").get("overall"), 1, 1, 100.0, 40.0);

        // two respondents in 2026 combined (median 50); its 2025 file is the previous period
        JsonNode cehausen = JSON.readTree(out.resolve("03-2026.json").toFile());
        assertPlace(cehausen.get("cohort").get("all").get("overall"), 3, 4, 33.33, 56.25);
        assertPlace(cehausen.get("cohort").get("group").get("overall"), 2, 2, 0.0, 75.0);
        JsonNode noField2 = cehausen.get("cohort").get("all").get("fields").get("f2");
        assertThat(noField2.get("rank").isNull()).isTrue();
        assertThat(noField2.get("of").asInt()).isEqualTo(2);
        assertThat(cehausen.get("previous").get("period").asText()).isEqualTo("2025");
        // the first page's place among all is the cohort's
        assertThat(cehausen.get("peers")).isEqualTo(cehausen.get("cohort").get("all"));

        JsonNode dedorf = JSON.readTree(out.resolve("04-2026.json").toFile()).get("cohort");
        assertThat(dedorf.get("groupName").asText()).isEqualTo("unknown");
        assertPlace(dedorf.get("all").get("overall"), 2, 4, 66.67, 56.25);
    }

    private static void assertPlace(JsonNode place, int rank, int of, double percentile, double median) {
        assertThat(place.get("rank").asInt()).as("rank in " + place).isEqualTo(rank);
        assertThat(place.get("of").asInt()).as("of in " + place).isEqualTo(of);
        assertThat(place.get("percentile").asDouble()).as("percentile in " + place).isEqualTo(percentile);
        assertThat(place.get("median").asDouble()).as("median in " + place).isEqualTo(median);
    }

    @Test
    void theSameFiguresInMarkdownHtmlAndPdf() throws IOException {
        Path out = tmp.resolve("reports");
        CliRun run = report("--group-by", "state", "-f", "md,html,pdf", "-o", out.toString());
        assertThat(run.exitCode()).as(run.describe()).isZero();
        // German, the questionnaire's first language; 56.25 shown HALF_UP with one decimal
        String md = read(out.resolve("01-2026.md"));
        assertThat(md).contains("## Stellung unter allen Kommunen")
                .contains("| Kennzahl | Wert | Rang | Perzentil | Median aller | Rang in der Gruppe "
                        + "| Perzentil in der Gruppe | Median der Gruppe |")
                .contains("| Gesamtindex | 100,0 | 1 von 4 | 100 | 56,3 | 1 von 2 | 100 | 75,0 |")
                .contains("| Field one | 100,0 | 1 von 4 | 100 | 56,3 |")
                .contains("Vergleichsgruppe (Bundesland: Bayern)");
        assertThat(read(out.resolve("02-2026.md")))
                .contains("| Gesamtindex | 40,0 | 4 von 4 | 0 | 56,3 | 1 von 1 | 40,0 |")
                .contains("| Field two | 50,0 | 2 von 2 | 0 | 75,0 | 1 von 1 | 50,0 |")
                .contains("in ihrer Vergleichsgruppe (Bundesland: Hessen) ist sie die einzige")
                .contains("Wo nur eine Kommune einen Wert hat, gibt es kein Perzentil.");
        String html = read(out.resolve("03-2026.html"));
        assertThat(html).contains("<h2>Stellung unter allen Kommunen</h2>")
                .contains("<tr><th scope=\"row\">Gesamtindex</th><td class=\"num\" data-label=\"Wert\"><strong>50,0"
                        + "</strong></td><td class=\"num\" data-label=\"Rang\">3 von 4</td><td class=\"num\" "
                        + "data-label=\"Perzentil\">33</td><td class=\"num\" data-label=\"Median aller\">56,3</td>"
                        + "<td class=\"num\" data-label=\"Rang in der Gruppe\">2 von 2</td><td class=\"num\" "
                        + "data-label=\"Perzentil in der Gruppe\">0</td><td class=\"num\" "
                        + "data-label=\"Median der Gruppe\">75,0</td></tr>");
        try (PDDocument pdf = Loader.loadPDF(out.resolve("01-2026.pdf").toFile())) {
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            assertThat(text).contains("Stellung unter allen Kommunen")
                    .contains("Gesamtindex 100,0 1 von 4 100 56,3 1 von 2 100 75,0");
        }
    }

    @Test
    void eachReportIsTheReportOfAssessWithPeersApartFromTheCohortSection() throws IOException {
        Path reports = tmp.resolve("reports");
        CliRun run = CliRun.run("report", "examples", "-f", "md,html,json", "-o", reports.toString());
        assertThat(run.exitCode()).as(run.describe()).isZero();
        List<String> names = List.of("auenburg", "erlenried", "hohenmarken", "ile-birkachtal",
                "landkreis-flaeming-heide", "musterstadt");
        int compared = 0;
        for (String name : names) {
            Path single = tmp.resolve("assess-" + name);
            List<String> args = new ArrayList<>(List.of("assess"));
            args.addAll(examples(name + "-2026"));
            args.addAll(List.of("--previous"));
            args.addAll(examples(name + "-2025"));
            args.addAll(List.of("--peers", "examples", "-f", "md,html,json", "-o", single + "/"));
            CliRun assess = CliRun.run(args.toArray(String[]::new));
            assertThat(assess.exitCode()).as(assess.describe()).isZero();
            try (Stream<Path> written = Files.list(single)) {
                for (Path file : written.toList()) {
                    Path fromReport = reports.resolve(file.getFileName().toString());
                    String expected = read(file);
                    String actual = read(fromReport);
                    String name2 = file.getFileName().toString();
                    if (name2.endsWith(".json")) {
                        ObjectNode tree = (ObjectNode) JSON.readTree(actual);
                        assertThat(tree.remove("cohort")).as(name2).isNotNull();
                        assertThat(tree).as(name2).isEqualTo(JSON.readTree(expected));
                    } else {
                        String heading = name2.endsWith(".md") ? "## Stellung unter allen Kommunen"
                                : "<h2>Stellung unter allen Kommunen</h2>";
                        String next = name2.endsWith(".md") ? "## Wichtigste Maßnahmen" : "<h2>Wichtigste Maßnahmen</h2>";
                        int from = actual.indexOf(heading);
                        int to = actual.indexOf(next, from);
                        assertThat(from).as(name2).isPositive();
                        assertThat(expected).as(name2).doesNotContain(heading);
                        assertThat(actual.substring(0, from) + actual.substring(to)).as(name2).isEqualTo(expected);
                    }
                    compared++;
                }
            }
        }
        assertThat(compared).isEqualTo(18);
    }

    /** The example files of one municipality and period, e.g. "musterstadt-2026": its respondents. */
    private static List<String> examples(String prefix) throws IOException {
        try (Stream<Path> files = Files.list(Path.of("examples"))) {
            return files.map(p -> p.toString()).filter(p -> Path.of(p).getFileName().toString().startsWith(prefix))
                    .sorted().toList();
        }
    }

    @Test
    void theIndexLinksEveryReportInRankingOrder() throws IOException {
        Path out = tmp.resolve("reports");
        CliRun run = report("--group-by", "state", "-f", "html,pdf", "-o", out.toString());
        assertThat(run.exitCode()).as(run.describe()).isZero();
        assertThat(run.err()).contains("4 Berichte geschrieben").contains("index.html");
        String index = read(out.resolve("index.html"));
        assertThat(index).contains("<html lang=\"de\">").contains("Berichte für vier Kommunen");
        int adorf = index.indexOf("<a href=\"01-2026.html\">Adorf</a>");
        int dedorf = index.indexOf("<a href=\"04-2026.html\">Dedorf</a>");
        int cehausen = index.indexOf("<a href=\"03-2026.html\">Cehausen, &quot;Nord&quot;</a>");
        int bestadt = index.indexOf("<a href=\"02-2026.html\">Bestadt</a>");
        assertThat(List.of(adorf, dedorf, cehausen, bestadt)).allMatch(i -> i > 0).isSorted();
        assertThat(index).contains("<a href=\"02-2026.pdf\" aria-label=\"Bericht für Bestadt, PDF\">PDF</a>");
        try (Stream<Path> files = Files.list(out)) {
            assertThat(files.map(p -> p.getFileName().toString()).sorted()).containsExactly("01-2026.html",
                    "01-2026.pdf", "02-2026.html", "02-2026.pdf", "03-2026.html", "03-2026.pdf", "04-2026.html",
                    "04-2026.pdf", "index.html");
        }
    }

    /** The cohort and Edorf's file, whose s1 answer (line 8) is beyond its scale. */
    private Path cohortWithABadFile() throws IOException {
        Path in = copyCohort();
        Files.writeString(in.resolve("e.yaml"), "kind: assessment\nquestionnaire: all-types@1\nmunicipality:\n"
                + "  id: \"05\"\n  name: Edorf\nperiod: 2026\nanswers:\n  s1: 9\n");
        return in;
    }

    @Test
    void aBadFileIsLocatedAndNothingIsWritten() throws IOException {
        Path in = cohortWithABadFile();
        Path out = tmp.resolve("reports");
        CliRun run = CliRun.run("report", "-q", Q, in.toString(), "-o", out.toString());
        assertThat(run.exitCode()).as(run.describe()).isEqualTo(3);
        assertThat(run.err()).contains(in.resolve("e.yaml") + ":8:");
        assertThat(out).doesNotExist();
    }

    @Test
    void withKeepGoingABadFileIsSkippedAndNamedOnTheIndex() throws IOException {
        Path in = cohortWithABadFile();
        Path out = tmp.resolve("reports");
        CliRun run = CliRun.run("report", "-q", Q, in.toString(), "--keep-going", "-o", out.toString());
        assertThat(run.exitCode()).as(run.describe()).isEqualTo(3);
        assertThat(out.resolve("01-2026.html")).exists();
        assertThat(out.resolve("05-2026.html")).doesNotExist();
        assertThat(read(out.resolve("index.html"))).contains("e.yaml");
    }

    @Test
    void aReportThatCannotBeWrittenNamesItselfAndWithKeepGoingTheRestIsWritten() throws IOException {
        Path out = tmp.resolve("reports");
        // a directory where Bestadt's report would go
        Files.createDirectories(out.resolve("02-2026.html").resolve("inside"));
        CliRun stop = report("-o", out.toString());
        assertThat(stop.exitCode()).as(stop.describe()).isEqualTo(5);
        assertThat(stop.err()).contains("02-2026.html").containsPattern("abgebrochen nach [0-3] von 4 Berichten; "
                + "die Übersicht .*index.html wurde nicht geschrieben \\(mit --keep-going").doesNotContain("früheren");
        assertThat(out.resolve("index.html")).doesNotExist();

        CliRun run = report("--keep-going", "-o", out.toString());
        assertThat(run.exitCode()).as(run.describe()).isEqualTo(5);
        assertThat(run.err()).contains("Bestadt 2026: nicht geschrieben").contains("3 Berichte geschrieben, 1 nicht");
        assertThat(out.resolve("01-2026.html")).isRegularFile();
        assertThat(out.resolve("04-2026.html")).isRegularFile();
        String index = read(out.resolve("index.html"));
        assertThat(index).contains("Nicht geschrieben").contains("Bestadt 2026: nicht geschrieben")
                .doesNotContain("href=\"02-2026.html\"");

        // stopped again, the index of the run before stays and is said to be that run's
        CliRun again = report("-o", out.toString());
        assertThat(again.exitCode()).as(again.describe()).isEqualTo(5);
        assertThat(again.err()).contains("wurde nicht geschrieben und ist noch die eines früheren Laufs");
        assertThat(read(out.resolve("index.html"))).isEqualTo(index);
    }

    @Test
    void aTemplateFailureStopsEvenWithKeepGoingAndTheStopSaysNoMoreThanThat() throws IOException {
        Path templates = Files.createDirectories(tmp.resolve("templates"));
        Files.writeString(templates.resolve("report.html.ftl"), "<p>${no_such_variable}</p>\n");
        Path out = tmp.resolve("reports");
        CliRun run = report("--templates", templates.toString(), "--keep-going", "-o", out.toString());
        assertThat(run.exitCode()).as(run.describe()).isEqualTo(3);
        assertThat(run.err()).containsPattern("abgebrochen nach 0 von 4 Berichten; die Übersicht .*index.html wurde "
                + "nicht geschrieben\\R").doesNotContain("mit --keep-going");
        assertThat(out.resolve("index.html")).doesNotExist();
    }

    @Test
    void anOutputThatIsAnInputIsRefusedBeforeAnythingIsWritten() throws IOException {
        Path in = copyCohort();
        Path out = Files.createDirectories(tmp.resolve("reports"));
        Files.createSymbolicLink(out.resolve("02-2026.html"), in.resolve("b.yaml"));
        String before = read(in.resolve("b.yaml"));
        CliRun run = CliRun.run("report", "-q", Q, in.toString(), "-o", out.toString());
        assertThat(run.exitCode()).as(run.describe()).isEqualTo(2);
        assertThat(run.err()).contains("02-2026.html");
        assertThat(read(in.resolve("b.yaml"))).isEqualTo(before);
        assertThat(out.resolve("01-2026.html")).doesNotExist();
    }

    @Test
    void usageErrorsSayWhatToDo() throws IOException {
        CliRun noDir = report();
        assertThat(noDir.exitCode()).isEqualTo(2);
        assertThat(noDir.err()).contains("-o DIR");
        CliRun stdout = report("-o", "-");
        assertThat(stdout.exitCode()).isEqualTo(2);
        Path file = Files.writeString(tmp.resolve("file.txt"), "x");
        CliRun aFile = report("-o", file.toString());
        assertThat(aFile.exitCode()).isEqualTo(2);
        assertThat(aFile.err()).contains(file.toString()).contains("-o DIR");
        CliRun group = report("--group-by", "county", "-o", tmp.resolve("r").toString());
        assertThat(group.exitCode()).isEqualTo(2);
        assertThat(group.err()).contains("county");
        CliRun format = report("-f", "csv", "-o", tmp.resolve("r").toString());
        assertThat(format.exitCode()).isEqualTo(2);
        CliRun period = report("--period", "1999", "-o", tmp.resolve("r").toString());
        assertThat(period.exitCode()).isEqualTo(2);
        assertThat(period.err()).contains("1999");
        assertThat(tmp.resolve("r")).doesNotExist();
        // -o takes a directory only, and help and errors say so
        CliRun empty = report("-o");
        assertThat(empty.exitCode()).isEqualTo(2);
        assertThat(empty.err()).contains("--output needs a value (DIR)");
        CliRun help = CliRun.run("report", "--help");
        assertThat(help.out()).contains("[-o=DIR]", "-o, --output=DIR").doesNotContain("FILE|DIR]");
        assertThat(CliRun.run("compare", "--help").out()).contains("-o, --output=FILE|DIR");
    }

    @Test
    void anEarlierPeriodOnAnotherQuestionnaireVersionGivesTheChangeOnTheSharedQuestions() throws IOException {
        // as in CompareTest: version 2 drops s1, and Cehausen's 2025 file answers version 2
        Path v2 = tmp.resolve("all-types-2.yaml");
        Files.writeString(v2, Files.readString(Path.of(Q)).replace("version: \"1\"", "version: \"2\"")
                .replace("      - {id: s1, type: scale, text: S1, weight: 2, theses: {integrated: 1}, effort: low}\n",
                        ""));
        Path in = copyCohort();
        Path old = in.resolve("more/c-2025.yaml");
        Files.writeString(old, Files.readString(old).replace("all-types@1", "all-types@2").replace("  s1: 1\n", ""));
        Path out = tmp.resolve("reports");
        CliRun run = CliRun.run("report", "-q", Q, "-q", v2.toString(), in.toString(), "-f", "json", "-o",
                out.toString());
        assertThat(run.exitCode()).as(run.describe()).isZero();
        JsonNode cehausen = JSON.readTree(out.resolve("03-2026.json").toFile());
        assertThat(cehausen.get("previous").get("questionnaire").asText()).isEqualTo("all-types@2");
        assertThat(cehausen.get("previous").get("sharedQuestions").asInt()).isEqualTo(8);
        assertThat(cehausen.get("cohort").get("all").get("count").asInt()).isEqualTo(4);
    }

    private Path copyCohort() throws IOException {
        Path in = tmp.resolve("in");
        try (Stream<Path> files = Files.walk(Path.of(COHORT))) {
            for (Path p : files.toList()) {
                Path target = in.resolve(Path.of(COHORT).relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
        return in;
    }
}
