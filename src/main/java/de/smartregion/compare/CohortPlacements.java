package de.smartregion.compare;

import de.smartregion.input.InvalidInputException;
import de.smartregion.model.Result;
import de.smartregion.score.Combine;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The rankings a report of a whole cohort places each municipality in: every municipality with answers for the
 * report's period (as {@code assess --peers} with all files places it), and those of its peer group in that period.
 * Each is made once, when a report of its period first asks for it, and shared by the threads that write reports.
 */
public final class CohortPlacements {

    private final Cohort cohort;
    private final Combine combine;
    private final double minCoverage;
    private final GroupBy groupBy;
    private final Map<String, PeerRanking> all = new ConcurrentHashMap<>();
    private final Map<String, PeerRanking> groups = new ConcurrentHashMap<>();
    private final Map<String, List<CohortRow>> periods = new ConcurrentHashMap<>();

    /**
     * @param snapshot the cohort's snapshot the reports are made of; its rows serve as the rankings of their
     *     period when it holds the whole period
     * @param groupBy null for no peer groups
     */
    public CohortPlacements(Cohort cohort, Snapshot snapshot, String period, Combine combine, double minCoverage,
                            GroupBy groupBy) {
        this.cohort = cohort;
        this.combine = combine;
        this.minCoverage = minCoverage;
        this.groupBy = groupBy;
        // a snapshot of one period asked for, or of a cohort without earlier periods, holds each period whole
        if (period != null || snapshot.olderFiles() == 0) {
            for (CohortRow r : snapshot.rows()) {
                periods.computeIfAbsent(r.period(), k -> new ArrayList<>()).add(r);
            }
        }
    }

    /** Where {@code result} stands in the cohort of its period and in its peer group there. */
    public CohortPlacement place(Result result) throws InvalidInputException {
        CohortRow self = CohortRow.of(result);
        List<CohortRow> rows = rows(result.period());
        PeerPosition inCohort = all.computeIfAbsent(result.period(), p -> PeerRanking.of(rows, self)).place(self);
        if (groupBy == null) {
            return new CohortPlacement(inCohort, null, null, null);
        }
        String group = groupBy.groupOf(result.municipality());
        PeerRanking ranking = groups.computeIfAbsent(result.period() + "\n" + group, k -> {
            List<CohortRow> members = new ArrayList<>();
            for (CohortRow r : rows) {
                if (groupBy.groupOf(r.municipality()).equals(group)) {
                    members.add(r);
                }
            }
            return PeerRanking.of(members, self);
        });
        return new CohortPlacement(inCohort, groupBy, group, ranking.place(self));
    }

    private List<CohortRow> rows(String period) throws InvalidInputException {
        List<CohortRow> rows = periods.get(period);
        if (rows == null) {
            synchronized (this) {
                rows = periods.get(period);
                if (rows == null) {
                    rows = cohort.snapshot(period, combine, minCoverage).rows();
                    periods.put(period, rows);
                }
            }
        }
        return rows;
    }
}
