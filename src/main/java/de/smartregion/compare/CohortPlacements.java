package de.smartregion.compare;

import de.smartregion.model.Result;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The rankings a report of a whole cohort places each municipality in: every municipality reported in the same
 * period (as {@code assess --peers} with their files places it), and those of its peer group among them.
 * Each is made once, when a report of its period first asks for it, and shared by the threads that write reports.
 */
public final class CohortPlacements {

    private final GroupBy groupBy;
    /** The rows of each period, in the snapshot's order. */
    private final Map<String, List<CohortRow>> periods = new HashMap<>();
    private final Map<String, PeerRanking> all = new ConcurrentHashMap<>();
    private final Map<String, PeerRanking> groups = new ConcurrentHashMap<>();

    /**
     * @param rows every municipality reported, each once, in its period; a municipality is placed among those of
     *     its own period
     * @param groupBy null for no peer groups
     */
    public CohortPlacements(List<CohortRow> rows, GroupBy groupBy) {
        this.groupBy = groupBy;
        for (CohortRow r : rows) {
            periods.computeIfAbsent(r.period(), k -> new ArrayList<>()).add(r);
        }
    }

    /** Where {@code result} stands among the municipalities of its period and in its peer group there. */
    public CohortPlacement place(Result result) {
        CohortRow self = CohortRow.of(result);
        List<CohortRow> rows = periods.getOrDefault(result.period(), List.of());
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
}
