package de.smartregion.report;

import de.smartregion.compare.CohortRow;
import de.smartregion.compare.Snapshot;
import de.smartregion.compare.TrendAssembly;
import de.smartregion.model.Questionnaire;
import de.smartregion.text.Messages;
import java.util.ArrayList;
import java.util.List;

/** What a reader of a comparison or trend must know about how its cohort was built, in the output's language. */
public final class CohortNotes {

    private CohortNotes() {
    }

    /** Fields were rescaled across the cohort, so scores are relative to it. */
    public static Note normalized(Messages messages) {
        return new Note("normalized", messages.get("compare.normalized"));
    }

    /** The municipalities without a score, then how many files of earlier periods were left out. */
    public static List<Note> of(Snapshot snapshot, Messages messages) {
        List<Note> notes = new ArrayList<>();
        for (CohortRow row : snapshot.unscored()) {
            notes.add(new Note("no-score", messages.get("compare.no-score", row.municipality().label())));
        }
        if (snapshot.olderFiles() > 0) {
            notes.add(new Note("older-periods", messages.get("compare.older-periods", snapshot.olderFiles())));
        }
        return notes;
    }

    /** The municipalities compared on the questions their questionnaire versions share. */
    public static List<Note> of(TrendAssembly trend, Messages messages) {
        List<Note> notes = new ArrayList<>();
        for (TrendAssembly.SharedQuestions s : trend.narrowed()) {
            List<String> versions = new ArrayList<>();
            for (Questionnaire q : s.versions()) {
                versions.add(q.toString());
            }
            notes.add(new Note("versions", messages.get("trend.versions", s.municipality().label(),
                    String.join(", ", versions), s.questions())));
        }
        return notes;
    }
}
