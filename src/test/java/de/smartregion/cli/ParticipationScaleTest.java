package de.smartregion.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real participation process: Musterstadt's administration, council and trade association, and 300 citizens from
 * a survey. Each group counts once, and the report stays about as long as that of the four bundled respondents:
 * a large group is shown as counts per answer, never as a list of hundreds.
 */
class ParticipationScaleTest {

    private static final String[] CITIZEN_QUESTIONS = {"str-view-strategy-known", "str-view-needs-met",
        "str-view-projects-implemented", "adm-view-find-online", "adm-view-complete-online",
        "par-view-could-contribute", "par-view-proposals-considered", "par-view-feedback", "par-view-digital-help",
        "hea-view-online-care", "edu-view-school", "mob-view-online", "inf-view-home-internet", "inf-view-mobile"};

    @TempDir
    static Path dir;
    private static List<String> four;
    private static List<String> many;

    @BeforeAll
    static void files() throws IOException {
        four = List.of("examples/musterstadt-2026.yaml", "examples/musterstadt-2026-council.yaml",
                "examples/musterstadt-2026-citizens.yaml", "examples/musterstadt-2026-businesses.yaml");
        many = new ArrayList<>(List.of("examples/musterstadt-2026.yaml", "examples/musterstadt-2026-council.yaml",
                "examples/musterstadt-2026-businesses.yaml"));
        Random random = new Random(2026);
        for (int k = 1; k <= 300; k++) {
            StringBuilder y = new StringBuilder("kind: assessment\nquestionnaire: smart-region@2026.1\n"
                    + "municipality: {id: \"09999001\", name: Musterstadt, state: Bayern, type: Stadt, population: 12480}\n"
                    // a survey export gives the role by id or by label; both are the same group
                    + "period: 2026\nrespondent: {role: " + (k % 2 == 0 ? "citizens" : "Bürgerschaft") + "}\n"
                    + "answers:\n");
            for (String q : CITIZEN_QUESTIONS) {
                int v = random.nextInt(6);
                String answer = v == 0 ? "n/a" : Integer.toString(v);
                if (k % 25 == 0 && q.equals("inf-view-mobile")) {
                    // every 25th citizen writes a note: 12 notes, of which a report shows three
                    answer = "{value: 1, note: \"Funkloch am Bahnhof (Befragte " + k + ")\"}";
                }
                y.append("  ").append(q).append(": ").append(answer).append('\n');
            }
            Path file = dir.resolve("citizen-" + k + ".yaml");
            Files.writeString(file, y.toString());
            many.add(file.toString());
        }
    }

    private static CliRun assess(List<String> files, String... more) {
        List<String> args = new ArrayList<>(List.of("assess"));
        args.addAll(files);
        args.addAll(List.of(more));
        return CliRun.run(CliRun.GERMAN, args.toArray(String[]::new));
    }

    @Test
    void theMarkdownOf300CitizensIsAboutAsLongAsThatOfFourRespondents() {
        CliRun small = assess(four, "-o", "-");
        CliRun large = assess(many, "-o", "-");
        assertThat(small.exitCode()).as(small.describe()).isZero();
        assertThat(large.exitCode()).as(large.describe()).isZero();
        assertThat((double) large.out().length() / small.out().length()).isBetween(0.8, 1.3);
        assertThat(large.out().lines().count()).isLessThanOrEqualTo(small.out().lines().count() + 5);
        // each group once, with its count; the citizens are one group whether named by id or label
        assertThat(count(large.out(), "| Bürgerschaft | 300 |\n")).isEqualTo(1);
        assertThat(count(large.out(), "| Verwaltung | 1 |\n")).isEqualTo(1);
        assertThat(large.out()).contains("Bürgerschaft (300 Befragte): ", "Befragte 25)",
                "und 9 weitere Anmerkungen und Nachweise").doesNotContain("Befragte 100)");
        // a group's answers as counts from the best answer to the worst, "don't know" last, with the group's score
        Matcher m = Pattern.compile("Bürgerschaft \\(300 Befragte\\): \\d+× 5 – stimme voll zu, \\d+× 4 – stimme eher zu, "
                + "\\d+× 3 – teils, teils, \\d+× 2 – stimme eher nicht zu, \\d+× 1 – stimme gar nicht zu, "
                + "\\d+× weiß nicht; "
                + "Wert \\d+").matcher(large.out());
        assertThat(m.find()).as("a citizens' tally").isTrue();
    }

    /**
     * "Meine Vorschläge wurden berücksichtigt": council 4 (75), citizens' panel 2 (25), trade association 3 (50);
     * spread 50, so the participatory verdict names the division with each group's score.
     */
    @Test
    void theParticipatoryVerdictNamesTheQuestionsTheGroupsAreDividedOn() {
        String md = assess(four, "-o", "-").out();
        String participatory = md.substring(md.indexOf("### Partizipativ"), md.indexOf("### Umsetzbar"));
        assertThat(participatory).contains("Die Gruppen sind uneins bei:",
                "- „Meine Vorschläge zur Digitalisierung wurden berücksichtigt“: Rat 75, Bürgerschaft 25, "
                        + "Wirtschaft 50");
        assertThat(md.substring(md.indexOf("### Integriert"), md.indexOf("### Partizipativ")))
                .doesNotContain("uneins bei");
    }

    @Test
    void thePdfOf300CitizensHasAboutAsManyPagesAsThatOfFourRespondents() throws IOException {
        Path small = dir.resolve("four.pdf");
        Path large = dir.resolve("many.pdf");
        assertThat(assess(four, "-f", "pdf", "-o", small.toString()).exitCode()).isZero();
        assertThat(assess(many, "-f", "pdf", "-o", large.toString()).exitCode()).isZero();
        int smallPages;
        int largePages;
        try (PDDocument a = Loader.loadPDF(small.toFile()); PDDocument b = Loader.loadPDF(large.toFile())) {
            smallPages = a.getNumberOfPages();
            largePages = b.getNumberOfPages();
        }
        assertThat(largePages).isBetween(smallPages - 2, smallPages + 2);
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }
}
