package de.smartregion.input;

/**
 * What one pass over a text's characters tells both readers: what refuses the text outright, and what the fast
 * reader needs to know before it starts. A batch reads texts by the million, and a filled-in {@code init} file has
 * 110 KB of characters: each further pass over them costs as much as the parsing.
 *
 * @param nul where the first NUL stands, or -1
 * @param longLine where the first line longer than {@link YamlReader#MAX_LINE} passes the limit, or -1
 * @param blank whether the text holds only the spaces, tabs and line breaks YAML counts as white space (not
 *     String.isBlank, which takes U+3000 and others for blank while YAML reads them as text)
 * @param lines how many lines the line feeds make (one more than there are)
 * @param carriageReturns how many carriage returns stand in the text
 * @param plain whether every character is one the fast reader takes (see {@link FastYaml#plainBeyondAscii})
 * @param replacement whether a U+FFFD stands anywhere, which lenient decoding puts for a bad byte
 */
record TextScan(int nul, int longLine, boolean blank, int lines, int carriageReturns, boolean plain,
                boolean replacement) {

    static TextScan of(char[] chars) {
        int nul = -1;
        int longLine = -1;
        int lineStart = 0;
        int lines = 1;
        boolean blank = true;
        int carriageReturns = 0;
        boolean plain = true;
        boolean replacement = false;
        for (int i = 0; i < chars.length; i++) {
            char ch = chars[i];
            if (ch >= 0x20 && ch < 0x7f) {
                blank &= ch == ' ';
                continue;
            }
            if (ch == '\n') {
                if (longLine < 0 && i - lineStart > YamlReader.MAX_LINE) {
                    longLine = lineStart + YamlReader.MAX_LINE;
                }
                lineStart = i + 1;
                lines++;
                continue;
            }
            if (ch == '\r') {
                carriageReturns++;
                continue;
            }
            blank &= ch == '\t';
            if (ch == '\0' && nul < 0) {
                nul = i;
            }
            plain &= ch >= 0x20 && FastYaml.plainBeyondAscii(ch);
            replacement |= ch == '\uFFFD';
        }
        if (longLine < 0 && chars.length - lineStart > YamlReader.MAX_LINE) {
            longLine = lineStart + YamlReader.MAX_LINE;
        }
        return new TextScan(nul, longLine, blank, lines, carriageReturns, plain, replacement);
    }
}
