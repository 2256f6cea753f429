package de.smartregion.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/**
 * Every PDF report is PDF/UA-1, as an accessibility auditor checks it: veraPDF, the PDF Association's validator,
 * with its PDF/UA-1 profile, finds no failed rule.
 */
class PdfUaTest {

    @BeforeAll
    static void veraPdf() {
        VeraGreenfieldFoundryProvider.initialise();
    }

    /** The failed rules of a PDF, by clause and test, with how often each failed and its first message. */
    static Map<String, String> failedRules(byte[] pdf) throws Exception {
        Map<String, String> failed = new TreeMap<>();
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf),
                PDFAFlavour.PDFUA_1);
             PDFAValidator validator = Foundries.defaultInstance().createValidator(PDFAFlavour.PDFUA_1, false)) {
            ValidationResult result = validator.validate(parser);
            for (TestAssertion a : result.getTestAssertions()) {
                if (a.getStatus() == TestAssertion.Status.FAILED) {
                    String rule = a.getRuleId().getClause() + "-" + a.getRuleId().getTestNumber();
                    failed.merge(rule, a.getMessage(), (x, y) -> x);
                }
            }
        }
        return failed;
    }

    @Test
    void theTextIsSearchableWithoutLigaturesAndNamesItsLanguageAndTitle() throws Exception {
        byte[] pdf = PdfReportTest.renderExample("de");
        try (org.apache.pdfbox.pdmodel.PDDocument doc = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(doc);
            // the fonts' ligatures would turn "fl" into U+FB02, and a search for "Pflege" would find nothing
            assertThat(text).contains("Pflege", "Pflicht").doesNotContainPattern("[\\uFB00-\\uFB06]");
            assertThat(doc.getDocumentCatalog().getLanguage()).isEqualTo("de");
            assertThat(doc.getDocumentCatalog().getMarkInfo().isMarked()).isTrue();
            assertThat(doc.getDocumentCatalog().getViewerPreferences().displayDocTitle()).isTrue();
            assertThat(doc.getDocumentCatalog().getMetadata()).isNotNull();
            assertThat(doc.getDocumentInformation().getTitle()).isEqualTo("Digitale Reife: Musterstadt (2026)");
        }
    }

    @Test
    void theOutlineFollowsTheHeadingsAndTheDatesAreTheReportsDate() throws Exception {
        de.smartregion.load.LoadedAssessment loaded = de.smartregion.load.Inputs.assessment(
                java.nio.file.Path.of("examples/musterstadt-2026.yaml"),
                de.smartregion.load.QuestionnaireSource.bundled(new de.smartregion.load.QuestionnaireRegistry()));
        de.smartregion.model.Result result = de.smartregion.score.Scorer.score(loaded.questionnaire(),
                java.util.List.of(loaded.assessment()), de.smartregion.score.Combine.MEDIAN);
        Reports reports = new Reports(new Templates());
        de.smartregion.text.Messages german = de.smartregion.text.Messages.of("de");
        java.time.LocalDate date = java.time.LocalDate.of(2026, 11, 26);
        byte[] pdf = reports.render(result, de.smartregion.score.Plan.of(result), Format.PDF, german, date).bytes();
        String html = new String(reports.render(result, de.smartregion.score.Plan.of(result), Format.HTML, german, date)
                .bytes(), java.nio.charset.StandardCharsets.UTF_8);
        java.util.List<String> headings = org.jsoup.Jsoup.parse(html).select("h2").eachText();
        try (org.apache.pdfbox.pdmodel.PDDocument doc = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            java.util.List<String> outline = new java.util.ArrayList<>();
            for (var item : doc.getDocumentCatalog().getDocumentOutline().children()) {
                outline.add(item.getTitle());
            }
            assertThat(outline).containsExactlyElementsOf(headings);
            assertThat(doc.getDocumentInformation().getCreationDate().toInstant())
                    .isEqualTo(java.time.Instant.parse("2026-11-26T00:00:00Z"));
        }
        assertThat(failedRules(pdf)).isEmpty();
    }

    @Test
    void compareTrendAndAReportWithPreviousAndPeersArePdfUa1Too() throws Exception {
        for (String lang : new String[] {"de", "en"}) {
            for (String[] command : new String[][] {{"compare", "examples", "--group-by", "state"},
                    {"trend", "examples"},
                    // the first page with the change since the previous period and the place among peers
                    {"assess", "examples/musterstadt-2026.yaml", "examples/musterstadt-2026-citizens.yaml",
                        "--previous", "examples/musterstadt-2025.yaml", "--peers", "examples"}}) {
                java.nio.file.Path out = java.nio.file.Files.createTempFile("smartregion-", ".pdf");
                try {
                    java.util.List<String> args = new java.util.ArrayList<>(java.util.List.of(command));
                    args.addAll(java.util.List.of("-f", "pdf", "--lang", lang, "-o", out.toString()));
                    java.io.StringWriter err = new java.io.StringWriter();
                    picocli.CommandLine cli = de.smartregion.cli.Main.commandLine(java.util.Map.of("LANG", "C"));
                    cli.setErr(new java.io.PrintWriter(err, true));
                    assertThat(cli.execute(args.toArray(String[]::new))).as(err.toString()).isIn(0, 4);
                    byte[] pdf = java.nio.file.Files.readAllBytes(out);
                    assertThat(failedRules(pdf)).as(command[0] + " " + lang).isEmpty();
                    try (org.apache.pdfbox.pdmodel.PDDocument doc = org.apache.pdfbox.Loader.loadPDF(pdf)) {
                        assertThat(doc.getDocumentCatalog().getLanguage()).isEqualTo(lang);
                        assertThat(doc.getDocumentCatalog().getDocumentOutline()).isNotNull();
                    }
                } finally {
                    java.nio.file.Files.deleteIfExists(out);
                }
            }
        }
    }

    @Test
    void aReportOfACohortRunWithItsCohortSectionIsPdfUa1() throws Exception {
        java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("smartregion-report-");
        try {
            java.io.StringWriter err = new java.io.StringWriter();
            picocli.CommandLine cli = de.smartregion.cli.Main.commandLine(java.util.Map.of("LANG", "C"));
            cli.setErr(new java.io.PrintWriter(err, true));
            assertThat(cli.execute("report", "examples", "--group-by", "type", "-f", "pdf", "-o", dir.toString()))
                    .as(err.toString()).isZero();
            byte[] pdf = java.nio.file.Files.readAllBytes(dir.resolve("09999012-2026.pdf"));
            assertThat(failedRules(pdf)).isEmpty();
        } finally {
            try (java.util.stream.Stream<java.nio.file.Path> files = java.nio.file.Files.list(dir)) {
                for (java.nio.file.Path f : files.toList()) {
                    java.nio.file.Files.delete(f);
                }
            }
            java.nio.file.Files.delete(dir);
        }
    }

    @Test
    void theGermanAndEnglishReportsArePdfUa1() throws Exception {
        for (String language : new String[] {"de", "en"}) {
            assertThat(failedRules(PdfReportTest.renderExample(language))).as("failed PDF/UA-1 rules, " + language)
                    .isEmpty();
        }
    }
}
