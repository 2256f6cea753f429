package de.smartregion.compare;

/**
 * Where a report of a whole cohort places its municipality: among every municipality of the cohort in its period,
 * and, when the cohort is split into peer groups, among those of its own group.
 *
 * @param cohort the place among the whole cohort in the report's period
 * @param groupBy how the cohort is split into peer groups; null when it is not
 * @param group the municipality's peer group ({@link GroupBy#groupOf}); null without peer groups
 * @param peerGroup the place among its peer group in the same period; null without peer groups
 */
public record CohortPlacement(PeerPosition cohort, GroupBy groupBy, String group, PeerPosition peerGroup) {

    public CohortPlacement {
        if (cohort == null) {
            throw new IllegalArgumentException("a placement needs the cohort");
        }
        if ((groupBy == null) != (group == null) || (group == null) != (peerGroup == null)) {
            throw new IllegalArgumentException("a peer group needs how it is formed, its name and its place");
        }
    }
}
