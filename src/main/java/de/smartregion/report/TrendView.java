package de.smartregion.report;

import java.util.List;
import java.util.Map;

/** Everything a trend template shows, computed, translated and formatted. */
public record TrendView(String language, Map<String, String> text, String date, String title,
                        String questionnaire, List<String> warnings, List<String> fields, List<String> theses,
                        List<SeriesView> municipalities) {

    /**
     * @param shortfalls for each period and thesis whose score reaches the threshold but that is not met, which
     *     conditions fail, as a sentence
     */
    public record SeriesView(String name, String id, List<PeriodRow> periods, Charts.LineChart chart,
                             List<String> shortfalls) {
        public SeriesView {
            shortfalls = List.copyOf(shortfalls);
        }
    }

    /** Each score with its change against the previous period, e.g. "47,1" and "+3,2". */
    public record PeriodRow(String period, String questionnaire, String overall, Change change, String stage,
                            String coverage, List<Value> fields, List<Value> theses) {
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
