package de.smartregion.compare;

import de.smartregion.input.InvalidInputException;
import de.smartregion.score.Combine;
import java.util.ArrayList;
import java.util.List;

/**
 * What a single report places its result against: the municipality's previous period and its peers. Either may be
 * absent; {@link #NONE} has neither.
 *
 * @param previous the previous period, scored as {@code trend} scores it; null when not given
 * @param current this period scored alongside {@code previous}: on the questions both questionnaire versions share
 *     when they differ (then {@code shared} is their number), else as the report scores it; null without previous
 * @param shared how many questions both versions share when they differ; 0 when both answer the same version
 * @param peers the place among the peers; null when no peers were given
 * @param placement the place in the cohort and in its peer group, which a report of a whole cohort adds; null
 *     for a report of one municipality
 */
public record Standing(Trend.Point previous, Trend.Point current, int shared, PeerPosition peers,
                       CohortPlacement placement) {

    public static final Standing NONE = new Standing(null, null, 0, null, null);

    public Standing {
        if ((previous == null) != (current == null)) {
            throw new IllegalArgumentException("a previous period needs the current one scored alongside it");
        }
    }

    public Standing(Trend.Point previous, Trend.Point current, int shared, PeerPosition peers) {
        this(previous, current, shared, peers, null);
    }

    /** This standing with the place in the cohort and peer group of a report of the whole cohort. */
    public Standing placed(CohortPlacement placement) {
        return new Standing(previous, current, shared, peers, placement);
    }

    /**
     * The current period's answer files against those of an earlier period of the same municipality, scored as
     * {@code trend} scores two periods.
     *
     * @param previous the earlier period's files, all of one period before the current one's
     */
    public static Standing against(List<Submission> current, List<Submission> previous, Combine combine,
                                   PeerPosition peers) throws InvalidInputException {
        if (previous.isEmpty()) {
            return new Standing(null, null, 0, peers);
        }
        List<Submission> all = new ArrayList<>(previous);
        all.addAll(current);
        TrendAssembly assembly = TrendAssembly.of(Cohort.of(all), combine);
        List<Trend.Point> points = assembly.trend().series().get(0).points();
        if (points.size() != 2) {
            throw new IllegalArgumentException("two periods expected, got " + points.size());
        }
        int shared = assembly.narrowed().isEmpty() ? 0 : assembly.narrowed().get(0).questions();
        return new Standing(points.get(0), points.get(1), shared, peers);
    }
}
