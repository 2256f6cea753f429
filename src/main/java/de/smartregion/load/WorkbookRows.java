package de.smartregion.load;

import de.smartregion.input.Location;
import de.smartregion.input.Problems;
import de.smartregion.input.WorkbookLayout;
import de.smartregion.input.Xlsx.XlsxCell;
import de.smartregion.input.Xlsx.XlsxSheet;
import de.smartregion.input.YamlReader;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The keyed rows of a filled-in workbook, found by the hidden first column of its visible sheets: each with where
 * it stands and its cells by column. A key found twice (a copied row) is a problem at the copy.
 */
final class WorkbookRows {

    /** A cell with the place it stands. */
    record Placed(XlsxCell cell, Location at) {
        String text() {
            return cell.text().strip();
        }
    }

    /** A keyed row: where its key stands, and its cells by column. */
    record KeyedRow(Location at, Map<Integer, Placed> cells) {
        /** The cell in {@code column}; null when it is empty. */
        Placed cell(int column) {
            Placed p = cells.get(column);
            return p == null || p.text().isEmpty() && p.cell().number() == null && p.cell().truth() == null ? null
                    : p;
        }

        Location at(int column) {
            return new Location(at.file(), at.line(), column, at.sheet());
        }
    }

    private final Map<String, KeyedRow> rows = new LinkedHashMap<>();

    WorkbookRows(String file, List<XlsxSheet> sheets, Problems problems) {
        for (XlsxSheet sheet : sheets) {
            if (sheet.name().equals(WorkbookLayout.MARKER_SHEET) || sheet.name().equals(WorkbookLayout.LISTS_SHEET)) {
                continue;
            }
            boolean questions = sheet.rows().stream().anyMatch(r -> r.get(0).column() == WorkbookLayout.KEY
                    && r.get(0).row() > 1 && WorkbookLayout.Key.parse(r.get(0).text()) != null);
            for (List<XlsxCell> row : sheet.rows()) {
                XlsxCell first = row.get(0);
                if (first.row() == 1) {
                    continue;
                }
                if (first.column() != WorkbookLayout.KEY || first.isBlank()) {
                    // an answer in a row whose hidden key was cleared, or in a row inserted: it would be lost
                    XlsxCell answered = questions ? row.stream().filter(c -> c.column() >= WorkbookLayout.ANSWER
                            && c.column() <= WorkbookLayout.EVIDENCE && !c.isBlank()).findFirst().orElse(null) : null;
                    if (answered != null) {
                        problems.add(Location.cell(file, sheet.name(), answered.row(), answered.column()),
                                "workbook.key-missing", Location.cell(file, sheet.name(), answered.row(),
                                        WorkbookLayout.KEY).toString());
                    }
                    continue;
                }
                Map<Integer, Placed> cells = new HashMap<>();
                for (XlsxCell c : row) {
                    Location at = Location.cell(file, sheet.name(), c.row(), c.column());
                    YamlReader.refuseControlCharacter(at, c.text(), problems);
                    cells.put(c.column(), new Placed(c, at));
                }
                String key = first.text().strip();
                KeyedRow keyed = new KeyedRow(Location.cell(file, sheet.name(), first.row(), first.column()), cells);
                KeyedRow before = rows.putIfAbsent(key, keyed);
                if (before != null) {
                    problems.add(keyed.at(), "workbook.key-twice", key, before.at().toString());
                }
            }
        }
    }

    /** The row of {@code key}, or null. */
    KeyedRow get(String key) {
        return rows.get(key);
    }

    KeyedRow get(WorkbookLayout.Key key) {
        return rows.get(key.text());
    }

    /** Every key found, in the order of the workbook. */
    Iterable<String> keys() {
        return rows.keySet();
    }
}
