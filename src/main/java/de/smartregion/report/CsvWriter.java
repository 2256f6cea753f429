package de.smartregion.report;

import de.smartregion.model.BidiControls;
import de.smartregion.model.Rounding;

/**
 * Writes CSV the one way every CSV of the tool is written: RFC 4180 quoting, CRLF line ends, numbers with at most two
 * decimals whatever the locale, and text that a spreadsheet cannot run as a formula. The {@link CsvDialect} sets the
 * separator, the decimal character and the byte order mark: by default comma, dot and none (RFC 4180).
 *
 * <p>Text cells are neutralised as OWASP's CSV injection guidance recommends: a cell starting with {@code =},
 * {@code +}, {@code -}, {@code @}, a tab, a carriage return or a line feed gets a leading {@code '} (which makes a
 * spreadsheet take it as text), and is then quoted with its quotes doubled; so does a formula character after a
 * semicolon, tab or line break inside a cell (OWASP's warning about separators). Numbers the tool computed itself
 * are written with {@link #number} and stay numbers, negative ones included; whatever came from an input file (ids,
 * names, states, periods) is text, so "-5" as a name is neutralised but a change of -5 is not.
 */
public final class CsvWriter implements TableSink {

    private final StringBuilder out;
    private final CsvDialect dialect;
    private boolean rowStarted;

    /** RFC 4180: comma, decimal point, no byte order mark. */
    public CsvWriter(StringBuilder out) {
        this(out, CsvDialect.RFC4180);
    }

    /** A CSV in {@code dialect}; its byte order mark, if it has one, is written at once. */
    public CsvWriter(StringBuilder out, CsvDialect dialect) {
        this.out = out;
        this.dialect = dialect;
        if (dialect.bom()) {
            out.append('\uFEFF');
        }
    }

    /**
     * A text cell without direction controls (a spreadsheet shows a cell as reports do), neutralised when a
     * spreadsheet would read it as a formula, quoted where RFC 4180 needs it.
     */
    @Override
    public CsvWriter text(String cell) {
        separate();
        out.append(escape(cell == null ? "" : BidiControls.strip(cell)));
        return this;
    }

    /**
     * A number the tool computed: two decimals at most, HALF_UP, no trailing zeros, the dialect's decimal character
     * and never quoted (a spreadsheet reads it as a number); null (none) is an empty cell.
     */
    @Override
    public CsvWriter number(Double v) {
        separate();
        if (v != null) {
            String plain = Rounding.halfUp(v, JsonNumbers.DECIMALS).stripTrailingZeros().toPlainString();
            out.append(dialect.decimal() == '.' ? plain : plain.replace('.', dialect.decimal()));
        }
        return this;
    }

    /** A whole number the tool holds as such, such as a rank or a population. */
    @Override
    public CsvWriter integer(long v) {
        separate();
        out.append(v);
        return this;
    }

    /** A cell left empty. */
    @Override
    public CsvWriter empty() {
        separate();
        return this;
    }

    /** Ends the row. */
    @Override
    public void endRow() {
        out.append("\r\n");
        rowStarted = false;
    }

    private void separate() {
        if (rowStarted) {
            out.append(dialect.separator());
        }
        rowStarted = true;
    }

    /** The cell as written: neutralised, then quoted when it was changed or holds a special character. */
    static String escape(String cell) {
        String safe = neutralise(cell);
        if (safe.length() == cell.length() && !needsQuotes(cell)) {
            return cell;
        }
        // OWASP: the single quote prepended, the cell wrapped in double quotes, every double quote doubled
        return '"' + safe.replace("\"", "\"\"") + '"';
    }

    /**
     * A {@code '} before a first character from OWASP's list, and before every {@code = + - @} that follows a
     * semicolon, a tab or a line break (spaces between): a spreadsheet that reads the file with another separator,
     * as German defaults take the semicolon, would start a cell there and run the rest as a formula.
     */
    static String neutralise(String cell) {
        StringBuilder out = null;
        boolean cellMayStart = true;
        for (int i = 0; i < cell.length(); i++) {
            char ch = cell.charAt(i);
            if (i == 0 ? isTrigger(ch) : cellMayStart && isFormulaStart(ch)) {
                if (out == null) {
                    out = new StringBuilder(cell.length() + 4).append(cell, 0, i);
                }
                out.append('\'');
            }
            if (out != null) {
                out.append(ch);
            }
            if (ch == ';' || ch == '\t' || ch == '\r' || ch == '\n') {
                cellMayStart = true;
            } else if (ch != ' ') {
                cellMayStart = false;
            }
        }
        return out == null ? cell : out.toString();
    }

    /** The first characters that make Excel, LibreOffice or Google Sheets evaluate a cell (OWASP's list). */
    static boolean isTrigger(char ch) {
        return isFormulaStart(ch) || ch == '\t' || ch == '\r' || ch == '\n';
    }

    private static boolean isFormulaStart(char ch) {
        return ch == '=' || ch == '+' || ch == '-' || ch == '@';
    }

    /**
     * RFC 4180 quotes a field holding the separator, a quote or a line break; the other dialect's separator (comma or
     * semicolon) and a tab are quoted too, so that a reader splitting on those as well (LibreOffice lets one tick
     * several separators) keeps the cell whole. The rule is thus the same in every dialect.
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
