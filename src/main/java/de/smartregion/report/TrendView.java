package de.smartregion.report;

import java.util.List;
import java.util.Map;

/** Everything a trend template shows, computed, translated and formatted. */
public record TrendView(String language, Map<String, String> text, String date, String title,
                        List<String> warnings, List<String> fields, List<String> theses,
                        List<SeriesView> municipalities) {

    public record SeriesView(String name, String id, List<PeriodRow> periods, Charts.LineChart chart) {
    }

    /** Each score with its change against the previous period, e.g. "47,1" and "+3,2". */
    public record PeriodRow(String period, String questionnaire, String overall, String change, String stage,
                            String coverage, List<Value> fields, List<Value> theses) {
    }

    public record Value(String score, String change) {
    }
}
