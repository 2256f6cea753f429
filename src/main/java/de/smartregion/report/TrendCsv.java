package de.smartregion.report;

import de.smartregion.compare.Trend;
import java.util.ArrayList;
import java.util.List;

/** A trend as CSV: one row per municipality and period, the score columns by field and thesis id. */
public final class TrendCsv {

    private TrendCsv() {
    }

    /**
     * @param fieldIds the field columns, in questionnaire order
     * @param thesisIds the thesis columns
     */
    public static String write(Trend trend, List<String> fieldIds, List<String> thesisIds) {
        StringBuilder out = new StringBuilder();
        List<String> header = new ArrayList<>(List.of("id", "name", "period", "questionnaire", "overall",
                "change", "stage", "coverage"));
        header.addAll(fieldIds);
        for (String t : thesisIds) {
            header.add("thesis:" + t);
        }
        ComparisonCsv.row(out, header);
        for (Trend.Series s : trend.series()) {
            for (Trend.Point p : s.points()) {
                List<String> cells = new ArrayList<>(List.of(s.municipality().id(), s.municipality().name(),
                        p.period(), p.questionnaire(), ComparisonCsv.number(p.overall()),
                        ComparisonCsv.number(p.overallChange()), p.stage() == null ? "" : p.stage(),
                        ComparisonCsv.number(p.coverage())));
                for (String f : fieldIds) {
                    cells.add(p.fields().containsKey(f) ? ComparisonCsv.number(p.fields().get(f)) : "");
                }
                for (String t : thesisIds) {
                    cells.add(p.theses().containsKey(t) ? ComparisonCsv.number(p.theses().get(t)) : "");
                }
                ComparisonCsv.row(out, cells);
            }
        }
        return out.toString();
    }
}
