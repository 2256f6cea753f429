package de.smartregion.report;

import de.smartregion.model.Rounding;
import de.smartregion.score.Scorer;
import de.smartregion.text.Messages;
import de.smartregion.text.NumberFormats;

/**
 * The words beside a score that rests on few answers, such as "nur 18 % beantwortet": wherever a municipality's
 * score is shown, so that a reader never takes an 18 %-answered index for the equal of a complete one. In words, not
 * only in colour or a symbol, for readers who see neither (WCAG 1.4.1).
 */
final class CoverageMarks {

    private final Messages messages;
    private final NumberFormats numbers;

    CoverageMarks(Messages messages, NumberFormats numbers) {
        this.messages = messages;
        this.numbers = numbers;
    }

    /**
     * The mark for a coverage, empty when it is not low or unknown. Low is below the threshold of the low-coverage
     * warning, judged on the whole percentage as shown: a mark "only 80 % answered" beside a threshold of 80 % would
     * read as a contradiction.
     */
    String of(Double coverage) {
        return low(coverage) ? messages.get("report.low-coverage-mark", percent(coverage)) : "";
    }

    /** Whether the coverage, as shown, lies below the low-coverage threshold. */
    static boolean low(Double coverage) {
        return coverage != null && Rounding.halfUp(coverage * 100, 0).doubleValue() < Scorer.LOW_COVERAGE * 100;
    }

    String percent(double share) {
        return numbers.percent(share, messages.get("format.percent"));
    }
}
