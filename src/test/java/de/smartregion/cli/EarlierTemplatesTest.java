package de.smartregion.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The view model is a contract with users' own templates (docs/templates.md): the bundled templates of an earlier
 * release, given with {@code --templates}, still render, and exactly as the bundled ones of today do, but for what
 * was added to the view since (the duties block, the duty marks of measures, the evidence column of the
 * question tables and the count of questions not asked), which they cannot know.
 */
class EarlierTemplatesTest {

    /** The bundled templates as of commit 680a682, before the statistics became a list of cells. */
    private static final String EARLIER = "src/test/resources/templates/earlier";

    @ParameterizedTest
    @ValueSource(strings = {"md", "html"})
    void earlierTemplatesRenderEveryDocumentAsTodaysDo(String format) {
        for (List<String> command : List.of(
                List.of("assess", "examples/musterstadt-2026.yaml"),
                // an open duty: the block lists it and its measure is marked
                List.of("assess", "examples/erlenried-2026.yaml"),
                List.of("compare", "examples", "--group-by", "state"),
                List.of("trend", "examples/musterstadt-2024.yaml", "examples/musterstadt-2025.yaml",
                        "examples/musterstadt-2026.yaml"))) {
            CliRun today = run(command, format);
            CliRun earlier = run(command, format, "--templates", EARLIER);
            assertThat(today.exitCode()).as(today.describe()).isZero();
            assertThat(earlier.exitCode()).as(earlier.describe()).isZero();
            assertThat(earlier.out()).as(String.join(" ", command)).isEqualTo(withoutAddedSince(today.out()));
        }
    }

    /**
     * Today's output without the parts of the view added after the earlier templates (duties, evidence), and
     * without what today's templates added to their presentation (reflow on narrow screens, keyboard-reachable
     * tables), which is no part of the view.
     */
    private static String withoutAddedSince(String out) {
        String presented = NARROW_SCREENS.matcher(out).replaceAll("").replace("<table tabindex=\"0\" ", "<table ")
                .replace("<div class=\"scroll\" tabindex=\"0\">", "<div class=\"scroll\">");
        // the comparison's tables of every municipality's scores and theses (added since)
        presented = SCORES_TABLE.matcher(THESES_TABLE.matcher(presented).replaceAll("")).replaceAll("")
                .replace("table.scores tbody th { background: none; font-weight: normal; border-bottom: 0.5pt solid "
                        + "#e5e7eb; vertical-align: top; }\n", "");
        String withoutBlock = DUTIES_BLOCK.matcher(presented).replaceAll("");
        assertThat(withoutBlock).as("no duties block left").doesNotContain("Gesetzliche Pflichten");
        String withoutEvidence = withoutLastColumn(EVIDENCE_CELL.matcher(withoutBlock).replaceAll(""), "| Nachweis |");
        assertThat(withoutEvidence).as("no evidence column left").doesNotContain("| Nachweis |", "class=\"evidence");
        return DUTY_MARK.matcher(withoutEvidence).replaceAll("");
    }

    /** Markdown: the last cell of every row of each table whose header ends with {@code header}. */
    private static String withoutLastColumn(String out, String header) {
        StringBuilder kept = new StringBuilder();
        boolean inTable = false;
        for (String line : out.split("\n", -1)) {
            inTable = line.endsWith(header) || inTable && line.startsWith("|");
            kept.append(inTable ? LAST_CELL.matcher(line).replaceFirst("|") : line).append('\n');
        }
        return kept.substring(0, kept.length() - 1);
    }

    /** A Markdown table row's last cell: escaped characters (\\|) stay inside it. */
    private static final Pattern LAST_CELL = Pattern.compile("\\|(?:[^|\\\\]|\\\\.)*\\|$");
    private static final Pattern SCORES_TABLE = Pattern.compile(
            "\n<h2>(?:Scores by municipality|Werte je Kommune)</h2>\n<div class=\"scroll\">\n"
                    + "<table class=\"data scores\">.*?</table>\n</div>\n", Pattern.DOTALL);
    private static final Pattern THESES_TABLE = Pattern.compile(
            "## (?:Theses by municipality|Thesen je Kommune)\n\n(?:\\|.*\n)*\n");
    /** The style block for narrow screens that today's HTML templates have. */
    private static final Pattern NARROW_SCREENS = Pattern.compile(
            "(?m)^@media screen and \\(max-width: 640px\\) \\{\n(?:.*\n)*?^\\}\n");
    private static final Pattern EVIDENCE_CELL = Pattern.compile(
            "<th class=\"evidence\">[^<]*</th>|<td class=\"evidence wrap\">.*?</td>"
                    + "|\n\nNicht erhoben: [^\n]*(?=\n)|<p>Nicht erhoben: [^<]*</p>\n"
                    + "|td\\.evidence \\{[^}]*\\}\n|\\.no-evidence \\{[^}]*\\}\n");

    private static final Pattern DUTIES_BLOCK = Pattern.compile(
            "(?s)## Gesetzliche Pflichten\n.*?(?=\n## )\n|<h2>Gesetzliche Pflichten</h2>\n.*?(?=<h2>)");
    private static final Pattern DUTY_MARK = Pattern.compile(
            " · \\*\\*Gesetzliche Pflicht: [^\n]*?\\*\\*(?=  \n)| · Gesetzliche Pflicht: [^|\n]*?(?= \\|)"
                    + "|(?<=\\| )Gesetzliche Pflicht: [^|\n]*?(?= \\|)"
                    + "|<div class=\"duty\">[^<]*</div>|      <div class=\"closes duty\">[^<]*</div>\n");

    private static CliRun run(List<String> command, String format, String... more) {
        List<String> args = new java.util.ArrayList<>(command);
        args.addAll(List.of("-f", format, "-o", "-"));
        args.addAll(List.of(more));
        return CliRun.run(args.toArray(String[]::new));
    }
}
