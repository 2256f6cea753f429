package de.smartregion.report;

import de.smartregion.compare.Comparison;
import de.smartregion.compare.Trend;
import de.smartregion.xlsx.XlsxArchive;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Comparisons and trends as workbooks: one sheet per table, the same columns as the CSV (ids as column names, stable
 * for scripts), numbers as numbers, ids as text; the same bytes for the same input.
 */
public final class TablesXlsx {

    private TablesXlsx() {
    }

    /** Sheets: ranking, statistics, and with peer groups the statistics per group. */
    public static byte[] write(Comparison c) {
        return workbook(wb -> {
            table(wb, "ranking", sink -> ComparisonCsv.ranking(c, sink));
            table(wb, "statistics", sink -> ComparisonCsv.statistics(c.statistics(), null, sink, true));
            if (c.groupBy() != null) {
                table(wb, "groups", sink -> {
                    boolean header = true;
                    for (Comparison.Group g : c.groups().values()) {
                        ComparisonCsv.statistics(g.statistics(), g.name(), sink, header);
                        header = false;
                    }
                });
            }
        });
    }

    /** One sheet: a row per municipality and period. */
    public static byte[] write(Trend trend, List<String> fieldIds, List<String> thesisIds) {
        return workbook(wb -> table(wb, "trend", sink -> TrendCsv.table(trend, fieldIds, thesisIds, sink)));
    }

    private interface Sheets {
        void write(Workbook wb);
    }

    private interface Table {
        void write(TableSink sink);
    }

    private static void table(Workbook wb, String name, Table table) {
        Worksheet ws = wb.newWorksheet(name);
        XlsxTable sink = new XlsxTable(ws);
        table.write(sink);
        sink.finish();
    }

    private static byte[] workbook(Sheets sheets) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Workbook wb = new Workbook(out, "smartregion", "1.0");
            sheets.write(wb);
            wb.finish();
        } catch (IOException e) {
            throw new UncheckedIOException("writing a workbook to memory", e);
        }
        return XlsxArchive.corrected(out.toByteArray());
    }
}
