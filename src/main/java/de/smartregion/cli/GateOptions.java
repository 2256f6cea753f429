package de.smartregion.cli;

import de.smartregion.model.Questionnaire;
import de.smartregion.model.Rounding;
import de.smartregion.model.Scores;
import de.smartregion.model.Thesis;
import de.smartregion.score.Gate;
import de.smartregion.text.Messages;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** The CI gates of assess and compare: a minimum overall index, and all theses met. */
final class GateOptions {

    @Option(names = "--fail-under", paramLabel = "SCORE", descriptionKey = "gate.fail-under")
    Double failUnder;

    @Option(names = "--fail-on-thesis", descriptionKey = "gate.fail-on-thesis")
    boolean failOnThesis;

    Gate gate() throws UsageException {
        if (failUnder != null && (failUnder < 0 || failUnder > 100 || failUnder.isNaN())) {
            throw new UsageException("cli.fail-under-range", failUnder);
        }
        return new Gate(failUnder, failOnThesis);
    }

    /** The titles of the theses whose scores (in questionnaire order) are absent or miss their thresholds as shown. */
    static List<String> unmet(Questionnaire q, Scores thesisScores, Messages messages) {
        List<String> unmet = new ArrayList<>();
        for (int t = 0; t < q.theses().size(); t++) {
            Thesis thesis = q.theses().get(t);
            Double s = thesisScores.get(t);
            if (s == null || Rounding.halfUpDouble(s, q.scoring().rounding()) < thesis.threshold()) {
                unmet.add(thesis.title().in(messages.language(), q.defaultLanguage()));
            }
        }
        return unmet;
    }
}
