package de.smartregion.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Notes and evidence stand beside each answer in every format; evidence that is one web address becomes a link,
 * anything else stays text, however hostile; a fact answered high without evidence is marked, a perception is not.
 * The questionnaire is src/test/resources/score/roles.yaml: fact asked of the (accountable) administration, view
 * of the council and the citizens, open of every role.
 */
class EvidenceReportTest {

    private static final String Q = "src/test/resources/score/roles.yaml";
    static final String HOSTILE = "<script>alert(1)</script> | *Beschluss* [x](javascript:alert(1)) & \"TOP 7\"";
    static final String URL = "https://example.org/ratsinfo?id=1&x=<b>\"q\"(1)";

    @TempDir
    static Path dir;
    static Path admin;
    static Path citizens;

    @BeforeAll
    static void files() throws IOException {
        admin = dir.resolve("admin.yaml");
        Files.writeString(admin, "kind: assessment\nquestionnaire: roles@1\nmunicipality: {id: \"01\", name: Testdorf}\n"
                + "period: 2026\nrespondent: {role: Verwaltung, name: Hauptamt}\nanswers:\n"
                + "  fact: {value: 4, evidence: " + quoted(HOSTILE) + ", note: \"Beschluss vom 3. März\"}\n"
                + "  open: {value: 4, evidence: " + quoted(URL) + "}\n");
        citizens = dir.resolve("citizens.yaml");
        Files.writeString(citizens, "kind: assessment\nquestionnaire: roles@1\nmunicipality: {id: \"01\", name: Testdorf}\n"
                + "period: 2026\nrespondent: {role: Bürgerschaft}\nanswers:\n"
                + "  view: {value: 4, note: \"Die Umfrage war gut beworben.\"}\n  open: 4\n");
    }

    private static String quoted(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private static CliRun assess(String format, Path... files) {
        java.util.List<String> args = new java.util.ArrayList<>(java.util.List.of("assess", "-q", Q, "-f", format,
                "--lang", "de"));
        for (Path f : files) {
            args.add(f.toString());
        }
        args.addAll(java.util.List.of("-o", "-"));
        CliRun run = CliRun.run(args.toArray(String[]::new));
        assertThat(run.exitCode()).as(run.describe()).isZero();
        return run;
    }

    @Test
    void markdownEscapesEvidenceAndLinksOnlyWebAddresses() {
        for (CliRun run : new CliRun[] {assess("md", admin), assess("md", admin, citizens)}) {
            String md = run.out();
            // every bracket escaped: "javascript:" is no link target, "<script>" no tag
            assertThat(md).doesNotContainPattern("(?<!\\\\)\\]\\(javascript").doesNotContain("<script>")
                    .contains("\\<script\\>alert(1)\\</script\\> \\| \\*Beschluss\\* \\[x\\](javascript:alert(1)) \\& \"TOP 7\"")
                    // the link text escaped, the target percent-encoded so that nothing ends it early
                    .contains("](https://example.org/ratsinfo?id=1\\&x=%3Cb%3E%22q%22%281%29)")
                    .contains("Beschluss vom 3. März");
        }
        // one respondent: no role before the evidence; several: each piece after its group
        assertThat(assess("md", admin, citizens).out()).contains("Verwaltung (Hauptamt): \\<script\\>",
                "Bürgerschaft: Die Umfrage war gut beworben.");
    }

    @Test
    void htmlLinksWebAddressesWithNoopenerAndNothingElse() {
        Document doc = Jsoup.parse(assess("html", admin, citizens).out());
        assertThat(doc.select("script")).isEmpty();
        Element link = doc.selectFirst("td.evidence a");
        assertThat(link).isNotNull();
        assertThat(link.attr("href")).isEqualTo("https://example.org/ratsinfo?id=1&x=%3Cb%3E%22q%22%281%29");
        assertThat(link.attr("rel")).isEqualTo("noopener noreferrer");
        assertThat(link.text()).isEqualTo(URL);
        assertThat(doc.select("td.evidence a")).hasSize(1); // javascript: stays text
        assertThat(doc.select("td.evidence").text()).contains(HOSTILE);
    }

    @Test
    void aFactAnsweredHighWithoutEvidenceIsMarkedAPerceptionIsNot() throws IOException {
        JsonNode root = new ObjectMapper().readTree(assess("json", admin, citizens).out());
        JsonNode fact = root.get("questions").get(0);
        JsonNode view = root.get("questions").get(1);
        JsonNode open = root.get("questions").get(2);
        assertThat(fact.get("evidenceMissing").asBoolean()).isFalse();
        assertThat(view.get("score").asDouble()).isEqualTo(1.0);
        assertThat(view.get("evidenceMissing").asBoolean()).isFalse(); // the citizens' view needs no document
        assertThat(open.get("evidenceMissing").asBoolean()).isFalse(); // the administration gave the URL
        JsonNode remarks = fact.get("remarks");
        assertThat(remarks).hasSize(1);
        assertThat(remarks.get(0).get("role").asText()).isEqualTo("administration");
        assertThat(remarks.get(0).get("evidence").asText()).isEqualTo(HOSTILE);
        assertThat(remarks.get(0).get("note").asText()).isEqualTo("Beschluss vom 3. März");
        assertThat(view.get("remarks").get(0).get("role").asText()).isEqualTo("citizens");
        // one counted respondent: its words are the answer's own
        assertThat(fact.get("evidence").asText()).isEqualTo(HOSTILE);
        // without the evidence the fact is marked, in JSON and in the report
        Path bare = dir.resolve("bare.yaml");
        Files.writeString(bare, Files.readString(admin).replaceAll("evidence: \"[^\\n]*?\", note", "note")
                .replaceAll("\\{value: 4, evidence: \"[^\\n]*\"\\}", "4"));
        JsonNode marked = new ObjectMapper().readTree(assess("json", bare).out());
        assertThat(marked.get("questions").get(0).get("evidenceMissing").asBoolean()).isTrue();
        assertThat(marked.get("questions").get(2).get("evidenceMissing").asBoolean()).isTrue();
        assertThat(assess("md", bare).out()).contains("| 100 | 100 | 0 | *ohne Nachweis* |");
    }

    @Test
    void thePdfShowsNotesAndEvidence(@TempDir Path out) throws IOException {
        Path pdf = out.resolve("report.pdf");
        CliRun run = CliRun.run("assess", "-q", Q, "-f", "pdf", "--lang", "de", admin.toString(), citizens.toString(),
                "-o", pdf.toString());
        assertThat(run.exitCode()).as(run.describe()).isZero();
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            assertThat(text).contains("Beschluss vom 3. März", "Die Umfrage war gut beworben.");
            // the hostile text as written, as the PDF's lines break it
            assertThat(text.replace(" ", "")).contains(HOSTILE.replace(" ", ""));
            // the web address is a link in the PDF too, to its encoded target; the hostile text links nowhere
            List<String> uris = new java.util.ArrayList<>();
            for (org.apache.pdfbox.pdmodel.PDPage page : doc.getPages()) {
                for (var annotation : page.getAnnotations()) {
                    if (annotation instanceof org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink link
                            && link.getAction() instanceof org.apache.pdfbox.pdmodel.interactive.action.PDActionURI uri) {
                        uris.add(uri.getURI());
                    }
                }
            }
            // one annotation per line the wrapped link takes
            assertThat(uris).isNotEmpty().containsOnly("https://example.org/ratsinfo?id=1&x=%3Cb%3E%22q%22%281%29");
        }
    }

