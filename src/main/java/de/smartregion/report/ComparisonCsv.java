package de.smartregion.report;

import de.smartregion.compare.Comparison;
import de.smartregion.model.Field;
import de.smartregion.model.Questionnaire;
import de.smartregion.model.Thesis;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The ranking as CSV: one row per municipality, numbers with a dot and at most two decimals whatever the locale,
 * fields quoted per RFC 4180, CRLF line ends. Column names are ids, stable for scripts.
 */
public final class ComparisonCsv {

    private ComparisonCsv() {
    }

    public static String write(Comparison c) {
        Questionnaire q = c.questionnaire();
        StringBuilder out = new StringBuilder(64 * (c.ranking().size() + 1));
        List<String> header = new ArrayList<>(List.of("rank", "id", "name", "period", "state", "type", "population",
                "overall", "stage", "coverage", "percentile"));
        if (c.groupBy() != null) {
            header.add("group");
        }
        for (Field f : q.fields()) {
            header.add(f.id());
        }
        for (Thesis t : q.theses()) {
            header.add("thesis:" + t.id());
        }
        row(out, header);
        List<String> cells = new ArrayList<>();
        for (Comparison.Ranked r : c.ranking()) {
            cells.clear();
            var m = r.row().municipality();
            cells.add(Integer.toString(r.rank()));
            cells.add(m.id());
            cells.add(m.name());
            cells.add(r.row().period());
            cells.add(m.state() == null ? "" : m.state());
            cells.add(m.type() == null ? "" : m.type());
            cells.add(m.population() == null ? "" : Long.toString(m.population()));
            cells.add(number(r.row().overall()));
            cells.add(r.row().stage() == null ? "" : r.row().stage());
            cells.add(number(r.row().coverage()));
            cells.add(number(r.percentile()));
            if (c.groupBy() != null) {
                cells.add(c.groupBy().groupOf(m));
            }
            for (double v : r.row().fields()) {
                cells.add(number(v));
            }
            for (double v : r.row().theses()) {
                cells.add(number(v));
            }
            row(out, cells);
        }
        return out.toString();
    }

    static String number(double v) {
        if (Double.isNaN(v)) {
            return "";
        }
        return BigDecimal.valueOf(JsonNumbers.round(v)).stripTrailingZeros().toPlainString();
    }

    static void row(StringBuilder out, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(quote(cells.get(i)));
        }
        out.append("\r\n");
    }

    /** RFC 4180: quote a field holding a comma, a quote or a line break, doubling its quotes. */
    static String quote(String cell) {
        if (cell.indexOf(',') < 0 && cell.indexOf('"') < 0 && cell.indexOf('\n') < 0 && cell.indexOf('\r') < 0) {
            return cell;
        }
        return '"' + cell.replace("\"", "\"\"") + '"';
    }
}
