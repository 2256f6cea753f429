package de.smartregion.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A peer group of fewer than three members gets its members' rows and a sentence instead of statistics: with one
 * member, minimum, median and maximum are its own score; with two, the median is their mean. JSON keeps them.
 */
class CompareSmallGroupTest {

    @Test
    void aGroupOfOneShowsItsRowAndSaysWhyThereAreNoStatistics() {
        CliRun run = CliRun.run(CliRun.GERMAN, "compare", "examples", "--group-by", "state", "-f", "md", "-o", "-");
        assertThat(run.exitCode()).as(run.describe()).isZero();
        String brandenburg = section(run.out(), "### Brandenburg");
        assertThat(brandenburg).isEqualTo("""
                ### Brandenburg (1 Kommune; Perzentile erst ab 5 Kommunen)

                | Rang | Kommune | Gesamtindex | Reifestufe | Perzentil |
                |---:|---|---:|---|---:|
                | 1 | Landkreis Fläming-Heide (12999) | **56,6** | Gestaltung | – |

                Für Kennzahlen ist die Gruppe zu klein: Sie werden erst ab drei Kommunen gezeigt.
                """);
        // three are enough
        assertThat(section(run.out(), "### Bayern")).contains("| Gesamtindex | 3 | 39,6 | 42,1 | 44,5 | 46,0 | 47,4 | 43,9 |")
                .doesNotContain("zu klein");
    }

    @Test
    void aGroupOfTwoHasNoStatisticsEitherInEnglishHtml() {
        CliRun run = CliRun.run("compare", "-q", "src/test/resources/score/all-types.yaml", "src/test/resources/cohort",
                "--group-by", "state", "-f", "html", "--lang", "en", "-o", "-");
        assertThat(run.exitCode()).as(run.describe()).isZero();
        String bayern = run.out().substring(run.out().indexOf("<h3 class=\"wrap\">Bavaria (2 municipalities"));
        bayern = bayern.substring(0, bayern.indexOf("<h3", 1));
        assertThat(bayern).contains("<p class=\"note\">The group is too small for statistics: they are shown for "
                + "groups of three or more.</p>").doesNotContain("group-statistics");
    }

    @Test
    void jsonKeepsTheStatisticsOfASmallGroup() throws Exception {
        CliRun run = CliRun.run("compare", "examples", "--group-by", "state", "-f", "json", "-o", "-");
        assertThat(run.exitCode()).as(run.describe()).isZero();
        var overall = new com.fasterxml.jackson.databind.ObjectMapper().readTree(run.out()).get("groups")
                .get("Brandenburg").get("statistics").get("overall");
        assertThat(overall.get("n").asInt()).isEqualTo(1);
        assertThat(overall.get("median").asDouble()).isEqualTo(56.61);
    }

    /** From the heading that begins with {@code start} to the next heading of its level. */
    private static String section(String text, String start) {
        int from = text.indexOf(start);
        assertThat(from).as(start).isNotNegative();
        int to = text.indexOf("\n### ", from + 1);
        return (to < 0 ? text.substring(from) : text.substring(from, to + 1)).stripTrailing() + "\n";
    }
}
