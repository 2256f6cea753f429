package de.smartregion.input;

import de.smartregion.text.UserText;

/**
 * A place in an input file, 1-based, as editors show it; in a workbook, a cell of a sheet as spreadsheets name it.
 *
 * @param sheet the worksheet of a workbook (XLSX), null in a text file
 */
public record Location(String file, int line, int column, String sheet) {

    public Location(String file, int line, int column) {
        this(file, line, column, null);
    }

    /** The file as a whole, for problems such as "cannot read" that have no line. */
    public static Location of(String file) {
        return new Location(file, 0, 0);
    }

    /** A cell of a workbook's sheet, its row and column 1-based. */
    public static Location cell(String file, String sheet, int row, int column) {
        return new Location(file, row, column, sheet);
    }

    /**
     * As messages start: {@code file:line:column}, or {@code file.xlsx:Sheet!C12} in a workbook; the names made
     * visible (they may hold a newline).
     */
    @Override
    public String toString() {
        String shown = UserText.visible(file);
        if (line == 0) {
            return shown;
        }
        return sheet == null ? shown + ":" + line + ":" + column
                : shown + ":" + UserText.visible(sheet) + "!" + columnName(column) + line;
    }

    /** A spreadsheet's name of a 1-based column: A … Z, AA … */
    public static String columnName(int column) {
        StringBuilder name = new StringBuilder();
        for (int c = column; c > 0; c = (c - 1) / 26) {
            name.insert(0, (char) ('A' + (c - 1) % 26));
        }
        return name.toString();
    }
}
