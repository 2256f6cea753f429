package de.smartregion.report;

/**
 * Where a table of numbers is written cell by cell, row by row: CSV text ({@link CsvWriter}) or a workbook's sheet
 * ({@link XlsxTable}), so that both formats hold the same columns from one piece of code.
 */
public interface TableSink {

    /** A text cell: ids, names, labels; never read as a number or a formula. */
    TableSink text(String cell);

    /** A number the tool computed; null is an empty cell. */
    TableSink number(Double v);

    /** A whole number, such as a rank or a population. */
    TableSink integer(long v);

    /** A cell left empty. */
    TableSink empty();

    /** Ends the row. */
    void endRow();
}