    @Test
    void aLongNoteIsShortenedInReportsAndWholeInJson(@TempDir Path out) throws IOException {
        String note = "Lange Anmerkung mit vielen Worten. ".repeat(100).strip();
        Path file = out.resolve("long.yaml");
        Files.writeString(file, "kind: assessment\nquestionnaire: roles@1\nmunicipality: {id: \"01\", name: Testdorf}\n"
                + "period: 2026\nrespondent: {role: administration}\nanswers:\n  fact: {value: 1, note: \"" + note
                + "\"}\n");
        String md = CliRun.run("assess", "-q", Q, file.toString(), "-o", "-").out();
        String row = md.lines().filter(l -> l.startsWith("| Fakt |")).findFirst().orElseThrow();
        assertThat(row.length()).isLessThan(800);
        assertThat(row).contains("Lange Anmerkung", "\\[…\\]");
        JsonNode root = new ObjectMapper().readTree(CliRun.run("assess", "-q", Q, file.toString(), "-f", "json",
                "-o", "-").out());
        assertThat(root.get("questions").get(0).get("note").asText()).isEqualTo(note);
    }

    /** The issue's own example: a council resolution the council cites backs a question asked of every role. */
    @Test
    void evidenceFromAnyGroupWhoseAnswersCountBacksTheAnswer(@TempDir Path out) throws IOException {
        Path council = out.resolve("council.yaml");
        Files.writeString(council, "kind: assessment\nquestionnaire: roles@1\nmunicipality: {id: \"01\", name: Testdorf}\n"
                + "period: 2026\nrespondent: {role: council}\nanswers:\n"
                + "  open: {value: 4, evidence: \"https://ratsinfo.example.org/beschluss/42\"}\n");
        Path adminBare = out.resolve("admin.yaml");
        Files.writeString(adminBare, "kind: assessment\nquestionnaire: roles@1\nmunicipality: {id: \"01\", name: Testdorf}\n"
                + "period: 2026\nrespondent: {role: administration}\nanswers:\n  fact: 4\n  open: 4\n");
        JsonNode root = new ObjectMapper().readTree(assess("json", adminBare, council).out());
        assertThat(root.get("questions").get(2).get("evidenceMissing").asBoolean()).isFalse();
        assertThat(root.get("questions").get(0).get("evidenceMissing").asBoolean()).isTrue();
        Document doc = Jsoup.parse(assess("html", adminBare, council).out());
        assertThat(doc.select("td.evidence a").attr("href")).isEqualTo("https://ratsinfo.example.org/beschluss/42");
    }
}
