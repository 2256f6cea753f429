package de.smartregion.report;

import de.smartregion.compare.Comparison;
import de.smartregion.model.Field;
import de.smartregion.model.Questionnaire;
import de.smartregion.model.Thesis;

/**
 * The ranking as CSV: one row per municipality, written by {@link CsvWriter} (numbers with a dot whatever the
 * locale, text safe from formula injection). Column names are ids, stable for scripts.
 */
public final class ComparisonCsv {

    private ComparisonCsv() {
    }

    public static String write(Comparison c) {
        Questionnaire q = c.questionnaire();
        StringBuilder out = new StringBuilder(64 * (c.ranking().size() + 1));
        CsvWriter csv = new CsvWriter(out);
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
            csv.endRow();
        }
        return out.toString();
    }
}
