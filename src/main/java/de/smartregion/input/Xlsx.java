package de.smartregion.input;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.SheetVisibility;

/**
 * The cells of an XLSX workbook (Excel, LibreOffice, Microsoft Forms' export), read with fastexcel into plain values
 * with their sheet and address. The file is already within the input size limit; what it unpacks to is bounded as
 * well, so that a small file of highly compressed zeros (a zip bomb) is refused before it is unpacked.
 */
public final class Xlsx {

    /** What the parts of a workbook may unpack to, together: a filled-in questionnaire is well under 1 MB. */
    public static final long MAX_UNPACKED_BYTES = 64L * 1024 * 1024;

    /** At most this many rows per sheet are read: a survey export is refused above 10,000 respondents anyway. */
    public static final int MAX_ROWS = 20_000;

    /**
     * One cell: its text as shown, and its number or truth value where the cell holds one.
     *
     * @param percent whether the number is shown as a percentage (30 % typed is stored as 0.3)
     */
    public record XlsxCell(int row, int column, String text, BigDecimal number, Boolean truth, boolean percent) {
        public XlsxCell(int row, int column, String text, BigDecimal number, Boolean truth) {
            this(row, column, text, number, truth, false);
        }

        public boolean isBlank() {
            return text.isBlank();
        }
    }

    /** A sheet's name, whether it is visible, and its non-empty cells, row by row. */
    public record XlsxSheet(String name, boolean visible, List<List<XlsxCell>> rows) {
        public XlsxSheet {
            rows = List.copyOf(rows);
        }
    }

    private Xlsx() {
    }

    /** Whether the bytes start as a zip archive does, as every XLSX file does. */
    public static boolean isXlsx(byte[] bytes) {
        return bytes.length >= 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4;
    }

    /** Whether the bytes start as Excel 97-2003's files (OLE2 compound documents, .xls) do. */
    public static boolean isOle2(byte[] bytes) {
        return bytes.length >= 8 && (bytes[0] & 0xff) == 0xD0 && (bytes[1] & 0xff) == 0xCF && (bytes[2] & 0xff) == 0x11
                && (bytes[3] & 0xff) == 0xE0;
    }

    /** Every sheet of the workbook; null with the problem added when the file is no readable workbook. */
    public static List<XlsxSheet> read(String file, byte[] bytes, Problems problems) {
        try {
            XlsxGuard.Refusal refusal = XlsxGuard.check(bytes);
            if (refusal != null) {
                problems.add(Location.of(file), refusal.key(), refusal.args());
                return null;
            }
        } catch (IOException | RuntimeException e) {
            problems.add(Location.of(file), "xlsx.unreadable", String.valueOf(e.getMessage()));
            return null;
        }
        List<XlsxSheet> sheets = new ArrayList<>();
        // with the cells' formats: a percentage is stored as a fraction and told only by its format
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(bytes),
                new ReadingOptions(true, false))) {
            for (org.dhatim.fastexcel.reader.Sheet sheet : wb.getSheets().toList()) {
                List<List<XlsxCell>> rows = new ArrayList<>();
                try (var stream = sheet.openStream()) {
                    for (Row row : (Iterable<Row>) stream::iterator) {
                        if (rows.size() == MAX_ROWS) {
                            problems.add(Location.cell(file, sheet.getName(), row.getRowNum(), 1),
                                    "xlsx.too-many-rows", MAX_ROWS);
                            return null;
                        }
                        List<XlsxCell> cells = new ArrayList<>();
                        for (Cell cell : row) {
                            if (cell != null && cell.getType() != CellType.EMPTY) {
                                cells.add(cell(row.getRowNum(), cell));
                            }
                        }
                        if (!cells.isEmpty()) {
                            rows.add(cells);
                        }
                    }
                }
                sheets.add(new XlsxSheet(sheet.getName(), sheet.getVisibility() == SheetVisibility.VISIBLE, rows));
            }
        } catch (IOException | RuntimeException e) {
            // fastexcel reports a damaged part as an unchecked exception of its own; either way the file is unusable
            problems.add(Location.of(file), "xlsx.unreadable", String.valueOf(e.getMessage()));
            return null;
        }
        return sheets;
    }

    private static XlsxCell cell(int row, Cell cell) {
        int column = cell.getColumnIndex() + 1;
        String raw = cell.getRawValue() == null ? "" : cell.getRawValue();
        return switch (cell.getType()) {
            case NUMBER -> new XlsxCell(row, column, cell.asNumber().stripTrailingZeros().toPlainString(),
                    cell.asNumber(), null, cell.getDataFormatString() != null
                    && cell.getDataFormatString().contains("%")); // XlsxGuard has bounded digits and exponent
            // as a spreadsheet shows it, not as it stores it (1, 0)
            case BOOLEAN -> new XlsxCell(row, column, Boolean.TRUE.equals(cell.asBoolean()) ? "TRUE" : "FALSE", null,
                    cell.asBoolean());
            case STRING -> new XlsxCell(row, column, cell.asString() == null ? "" : cell.asString(), null, null);
            // a formula's cached result is what the user sees; an error cell shows its code (#N/A)
            case FORMULA, ERROR, EMPTY -> new XlsxCell(row, column, cell.getText() == null ? raw : cell.getText(),
                    null, null);
        };
    }
}
