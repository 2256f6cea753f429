package de.smartregion.report;

import de.smartregion.compare.Comparison;
import de.smartregion.model.Field;
import de.smartregion.model.Questionnaire;
import de.smartregion.model.Result;
import de.smartregion.model.Thesis;
import java.util.ArrayList;
import java.util.List;

/**
 * The ranking as CSV: one row per municipality, written by {@link CsvWriter} (numbers with the dialect's decimal character
 * whatever the locale, text safe from formula injection). Column names are ids, stable for scripts.
 */
public final class ComparisonCsv {

    private ComparisonCsv() {
    }

    public static String write(Comparison c) {
        return write(c, CsvDialect.RFC4180);
    }

    /** The ranking in {@code dialect}. */
    public static String write(Comparison c, CsvDialect dialect) {
        StringBuilder out = new StringBuilder(64 * (c.ranking().size() + 1));
        ranking(c, new CsvWriter(out, dialect));
        return out.toString();
    }

    /** The ranking, one row per municipality, into CSV or a workbook's sheet. */
    static void ranking(Comparison c, TableSink csv) {
        Questionnaire q = c.questionnaire();
        csv.text("rank").text("id").text("name").text("period").text("state").text("type").text("population")
                .text("overall").text("stage").text("coverage").text("percentile");
        if (c.groupBy() != null) {
            csv.text("group");
        }
        for (Field f : q.fields()) {
            csv.text(f.id());
        }
        for (Thesis t : q.theses()) {
            csv.text("thesis:" + t.id());
        }
        for (Thesis t : q.theses()) {
            csv.text("met:" + t.id());
        }
        for (Thesis t : q.theses()) {
            csv.text("failed:" + t.id());
        }
        csv.endRow();
        for (Comparison.Ranked r : c.ranking()) {
            var m = r.row().municipality();
            csv.integer(r.rank()).text(m.id()).text(m.name()).text(r.row().period()).text(m.state()).text(m.type());
            if (m.population() == null) {
                csv.empty();
            } else {
                csv.integer(m.population());
            }
            csv.number(r.row().overall()).text(r.row().stage()).number(r.row().coverage()).number(r.percentile());
            if (c.groupBy() != null) {
                csv.text(r.group());
            }
            for (Double v : r.row().fields()) {
                csv.number(v);
            }
            for (Double v : r.row().theses()) {
                csv.number(v);
            }
            for (Boolean met : r.row().met()) {
                csv.text(met ? "true" : "false");
            }
            for (List<Result.ConditionResult> shortfalls : r.row().shortfalls()) {
                csv.text(failed(shortfalls));
            }
            csv.endRow();
        }
    }

    /**
     * The conditions that keep a thesis whose score reaches its threshold from being met, by question id, separated
     * by spaces; the alternatives of an anyOf joined by "|" ("par-feedback-level|par-feedback"); empty where none.
     */
    private static String failed(List<Result.ConditionResult> shortfalls) {
        List<String> names = new ArrayList<>();
        for (Result.ConditionResult c : shortfalls) {
            names.add(String.join("|", ComparisonJson.questions(c)));
        }
        return String.join(" ", names);
    }

    /** The statistics of the overall index and each field: one row each, as {@code key} names them. */
    static void statistics(java.util.Map<String, de.smartregion.compare.Statistics> statistics, String group,
                           TableSink sink, boolean header) {
        if (header) {
            if (group != null) {
                sink.text("group");
            }
            sink.text("key");
            for (de.smartregion.compare.Statistic s : de.smartregion.compare.Statistic.values()) {
                sink.text(s.key());
            }
            sink.endRow();
        }
        for (java.util.Map.Entry<String, de.smartregion.compare.Statistics> e : statistics.entrySet()) {
            if (group != null) {
                sink.text(group);
            }
            sink.text(e.getKey());
            for (de.smartregion.compare.Statistic s : de.smartregion.compare.Statistic.values()) {
                if (s.count()) {
                    sink.integer(e.getValue().n());
                } else {
                    Double v = e.getValue().values().get(s);
                    sink.number(v == null || v.isNaN() ? null : v);
                }
            }
            sink.endRow();
        }
    }
}
