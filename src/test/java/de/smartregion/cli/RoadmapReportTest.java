package de.smartregion.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The report holds the whole roadmap, every measure by its action, and points to no other format for it. */
class RoadmapReportTest {

    @ParameterizedTest
    @ValueSource(strings = {"md", "html"})
    void everyMeasureOfTheJsonStandsInTheReport(String format) throws IOException {
        CliRun json = CliRun.run("assess", "examples/musterstadt-2026.yaml", "-f", "json", "-o", "-");
        List<String> measures = new ArrayList<>();
        for (JsonNode p : new ObjectMapper().readTree(json.out()).path("priorities")) {
            measures.add(p.path("measure").asText());
        }
        assertThat(measures).hasSizeGreaterThan(80);

        CliRun report = CliRun.run(CliRun.GERMAN, "assess", "examples/musterstadt-2026.yaml", "-f", format, "-o", "-");
        assertThat(report.exitCode()).as(report.describe()).isZero();
        // the measures as the report shows them: Markdown escapes &, HTML writes &amp;
        String shown = report.out().replace("\\&", "&").replace("&amp;", "&").replace("&quot;", "\"");
        for (String m : measures) {
            assertThat(shown).as("measure in the %s report", format).contains(m);
        }
        assertThat(shown).contains("Weitere Maßnahmen des Fahrplans").doesNotContain("-f json", "JSON-Ergebnis");
    }

    @org.junit.jupiter.api.Test
    void aLevelWhoseLabelNamesItsNumberIsNotNumberedTwice() {
        CliRun report = CliRun.run(CliRun.GERMAN, "assess", "examples/musterstadt-2026.yaml", "-f", "md", "-o", "-");
        assertThat(report.out()).contains("| Stufe 2 – Formular-Assistent |").doesNotContain("2 – Stufe 2")
                // levels named without their number keep it
                .contains("2 – feste Planungsrunde");
    }
}
