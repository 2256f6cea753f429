package de.smartregion.report;

/**
 * How a CSV is laid out for its reader. {@link #RFC4180} is for machines: comma, decimal point, no byte order mark.
 * {@link #EXCEL_DE} is for a spreadsheet with German settings opened by double-click (Excel, LibreOffice): semicolon,
 * decimal comma, and a UTF-8 byte order mark so that umlauts are read as UTF-8. Both end lines with CRLF, quote as
 * RFC 4180 does and neutralise formulas alike.
 */
public enum CsvDialect {
    RFC4180("rfc4180", ',', '.', false),
    EXCEL_DE("excel-de", ';', ',', true);

    private final String id;
    private final char separator;
    private final char decimal;
    private final boolean bom;

    CsvDialect(String id, char separator, char decimal, boolean bom) {
        this.id = id;
        this.separator = separator;
        this.decimal = decimal;
        this.bom = bom;
    }

    /** The name on the command line, e.g. "excel-de". */
    public String id() {
        return id;
    }

    /** The character between the cells of a row. */
    public char separator() {
        return separator;
    }

    /** The character before a number's decimals. */
    public char decimal() {
        return decimal;
    }

    /** Whether the file starts with a UTF-8 byte order mark. */
    public boolean bom() {
        return bom;
    }

    /** The dialect named {@code id} exactly, or null for none. */
    public static CsvDialect parse(String id) {
        for (CsvDialect d : values()) {
            if (d.id.equals(id)) {
                return d;
            }
        }
        return null;
    }
}
