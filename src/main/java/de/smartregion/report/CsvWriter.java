package de.smartregion.report;

import java.math.BigDecimal;

/**
 * Writes CSV the one way every CSV of the tool is written: RFC 4180 quoting, CRLF line ends, numbers with a dot and
 * at most two decimals whatever the locale, and text that a spreadsheet cannot run as a formula.
 *
 * <p>Text cells are neutralised as OWASP's CSV injection guidance recommends: a cell starting with {@code =},
 * {@code +}, {@code -}, {@code @}, a tab, a carriage return or a line feed gets a leading {@code '} (which
 * spreadsheets take as "this is text" and do not show), and is then quoted with its quotes doubled. Numbers the
 * tool computed itself are written with {@link #number} and stay numbers, negative ones included; whatever came from
 * an input file (ids, names, states, periods) is text, so "-5" as a name is neutralised but a change of -5 is not.
 */
public final class CsvWriter {

    private final StringBuilder out;
    private boolean rowStarted;

    public CsvWriter(StringBuilder out) {
        this.out = out;
    }

    /** A text cell: neutralised when a spreadsheet would read it as a formula, quoted where RFC 4180 needs it. */
    public CsvWriter text(String cell) {
        separate();
        out.append(escape(cell == null ? "" : cell));
        return this;
    }

    /** A number the tool computed: two decimals at most, HALF_UP, no trailing zeros; NaN is an empty cell. */
    public CsvWriter number(double v) {
        separate();
        if (!Double.isNaN(v)) {
            out.append(BigDecimal.valueOf(JsonNumbers.round(v)).stripTrailingZeros().toPlainString());
        }
        return this;
    }

    /** A whole number the tool holds as such, such as a rank or a population. */
    public CsvWriter integer(long v) {
        separate();
        out.append(v);
        return this;
    }

    /** A cell left empty. */
    public CsvWriter empty() {
        separate();
        return this;
    }

    /** Ends the row. */
    public void endRow() {
        out.append("\r\n");
        rowStarted = false;
    }

    private void separate() {
        if (rowStarted) {
            out.append(',');
        }
        rowStarted = true;
    }

    /** The cell as written: with {@code '} before a formula trigger, and quoted when it holds a special character. */
    static String escape(String cell) {
        boolean formula = !cell.isEmpty() && isTrigger(cell.charAt(0));
        if (!formula && !needsQuotes(cell)) {
            return cell;
        }
        // OWASP: prepend a single quote, wrap in double quotes, double every double quote
        return '"' + (formula ? "'" : "") + cell.replace("\"", "\"\"") + '"';
    }

    /** The first characters that make Excel, LibreOffice or Google Sheets evaluate a cell (OWASP's list). */
    static boolean isTrigger(char ch) {
        return ch == '=' || ch == '+' || ch == '-' || ch == '@' || ch == '\t' || ch == '\r' || ch == '\n';
    }

    /**
     * RFC 4180 quotes a field holding the separator, a quote or a line break; a semicolon or a tab is quoted too, as
     * a spreadsheet set to German defaults may take either for the separator.
     */
    private static boolean needsQuotes(String cell) {
        for (int i = 0; i < cell.length(); i++) {
            char ch = cell.charAt(i);
            if (ch == ',' || ch == '"' || ch == '\n' || ch == '\r' || ch == ';' || ch == '\t') {
                return true;
            }
        }
        return false;
    }
}
