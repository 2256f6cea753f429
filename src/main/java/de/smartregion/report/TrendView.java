package de.smartregion.report;

import java.util.List;
import java.util.Map;

/**
 * Everything a trend template shows, computed, translated and formatted.
 *
 * @param lead what the report shows and how to read it, in sentences
 */
public record TrendView(String language, Map<String, String> text, String date, String title,
                        String questionnaire, List<String> warnings, List<String> fields, List<String> theses,
                        List<SeriesView> municipalities, List<String> lead) {

    public TrendView {
        lead = List.copyOf(lead);
    }

    /**
     * @param shortfalls for each period and thesis whose score reaches the threshold but that is not met, which
     *     conditions fail, as a sentence
     * @param heard for each period that heard other groups than the one before, which groups each heard, as a
     *     sentence saying that the change is comparable only in part
     * @param chartText the chart in words, each line's score per period: its alternative text
     * @param legendText the names beside the lines with their last values, as the legend's alternative text
     */
    public record SeriesView(String name, String id, List<PeriodRow> periods, Charts.LineChart chart,
                             List<String> shortfalls, List<String> heard, String chartText, String legendText) {
        public SeriesView {
            shortfalls = List.copyOf(shortfalls);
            heard = List.copyOf(heard);
        }
    }

    /**
     * Each score with its change against the previous period, e.g. "47,1" and "+3,2".
     *
     * @param lowCoverage beside the overall index where the period's coverage is low, e.g. "nur 18 % beantwortet";
     *     empty otherwise
     * @param otherGroups "comparable only in part" in words when the previous period heard other groups, else empty
     */
    public record PeriodRow(String period, String questionnaire, String overall, Change change, String stage,
                            String coverage, String lowCoverage, List<Value> fields, List<Value> theses,
                            String otherGroups) {
    }

    /** @param verdict for a thesis, whether it is met in the period, in words; empty for a field */
    public record Value(String score, Change change, String verdict) {
    }

    /**
     * A change as shown, such as "+3,2", "-1,5" or "±0,0"; empty for the first period.
     *
     * @param direction "up", "down", "same", or "" when there is no change to show: a CSS class for templates
     */
    public record Change(String text, String direction) {
        static final Change NONE = new Change("", "");
    }
}
