package de.smartregion.report;

import de.smartregion.compare.BelowCoverage;
import de.smartregion.compare.CohortRow;
import de.smartregion.compare.Snapshot;
import de.smartregion.compare.Trend;
import de.smartregion.compare.TrendAssembly;
import de.smartregion.model.Questionnaire;
import de.smartregion.model.Rounding;
import de.smartregion.score.Scorer;
import de.smartregion.text.Messages;
import de.smartregion.text.NumberFormats;
import de.smartregion.text.UserText;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** What a reader of a comparison or trend must know about how its cohort was built, in the output's language. */
public final class CohortNotes {

    /** Municipalities the low-coverage note names; the marks in the tables show every one. */
    private static final int LOW_NAMED = 10;

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
        NumberFormats numbers = new NumberFormats(messages.language());
        CoverageMarks marks = new CoverageMarks(messages, numbers);
        List<String> low = new ArrayList<>();
        for (CohortRow row : snapshot.rows()) {
            if (CoverageMarks.low(row.coverage())) {
                low.add(row.municipality().name() + " (" + marks.percent(row.coverage()) + ")");
            }
        }
        lowCoverage(low, messages, marks).ifPresent(notes::add);
        return notes;
    }

    /**
     * Each municipality and period left out by {@code --min-coverage}, with its coverage and its files, so that the
     * reader knows what the comparison lacks and what to complete.
     *
     * @param minimum the coverage asked for, 0..1
     */
    public static List<Note> belowMinimum(List<BelowCoverage> below, double minimum, Messages messages) {
        NumberFormats numbers = new NumberFormats(messages.language());
        CoverageMarks marks = new CoverageMarks(messages, numbers);
        String asked = minimumShown(minimum, messages);
        List<Note> notes = new ArrayList<>();
        for (BelowCoverage b : below) {
            String files = b.files().stream().map(Path::toString).map(UserText::visible)
                    .collect(Collectors.joining(", "));
            notes.add(new Note("below-min-coverage", messages.get("compare.below-min-coverage",
                    b.municipality().label(), b.period(), marks.percent(b.coverage()), asked, files)));
        }
        return notes;
    }

    /** The minimum as the user may have written it: 0.555 is "55.5 %", not a rounded "56 %" it is not. */
    public static String minimumShown(double minimum, Messages messages) {
        return messages.get("format.percent",
                new NumberFormats(messages.language()).plain(Rounding.halfUpDouble(minimum * 100, 2)));
    }

    /** One note naming the first few whose coverage is low, beside the marks in the tables; empty when none. */
    private static Optional<Note> lowCoverage(List<String> low, Messages messages, CoverageMarks marks) {
        if (low.isEmpty()) {
            return Optional.empty();
        }
        String named = String.join(", ", low.subList(0, Math.min(LOW_NAMED, low.size())));
        if (low.size() > LOW_NAMED) {
            named = messages.get("compare.low-coverage.more", named, low.size() - LOW_NAMED);
        }
        return Optional.of(new Note("low-coverage", messages.get("compare.low-coverage",
                marks.percent(Scorer.LOW_COVERAGE), named)));
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
        CoverageMarks marks = new CoverageMarks(messages, new NumberFormats(messages.language()));
        List<String> low = new ArrayList<>();
        for (Trend.Series series : trend.trend().series()) {
            for (Trend.Point p : series.points()) {
                if (CoverageMarks.low(p.coverage())) {
                    low.add(series.municipality().name() + ", " + p.period() + " (" + marks.percent(p.coverage())
                            + ")");
                }
            }
        }
        lowCoverage(low, messages, marks).ifPresent(notes::add);
        return notes;
    }
}
