package de.smartregion.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * trend says which groups each period heard: Musterstadt's 2024 and 2025 are the administration's self-assessment,
 * 2026 adds the council, citizens and businesses, so its rise of 6,1 is not progress alone. And it opens with how to
 * read it.
 */
class TrendGroupsTest {

    private static final String[] MUSTERSTADT = {"examples/musterstadt-2024.yaml", "examples/musterstadt-2025.yaml",
        "examples/musterstadt-2026.yaml", "examples/musterstadt-2026-council.yaml",
        "examples/musterstadt-2026-citizens.yaml", "examples/musterstadt-2026-businesses.yaml"};

    @Test
    void aPeriodHearingOtherGroupsIsComparableOnlyInPart() {
        CliRun run = CliRun.run(CliRun.GERMAN, args("-f", "md"));
        assertThat(run.exitCode()).as(run.describe()).isZero();
        assertThat(run.out())
                .contains("| 2025 | **38,4** | +12,0 | Erprobung |")
                .contains("| 2026 | **44,5** | +6,1 (nur eingeschränkt vergleichbar) | Gestaltung |")
                .contains("- Gehört 2025: Verwaltung; 2026: Verwaltung, Rat, Bürgerschaft und Wirtschaft. Die "
                        + "Veränderung ist daher nur eingeschränkt vergleichbar.")
                .contains("Eine These ist erfüllt, wenn ihr Wert die Schwelle von 50 erreicht und ihre Bedingungen "
                        + "erfüllt sind. Haben in zwei Zeiträumen verschiedene Gruppen geantwortet, ist die Veränderung "
                        + "nur eingeschränkt vergleichbar; das ist dann unter der Kommune vermerkt.");
        // 2024 to 2025: the same group, nothing to say
        assertThat(run.out()).doesNotContain("Gehört 2024");
        CliRun english = CliRun.run(args("--lang", "en", "-f", "html"));
        assertThat(english.out()).contains("<div class=\"note\">comparable only in part</div>")
                .contains("<li>Heard in 2025: Administration; in 2026: Administration, Council, Citizens and "
                        + "Businesses. The change is therefore comparable only in part.</li>");
    }

    @Test
    void jsonAndCsvNameTheGroupsOfEachPeriod() throws IOException {
        CliRun json = CliRun.run(args("-f", "json"));
        assertThat(json.exitCode()).as(json.describe()).isZero();
        JsonNode periods = new ObjectMapper().readTree(json.out()).get("municipalities").get(0).get("periods");
        assertThat(periods.get(1).get("roles").toString()).isEqualTo("[\"administration\"]");
        assertThat(periods.get(1).get("change").get("otherGroups").asBoolean()).isFalse();
        // in the questionnaire's order of roles, whatever the order of the files
        assertThat(periods.get(2).get("roles").toString())
                .isEqualTo("[\"administration\",\"council\",\"citizens\",\"businesses\"]");
        assertThat(periods.get(2).get("change").get("otherGroups").asBoolean()).isTrue();
        List<String> csv = CliRun.run(args("-f", "csv")).outLines();
        assertThat(csv.get(0)).startsWith("id,name,period,questionnaire,overall,change,stage,coverage,roles,"
                + "otherGroups,");
        assertThat(csv.get(2)).contains(",administration,false,");
        assertThat(csv.get(3)).contains(",administration council citizens businesses,true,");
    }

    @Test
    void aFileNamingNoRoleIsTheAccountableRolesAsInTheScores(@TempDir Path dir) throws IOException {
        Path before = Files.writeString(dir.resolve("musterstadt-2025.yaml"),
                Files.readString(Path.of(MUSTERSTADT[1])).replace("respondent: {role: administration, name: Amt für "
                        + "Digitales}\n", ""));
        assertThat(Files.readString(before)).doesNotContain("respondent:");
        CliRun run = CliRun.run(CliRun.GERMAN, "trend", before.toString(), MUSTERSTADT[2], "-f", "json", "-o", "-");
        assertThat(run.exitCode()).as(run.describe()).isZero();
        JsonNode periods = new ObjectMapper().readTree(run.out()).get("municipalities").get(0).get("periods");
        assertThat(periods.get(0).get("roles").toString()).isEqualTo("[\"administration\"]");
        assertThat(periods.get(1).get("change").get("otherGroups").asBoolean()).isFalse();
        CliRun md = CliRun.run(CliRun.GERMAN, "trend", before.toString(), MUSTERSTADT[2], "-f", "md", "-o", "-");
        // no period heard others, so the lead-in does not explain what is not there
        assertThat(md.out()).contains("ihre Bedingungen erfüllt sind.\n").doesNotContain("eingeschränkt");
    }

    private static String[] args(String... more) {
        List<String> all = new ArrayList<>(List.of("trend"));
        all.addAll(List.of(MUSTERSTADT));
        all.addAll(List.of(more));
        all.addAll(List.of("-o", "-"));
        return all.toArray(String[]::new);
    }
}
