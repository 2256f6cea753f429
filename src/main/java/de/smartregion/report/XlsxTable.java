package de.smartregion.report;

import de.smartregion.model.BidiControls;
import org.dhatim.fastexcel.Worksheet;

/**
 * A table on a workbook's sheet: numbers as numbers (rounded as in CSV and JSON, shown with the decimals they have),
 * ids and names as text, so that a municipality key with leading zeros stays one; the first row is the header, set
 * in bold and frozen, and columns are as wide as their widest cell.
 */
final class XlsxTable implements TableSink {

    private static final int MAX_WIDTH = 60;

    private final Worksheet ws;
    private final int[] widths = new int[256];
    private int row;
    private int column;

    XlsxTable(Worksheet ws) {
        this.ws = ws;
    }

    @Override
    public XlsxTable text(String cell) {
        String text = cell == null ? "" : BidiControls.strip(cell);
        if (!text.isEmpty()) {
            ws.value(row, column, text);
        }
        if (row == 0) {
            ws.style(row, column).bold().fillColor("DDE5F0").set();
        }
        return advance(text.length());
    }

    @Override
    public XlsxTable number(Double v) {
        if (v != null) {
            // the General format: already rounded to two decimals, shown as they are (80, not "80.")
            ws.value(row, column, JsonNumbers.round(v));
        }
        return advance(v == null ? 0 : 6);
    }

    @Override
    public XlsxTable integer(long v) {
        ws.value(row, column, v);
        return advance(Long.toString(v).length());
    }

    @Override
    public XlsxTable empty() {
        return advance(0);
    }

    @Override
    public void endRow() {
        row++;
        column = 0;
    }

    private XlsxTable advance(int length) {
        if (column < widths.length) {
            widths[column] = Math.max(widths[column], length);
        }
        column++;
        return this;
    }

    /** Fixes what only the whole table tells: the column widths; and freezes the header. */
    void finish() {
        for (int c = 0; c < widths.length && widths[c] > 0; c++) {
            ws.width(c, Math.min(MAX_WIDTH, widths[c] + 2));
        }
        ws.freezePane(0, 1);
    }
}
