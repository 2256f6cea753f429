package de.smartregion.cli;

import static de.smartregion.cli.BadInputTest.BAD;
import static de.smartregion.cli.BadInputTest.TINY_ANSWERS;
import static de.smartregion.cli.BadInputTest.assertProblem;
import static de.smartregion.cli.BadInputTest.locations;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A broken thesis condition is a located load error (exit 3) naming what is wrong and the nearest valid name. */
class ConditionLoadTest {

    private static final String FILE = BAD + "q-conditions.yaml";

    @Test
    void everyBrokenConditionIsReportedAtOnceWhereItStands() {
        CliRun run = CliRun.run("validate", FILE);
        assertProblem(run, FILE, 9, 14, "unknown missing 'zeroo'", "did you mean 'zero'?");
        assertProblem(run, FILE, 11, 20, "condition names unknown question 'open-dta'", "did you mean 'open-data'?");
        assertProblem(run, FILE, 12, 40, "question 'open-data' has no option 'soem'", "did you mean 'some'?");
        assertProblem(run, FILE, 13, 36, "7 is not a level of 'level'", "levels: 0, 1, 2, 3, 4");
        assertProblem(run, FILE, 14, 36, "atLeast does not apply to matrix question 'tools'", "score: 0..1");
        assertProblem(run, FILE, 15, 38, "score must be between 0 and 1, found 1.5");
        assertProblem(run, FILE, 16, 16, "anyOf needs at least one condition");
        assertProblem(run, FILE, 17, 9, "the condition on 'open-data' needs a bound");
        assertProblem(run, FILE, 18, 53, "has both atLeast and score");
        assertProblem(run, FILE, 19, 37, "atLeast of yes/no question 'yes-no' is yes or no, found 'maybe'");
        assertProblem(run, FILE, 20, 10, "unknown key 'questoin' in condition", "did you mean 'question'?");
        // one problem per broken condition: a misspelt key is not reported a second time as a shapeless condition
        assertThat(locations(run, FILE)).containsExactly("9:14", "11:20", "12:40", "13:36", "14:36", "15:38",
                "16:16", "17:9", "18:53", "19:37", "20:10");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void assessWithTheQuestionnaireFailsTheSameWayAndWritesNothing() {
        CliRun run = CliRun.run("assess", "-q", FILE, TINY_ANSWERS, "-f", "json");
        assertProblem(run, FILE, 12, 40, "question 'open-data' has no option 'soem'");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void aNumberQuestionTakesOnlyAScoreBound() {
        String file = BAD + "q-condition-number-at-least.yaml";
        CliRun run = CliRun.run("validate", file);
        assertProblem(run, file, 9, 45, "atLeast does not apply to number question 'share'", "score: 0..1");
        assertThat(locations(run, file)).containsExactly("9:45");
    }

    @Test
    void validConditionsOfEveryKindLoad() {
        CliRun run = CliRun.run("validate", "src/test/resources/score/conditions.yaml");
        assertThat(run.exitCode()).as(run.describe()).isZero();
    }
}
