package de.smartregion.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/**
 * Several respondents in one report: cohort/c-admin.yaml answers s1 0, c1 none, b1 no; c-council.yaml s1 4, c1 all,
 * b1 yes. Each question's median is 0.5 (50) with a spread of 1 (100): every answered question is disputed. The
 * questionnaire declares no roles: roles are shown as written, and no group counts as not heard.
 */
class ParticipationReportTest {

    private static final String Q = "src/test/resources/score/all-types.yaml";
    private static final String ADMIN = "src/test/resources/cohort/c-admin.yaml";
    private static final String COUNCIL = "src/test/resources/cohort/more/c-council.yaml";

    @Test
    void markdownShowsEachRespondentSpreadFlagsAndWhoWasHeard() {
        CliRun run = CliRun.run("assess", "-q", Q, ADMIN, COUNCIL, "--lang", "en");
        assertThat(run.exitCode()).as(run.describe()).isZero();
        assertThat(run.out()).contains(
                "| S1 | administration: 0; council: 4 | 50 | 100 ⚠️ disputed | 100 | 50 |  |",
                "| B1 | administration: no; council: yes | 50 | 100 ⚠️ disputed | 100 | 50 |  |",
                "| administration | 1 |", "| council | 1 |",
                "a question's score the median of the groups", "are flagged “disputed”; their number: **3**")
                .doesNotContain("not heard");
    }

    @Test
    void meanIsNamedWhenUsed() {
        CliRun run = CliRun.run("assess", "-q", Q, ADMIN, COUNCIL, "--lang", "en", "--combine", "mean");
        assertThat(run.out()).contains("a question's score the mean of the groups");
    }

    @Test
    void htmlFlagsDisputedQuestions() {
        Document doc = Jsoup.parse(CliRun.run("assess", "-q", Q, ADMIN, COUNCIL, "--lang", "de", "-f", "html").out());
        assertThat(doc.select("td.disputed")).hasSize(3);
        assertThat(doc.select("td.disputed .badge").first().text()).isEqualTo("strittig");
    }

    @Test
    void aSingleRespondentReportHasNoSpreadColumn() {
        CliRun run = CliRun.run("assess", "-q", Q, ADMIN, "--lang", "en");
        assertThat(run.out()).doesNotContain("Spread", "⚠️").contains("| administration | 1 |");
    }
}
