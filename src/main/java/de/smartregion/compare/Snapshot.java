package de.smartregion.compare;

import de.smartregion.model.Questionnaire;
import de.smartregion.score.Gate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A cohort at one moment, as compare ranks it: each municipality once, scored in one period.
 *
 * @param rows in municipality id order
 * @param olderFiles the answer files of earlier periods that were left out because no period was asked for
 * @param belowMinimum the municipalities left out because their period's coverage is below the minimum asked for,
 *     in municipality id order
 */
public record Snapshot(Questionnaire questionnaire, List<CohortRow> rows, int olderFiles,
                       List<BelowCoverage> belowMinimum) {

    public Snapshot {
        rows = List.copyOf(rows);
        belowMinimum = List.copyOf(belowMinimum);
    }

    /** The rows without an overall index: none of their questions is answered. */
    public List<CohortRow> unscored() {
        List<CohortRow> unscored = new ArrayList<>();
        for (CohortRow row : rows) {
            if (row.overall() == null) {
                unscored.add(row);
            }
        }
        return unscored;
    }

    /**
     * The ranking and statistics.
     *
     * @param groupBy null for no peer groups
     * @param minmax rescale every field across the cohort
     */
    public Comparison compare(GroupBy groupBy, boolean minmax) {
        return Comparison.of(questionnaire, rows, groupBy, minmax);
    }

    /**
     * The gate's verdict by municipality id, in row order; empty when the gate asks for nothing. Gates judge the
     * scores themselves, never min-max rescaled ones.
     */
    public Map<String, Gate.Verdict> verdicts(Gate gate) {
        Map<String, Gate.Verdict> verdicts = new LinkedHashMap<>();
        if (gate.active()) {
            for (CohortRow row : rows) {
                verdicts.put(row.id(), gate.check(questionnaire, row.overall(), row.met()));
            }
        }
        return verdicts;
    }
}
