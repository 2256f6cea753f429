package de.smartregion.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dhatim.fastexcel.VisibilityState;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.dhatim.fastexcel.reader.SheetVisibility;

/**
 * Fills in a workbook as a respondent would, with the XLSX library: fastexcel cannot edit a file, so the workbook is
 * read cell by cell and written again, sheet names, visibility and cells kept, with the given cells filled in. Cells
 * are addressed by the hidden key of their row and a column (D answer, E target, F note, G evidence; C on the
 * municipality sheet); a value is a string (as typed), a number, a boolean or a {@link Percent}.
 */
final class WorkbookFiller {

    /** A number typed with a percent sign: stored as the fraction, in a percent format, as spreadsheets do. */
    record Percent(double fraction) {
    }

    private WorkbookFiller() {
    }

    static byte[] fill(byte[] workbook, Map<String, Map<Character, Object>> byKey) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Map<String, Map<Character, Object>> left = new HashMap<>(byKey);
        try (ReadableWorkbook in = new ReadableWorkbook(new ByteArrayInputStream(workbook))) {
            Workbook wb = new Workbook(out, "test", "1.0");
            for (Sheet sheet : in.getSheets().toList()) {
                Worksheet ws = wb.newWorksheet(sheet.getName());
                if (sheet.getVisibility() != SheetVisibility.VISIBLE) {
                    ws.setVisibilityState(VisibilityState.HIDDEN);
                }
                List<Row> rows = sheet.read();
                for (Row row : rows) {
                    int r = row.getRowNum() - 1;
                    for (Cell cell : row) {
                        if (cell == null || cell.getType() == CellType.EMPTY) {
                            continue;
                        }
                        int c = cell.getColumnIndex();
                        switch (cell.getType()) {
                            case NUMBER -> ws.value(r, c, cell.asNumber());
                            case BOOLEAN -> ws.value(r, c, cell.asBoolean());
                            default -> ws.value(r, c, cell.getText());
                        }
                    }
                    String key = row.getCellText(0);
                    Map<Character, Object> cells = left.remove(key);
                    if (cells != null) {
                        for (Map.Entry<Character, Object> e : cells.entrySet()) {
                            int c = e.getKey() - 'A';
                            Object v = e.getValue();
                            if (v instanceof String s) {
                                ws.value(r, c, s);
                            } else if (v instanceof Boolean b) {
                                ws.value(r, c, b);
                            } else if (v instanceof Percent p) {
                                ws.value(r, c, p.fraction());
                                ws.style(r, c).format("0%").set();
                            } else {
                                ws.value(r, c, new BigDecimal(v.toString()));
                            }
                        }
                    }
                }
            }
            wb.finish();
        }
        if (!left.isEmpty()) {
            throw new IllegalArgumentException("no rows with keys " + left.keySet());
        }
        return out.toByteArray();
    }
}
