package de.smartregion.report;

import java.util.List;
import java.util.Map;

/** Everything a comparison template shows, computed, translated and formatted. */
public record ComparisonView(
        String language,
        Map<String, String> text,
        String date,
        String title,
        String questionnaire,
        String subtitle,
        List<String> warnings,
        List<String> fields,
        List<String> theses,
        List<Row> rows,
        String shown,
        List<String> statisticLabels,
        List<StatRow> statistics,
        Charts.BoxPlot boxplot,
        Overview overview,
        Charts.HeatGrid heatmap,
        String heatmapShown,
        String groupBy,
        List<GroupView> groups,
        List<String> shortfalls) {

    /**
     * The cohort at a glance: how the index is spread and how many municipalities stand in each stage.
     *
     * @param summary the median and the middle half of the index, and the municipalities without one, as sentences
     */
    public record Overview(String summary, List<StageCount> stages, Charts.Histogram histogram) {
        public Overview {
            stages = List.copyOf(stages);
        }
    }

    /** @param share of the municipalities with an index, e.g. "12 %" */
    public record StageCount(String label, String range, int count, String share) {
    }

    /**
     * @param lowCoverage beside the overall index where its coverage is low, e.g. "nur 18 % beantwortet"; empty
     *     otherwise
     * @param theses each thesis's score and verdict, in questionnaire order
     */
    public record Row(int rank, String name, String id, String period, String overall, String stage,
                      String coverage, String lowCoverage, String percentile, List<Cell> fields,
                      List<ThesisCell> theses) {
    }

    /**
     * A thesis's score and whether it is met, with the verdict in words.
     *
     * @param assessable whether enough of its questions are answered to judge it; the verdict says "not
     *     assessable" otherwise
     */
    public record ThesisCell(String value, boolean met, boolean assessable, String verdict) {
    }

    public record Cell(String value, String fill, String ink) {
    }

    /**
     * One score's statistics: its label, then a cell per statistic in the order of {@code statisticLabels}. The
     * seven statistics by name as well, for templates written before {@code cells} (a new statistic is only in
     * {@code cells}).
     */
    public record StatRow(String label, List<String> cells, String n, String min, String p25, String median,
                          String p75, String max, String mean) {
        public StatRow {
            cells = List.copyOf(cells);
        }
    }

    /**
     * @param statistics the group's statistics, also where it is too small for them, for templates written before
     *     {@code tooFew}
     * @param tooFew a sentence saying that the group is too small for statistics (fewer than three members), to
     *     stand instead of them; empty when it is large enough
     */
    public record GroupView(String name, String members, List<Row> rows, List<StatRow> statistics, String tooFew) {
    }
}
