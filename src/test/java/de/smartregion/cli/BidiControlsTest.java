package de.smartregion.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Unicode direction controls in a user's strings (U+202A to U+202E, U+2066 to U+2069) do not reach Markdown, HTML
 * or PDF reports, where they would turn around what follows them; JSON keeps them, as escapes.
 */
class BidiControlsTest {

    /** "Muster" then a right-to-left override: without care, everything after it on the line reads backwards. */
    private static final String NAME = "Muster\u202Estadt\u202C";
    private static final String NOTE = "Beschluss \u2067vom\u2069 \u202A14.03.\u202B2024\u202D";
    private static final String RESPONDENT = "Amt \u2066f\u00fcr\u2068 Digitales";
    private static final Pattern CONTROLS = Pattern.compile("[\u202A-\u202E\u2066-\u2069]");

    private static Path answers(Path dir) throws IOException {
        return ExampleVariant.write(dir, "musterstadt-2026.yaml", NAME, RESPONDENT, NOTE);
    }

    @Test
    void reportsDropDirectionControlsAndJsonEscapesThem(@TempDir Path dir) throws IOException {
        Path answers = answers(dir);
        Path out = Files.createDirectories(dir.resolve("out"));
        CliRun run = CliRun.run("assess", answers.toString(), "examples/musterstadt-2026-council.yaml", "-f",
                "md,html,pdf,json", "-o", out.toString());
        assertThat(run.exitCode()).as(run.describe()).isZero();

        String md = Files.readString(out.resolve("09999001-2026.md"));
        String html = Files.readString(out.resolve("09999001-2026.html"));
        String pdf;
        try (PDDocument doc = Loader.loadPDF(out.resolve("09999001-2026.pdf").toFile())) {
            pdf = new PDFTextStripper().getText(doc);
        }
        for (String report : new String[] {md, html, pdf}) {
            assertThat(CONTROLS.matcher(report).find()).as("a direction control in%n%s", report).isFalse();
        }
        assertThat(md).contains("Musterstadt", "Amt für Digitales");
        assertThat(html).contains("Digitale Reife: Musterstadt (2026)", "<td class=\"wrap\">Amt für Digitales</td>");
        assertThat(pdf).contains("Digitale Reife: Musterstadt (2026)");

        // JSON is data: the string is kept whole, but written as escapes that no viewer turns around
        String json = Files.readString(out.resolve("09999001-2026.json"));
        assertThat(CONTROLS.matcher(json).find()).as("a raw direction control in the JSON").isFalse();
        assertThat(json).contains("\"Muster\\u202Estadt\\u202C\"");
        JsonNode tree = new ObjectMapper().readTree(json);
        assertThat(tree.at("/municipality/name").asText()).isEqualTo(NAME);
    }

    @Test
    void comparisonsDropThemToo(@TempDir Path dir) throws IOException {
        answers(dir);
        Files.copy(Path.of("examples/auenburg-2026.yaml"), dir.resolve("auenburg-2026.yaml"));
        for (String format : new String[] {"md", "html"}) {
            CliRun run = CliRun.run("compare", dir.toString(), "-f", format);
            assertThat(run.exitCode()).as(run.describe()).isZero();
            assertThat(CONTROLS.matcher(run.out()).find()).as("a direction control in%n%s", run.out()).isFalse();
            assertThat(run.out()).contains("Musterstadt");
        }
        CliRun json = CliRun.run("compare", dir.toString(), "-f", "json");
        assertThat(json.out()).contains("Muster\\u202Estadt\\u202C").doesNotContain(NAME);
    }
}
