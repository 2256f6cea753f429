package de.smartregion.input;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The rows of a CSV file, one at a time, each cell with the line and column it starts at: RFC 4180 with either
 * separator, quoted fields with doubled quotes and line breaks inside. Reading row by row keeps a survey of a
 * million lines from being held twice over; only the decoded text is.
 *
 * <p>The separator is the one an Excel {@code sep=X} first line names, else a semicolon when the header line has more
 * semicolons than commas (as German spreadsheets export), else a comma. The text is UTF-8, UTF-16 or Windows-1252
 * (see {@link #decode}), or in the encoding the user names; a byte it cannot read is reported where it stands.
 */
public final class SurveyCsv {

    /**
     * More cells in one row than a spreadsheet has columns (Excel: 16,384) is no survey export; reading stops there
     * rather than hold them all.
     */
    static final int MAX_CELLS = 16_384;

    /** Excel's first line naming the separator; re-saved files may carry empty cells after it. */
    private static final Pattern SEP_LINE = Pattern.compile("sep=([^\"\r\n])\\1*(\r\n|\r|\n|$)");

    /** A cell with the place it starts, for messages; in a workbook's sheet, its row and column there. */
    public record Cell(String text, int line, int column, String sheet) {
        public Cell(String text, int line, int column) {
            this(text, line, column, null);
        }

        public boolean isBlank() {
            return text.isBlank();
        }

        public Location at(String file) {
            return new Location(file, line, column, sheet);
        }
    }

    private final String file;
    private final String text;
    private final char separator;
    private int pos;
    private int line = 1;
    private int column = 1;
    private boolean done;

    private SurveyCsv(String file, String text, char separator, int pos, int line) {
        this.file = file;
        this.text = text;
        this.separator = separator;
        this.pos = pos;
        this.line = line;
    }

    /** The file ready to read from its first row, or null with the problem added when it cannot be decoded. */
    public static SurveyCsv open(String file, byte[] bytes, Problems problems) {
        return open(file, bytes, null, problems);
    }

    /** @param encoding the file's encoding as the user gives it; null to tell it from the bytes */
    public static SurveyCsv open(String file, byte[] bytes, Charset encoding, Problems problems) {
        String text = decode(file, bytes, encoding, problems);
        if (text == null) {
            return null;
        }
        Matcher sep = SEP_LINE.matcher(text);
        if (sep.lookingAt()) {
            return new SurveyCsv(file, text, sep.group(1).charAt(0), sep.end(), 2);
        }
        return new SurveyCsv(file, text, guessSeparator(text), 0, 1);
    }

    public char separator() {
        return separator;
    }

    /**
     * The next row, or null at the end of the file; blank lines are no rows. A quote left open at the end of the
     * file, and a row of more than {@link #MAX_CELLS} cells, are problems that end the reading.
     */
    public List<Cell> next(Problems problems) {
        if (done) {
            return null;
        }
        List<Cell> row = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        int cellLine = line;
        int cellColumn = column;
        boolean quoted = false;
        boolean any = false;
        while (pos < text.length()) {
            char ch = text.charAt(pos);
            if (quoted) {
                pos++;
                if (ch == '"') {
                    if (pos < text.length() && text.charAt(pos) == '"') {
                        cell.append('"');
                        pos++;
                        column += 2;
                    } else {
                        quoted = false;
                        column++;
                    }
                } else if (ch == '\n' || ch == '\r') {
                    cell.append(ch);
                    if (ch == '\r' && pos < text.length() && text.charAt(pos) == '\n') {
                        cell.append('\n');
                        pos++;
                    }
                    line++;
                    column = 1;
                } else {
                    cell.append(ch);
                    column++;
                }
            } else if (ch == '"' && cell.length() == 0) {
                quoted = true;
                any = true;
                pos++;
                column++;
            } else if (ch == separator) {
                row.add(new Cell(cell.toString(), cellLine, cellColumn));
                if (row.size() > MAX_CELLS) {
                    return tooWide(problems, cellLine, cellColumn);
                }
                cell.setLength(0);
                pos++;
                column++;
                cellLine = line;
                cellColumn = column;
                any = true;
            } else if (ch == '\n' || ch == '\r') {
                pos++;
                if (ch == '\r' && pos < text.length() && text.charAt(pos) == '\n') {
                    pos++;
                }
                line++;
                column = 1;
                if (any || cell.length() > 0) {
                    row.add(new Cell(cell.toString(), cellLine, cellColumn));
                    return row;
                }
                cellLine = line;
                cellColumn = column;
            } else {
                cell.append(ch);
                any = true;
                pos++;
                column++;
            }
        }
        done = true;
        if (quoted) {
            problems.add(new Location(file, cellLine, cellColumn), "survey.quote-open");
            return null;
        }
        if (any || cell.length() > 0) {
            row.add(new Cell(cell.toString(), cellLine, cellColumn));
            return row;
        }
        return null;
    }

    private List<Cell> tooWide(Problems problems, int atLine, int atColumn) {
        problems.add(new Location(file, atLine, atColumn), "survey.too-wide", MAX_CELLS);
        done = true;
        return null;
    }

    /** Semicolon when the header line has more semicolons than commas, as German exports do. */
    private static char guessSeparator(String text) {
        long semicolons = 0;
        long commas = 0;
        long tabs = 0;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (ch == '\n' || ch == '\r') {
                break;
            }
            semicolons += ch == ';' ? 1 : 0;
            commas += ch == ',' ? 1 : 0;
            tabs += ch == '\t' ? 1 : 0;
        }
        // Excel's "Unicode text" is UTF-16 with tabs
        return tabs > semicolons && tabs > commas ? '\t' : semicolons > commas ? ';' : ',';
    }

    /**
     * The text without its byte order mark, or null when a byte is not UTF-8: then the problem names the byte and
     * stands at the line and column where that character would be, counted as the rows are.
     */
    /** German Excel's "CSV (Trennzeichen-getrennt)": Windows-1252, the likeliest encoding of a file not in UTF-8. */
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    /**
     * The text of the file: in the encoding given, else the one its byte order mark names (UTF-8, UTF-16), else
     * UTF-16 when every other byte is zero, else UTF-8, else Windows-1252. Null with the problem added at the first
     * byte that the encoding cannot read, when it was given or named by a byte order mark, or when neither UTF-8 nor
     * Windows-1252 can read the file.
     */
    private static String decode(String file, byte[] bytes, Charset given, Problems problems) {
        Charset marked = bom(bytes);
        Charset charset = given != null ? given : marked != null ? marked : utf16(bytes);
        if (charset != null) {
            return decode(file, bytes, charset, true, problems);
        }
        Problems utf8 = new Problems();
        String text = decode(file, bytes, StandardCharsets.UTF_8, true, utf8);
        if (text != null) {
            return text;
        }
        text = decode(file, bytes, WINDOWS_1252, false, new Problems());
        if (text == null) {
            utf8.list().forEach(p -> problems.add(p.location(), p.key(), p.args().toArray()));
        }
        return text;
    }

    private static Charset bom(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xff) == 0xEF && (b[1] & 0xff) == 0xBB && (b[2] & 0xff) == 0xBF) {
            return StandardCharsets.UTF_8;
        }
        if (b.length >= 2 && (b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xFE) {
            return StandardCharsets.UTF_16LE;
        }
        if (b.length >= 2 && (b[0] & 0xff) == 0xFE && (b[1] & 0xff) == 0xFF) {
            return StandardCharsets.UTF_16BE;
        }
        return null;
    }

    /** UTF-16 without a byte order mark, as text of Latin letters shows it: a zero byte beside each letter. */
    private static Charset utf16(byte[] b) {
        int n = Math.min(b.length, 64) & ~1;
        if (n < 4) {
            return null;
        }
        int evenZero = 0;
        int oddZero = 0;
        for (int i = 0; i < n; i += 2) {
            evenZero += b[i] == 0 ? 1 : 0;
            oddZero += b[i + 1] == 0 ? 1 : 0;
        }
        int pairs = n / 2;
        return oddZero == pairs && evenZero == 0 ? StandardCharsets.UTF_16LE
                : evenZero == pairs && oddZero == 0 ? StandardCharsets.UTF_16BE : null;
    }

    private static String decode(String file, byte[] bytes, Charset charset, boolean report, Problems problems) {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1); // none of these gives more chars than bytes
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        out.flip();
        int start = out.length() > 0 && out.charAt(0) == '\uFEFF' ? 1 : 0;
        if (result.isError()) {
            if (report) {
                String before = out.subSequence(start, out.length()).toString();
                String bad = String.format(Locale.ROOT, "0x%02X", bytes[in.position()] & 0xff);
                if (charset.equals(StandardCharsets.UTF_8)) {
                    problems.add(locate(file, before), "survey.not-utf8", bad);
                } else {
                    problems.add(locate(file, before), "survey.not-charset", bad, charset.name());
                }
            }
            return null;
        }
        return out.subSequence(start, out.length()).toString();
    }

    /** Where the character after {@code before} stands, line breaks counted as {@link #next} counts them. */
    private static Location locate(String file, String before) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < before.length(); i++) {
            char ch = before.charAt(i);
            if (ch == '\n' || ch == '\r' && (i + 1 == before.length() || before.charAt(i + 1) != '\n')) {
                line++;
                lineStart = i + 1;
            }
        }
        return new Location(file, line, before.length() - lineStart + 1);
    }
}
