package de.smartregion.report;

import de.smartregion.compare.Trend;
import java.util.List;

/**
 * A trend as CSV: one row per municipality and period, the score columns by field and thesis id, written by
 * {@link CsvWriter}; a fall in score is a negative number, never taken for a formula. The groups heard are role ids
 * separated by spaces, as ids hold none.
 */
public final class TrendCsv {

    private TrendCsv() {
    }

    /**
     * @param fieldIds the field columns, in questionnaire order
     * @param thesisIds the thesis columns
     */
    public static String write(Trend trend, List<String> fieldIds, List<String> thesisIds) {
        return write(trend, fieldIds, thesisIds, CsvDialect.RFC4180);
    }

    /** The trend in {@code dialect}. */
    public static String write(Trend trend, List<String> fieldIds, List<String> thesisIds, CsvDialect dialect) {
        StringBuilder out = new StringBuilder();
        table(trend, fieldIds, thesisIds, new CsvWriter(out, dialect));
        return out.toString();
    }

    /** The trend table into CSV or a workbook's sheet. */
    static void table(Trend trend, List<String> fieldIds, List<String> thesisIds, TableSink csv) {
        for (String h : List.of("id", "name", "period", "questionnaire", "overall", "change", "stage", "coverage", "roles",
                "otherGroups")) {
            csv.text(h);
        }
        for (String f : fieldIds) {
            csv.text(f);
        }
        for (String t : thesisIds) {
            csv.text("thesis:" + t);
        }
        csv.endRow();
        for (Trend.Series s : trend.series()) {
            for (Trend.Point p : s.points()) {
                csv.text(s.municipality().id()).text(s.municipality().name()).text(p.period())
                        .text(p.questionnaire()).number(p.overall()).number(p.overallChange()).text(p.stage())
                        .number(p.coverage()).text(String.join(" ", p.roles()))
                        .text(String.valueOf(p.otherGroups()));
                for (String f : fieldIds) {
                    csv.number(p.fields().get(f));
                }
                for (String t : thesisIds) {
                    csv.number(p.theses().get(t));
                }
                csv.endRow();
            }
        }
    }
}
