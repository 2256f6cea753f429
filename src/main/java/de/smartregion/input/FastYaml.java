package de.smartregion.input;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A fast reader for the plain YAML that answer files are made of: block mappings and sequences (indentless ones too,
 * as PyYAML and ruamel write them), one-line flow collections, plain and quoted scalars (folded over several lines
 * too, as PyYAML, ruamel and Jackson write long texts), comments, LF or CRLF line endings. It builds exactly the
 * tree, with exactly the locations, that the full YAML parser builds (a test compares the two on every file it can
 * find, and on files in every style that people and tools write), at a fraction of the cost, which is what makes
 * comparing a hundred thousand files fast.
 *
 * <p>Anything outside that subset (anchors, tags, block scalars beyond clipped and stripped ones or ending the file
 * without a line break, multi-line flow collections, continuation lines that might mean more than text, rare
 * escapes, lone carriage returns, tabs, spaces other than U+0020 and invisible characters, several documents,
 * scalars such as {@code 0x1F}, {@code 1:30} or {@code 1e3}, keys and plain scalars near YAML's 1024-character
 * limits, nesting at the depth limit) makes it give up and return null; the caller then uses the full parser, which
 * also reports every syntax error. So this class never decides that a file is wrong, except for duplicate keys,
 * which it reports as the full path does. Giving up is always safe; imitating the full parser where it is subtle is
 * not.
 */
final class FastYaml {

    private static final Set<String> BOOLEANS = Set.of("true", "True", "TRUE", "false", "False", "FALSE", "yes",
            "Yes", "YES", "no", "No", "NO", "on", "On", "ON", "off", "Off", "OFF");
    private static final Set<String> NULLS = Set.of("null", "Null", "NULL", "~");

    /** Thrown to abandon the fast path; cheap because it carries no stack trace. */
    private static final class Unsupported extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Unsupported() {
            super(null, null, false, false);
        }
    }

    private static final Unsupported UNSUPPORTED = new Unsupported();

    /**
     * How many texts this reader has left to the full parser since the JVM started, for tests and benchmarks to see
     * which files take the slow path; counted only when one does, so the fast path pays nothing for it.
     */
    private static final AtomicLong FALLBACKS = new AtomicLong();

    /**
     * The full parser takes no implicit key longer than 1024 characters and resolves no plain scalar that long as
     * a number; well before either, this reader leaves the text to it.
     */
    private static final int MAX_PLAIN = 1000;

    /**
     * Stand-ins for whole comment lines, by indent: the spaces and the "#". A filled-in {@code init} file is mostly
     * comments (some 1,500 lines of 110 KB), which the tree never needs; only a block or quoted scalar's content can
     * hold such a line, and takes its text from {@link #line(int)}.
     */
    private static final String[] COMMENT_LINES = commentLines(32);

    private final String file;
    private final String text;
    private final String[] lines;
    /** Where each line starts and ends in the text, its line break (LF or CRLF) left out. */
    private final int[] starts;
    private final int[] ends;
    /** How many lines end in CRLF: the full parser reads CRLF as LF, at the same line and column. */
    private int crlf;
    private final List<Problem> problems = new ArrayList<>();
    private int row;

    private FastYaml(String file, String text, char[] chars, int count) {
        this.file = file;
        this.text = text;
        lines = new String[count];
        starts = new int[count];
        ends = new int[count];
        int n = 0;
        int from = 0;
        for (int i = 0; i <= chars.length; i++) {
            if (i < chars.length && chars[i] != '\n') {
                continue;
            }
            int end = i;
            if (i < chars.length && end > from && chars[end - 1] == '\r') {
                end--;
                crlf++;
            }
            int in = 0;
            while (from + in < end && chars[from + in] == ' ') {
                in++;
            }
            boolean comment = from + in < end && chars[from + in] == '#' && in < COMMENT_LINES.length;
            lines[n] = comment ? COMMENT_LINES[in] : text.substring(from, end);
            starts[n] = from;
            ends[n++] = end;
            from = i + 1;
        }
    }

    private static String[] commentLines(int indents) {
        String[] comments = new String[indents];
        for (int i = 0; i < indents; i++) {
            comments[i] = " ".repeat(i) + "#";
        }
        return comments;
    }

    /** The text of line {@code n}, a comment line's included, for a scalar's content. */
    private String line(int n) {
        String line = lines[n];
        int in = line.length() - 1;
        return in >= 0 && in < COMMENT_LINES.length && line == COMMENT_LINES[in]
                ? text.substring(starts[n], ends[n]) : line;
    }

    /** The tree of {@code text}, or null when it uses YAML beyond the subset; problems go to {@code problems}. */
    static Node parse(String file, String text, Problems problems) {
        char[] chars = text.toCharArray();
        return parse(file, text, chars, TextScan.of(chars), problems);
    }

    /** As {@link #parse(String, String, Problems)}, with the text's characters and their scan at hand. */
    static Node parse(String file, String text, char[] chars, TextScan scan, Problems problems) {
        Node root = tryParse(file, text, chars, scan, problems);
        if (root == null) {
            FALLBACKS.incrementAndGet();
        }
        return root;
    }

    /** How many texts {@link #parse} has given up on so far. */
    static long fallbacks() {
        return FALLBACKS.get();
    }

    private static Node tryParse(String file, String text, char[] chars, TextScan scan, Problems problems) {
        if (!scan.plain()) {
            return null;
        }
        FastYaml parser = new FastYaml(file, text, chars, scan.lines());
        if (parser.crlf != scan.carriageReturns()) {
            return null; // a carriage return that ends no line: the full parser counts it as a line break
        }
        try {
            parser.skipBlank();
            if (parser.row >= parser.lines.length) {
                return null;
            }
            int indent = indent(parser.lines[parser.row]);
            if (indent != 0) {
                return null;
            }
            Node root = parser.block(0, 0);
            parser.skipBlank();
            if (parser.row < parser.lines.length) {
                return null;
            }
            for (Problem p : parser.problems) {
                problems.add(p.location(), p.key(), p.args().toArray());
            }
            return root;
        } catch (Unsupported e) {
            return null;
        }
    }

    /**
     * No tabs, lone carriage returns or characters YAML forbids, and no character beyond ASCII that Java might take
     * for a space where YAML does not, or that cannot be seen: those are for the full parser to judge. This is
     * {@code ch >= 0x7f && ch <= 0x9f || unusual(ch)} negated, without the character database for Latin-1 and for
     * the dashes, quotes and ellipsis of U+2010 to U+2027, which German text is full of (FastYamlTest holds the two
     * to agree on every char). Not for ASCII.
     */
    static boolean plainBeyondAscii(char ch) {
        if (ch <= 0xff) {
            return ch > 0x9f && ch != 0xa0 && ch != 0xad;
        }
        return ch >= 0x2010 && ch <= 0x2027 || !unusual(ch);
    }

    /**
     * Spaces other than U+0020 (which String.strip and isBlank would remove but YAML keeps as text), line and
     * paragraph separators, invisible format characters such as U+200B or U+FEFF, surrogates (columns count code
     * points in the full parser) and the non-characters U+FFFE and U+FFFF.
     */
    static boolean unusual(char ch) {
        if (ch >= 0xd800 && ch <= 0xdfff || ch >= 0xfffe || Character.isWhitespace(ch) || Character.isSpaceChar(ch)) {
            return true;
        }
        int type = Character.getType(ch);
        return type == Character.FORMAT || type == Character.CONTROL;
    }

    private static int indent(String line) {
        int i = 0;
        while (i < line.length() && line.charAt(i) == ' ') {
            i++;
        }
        return i;
    }

    /** Whether a line holds nothing but spaces and perhaps a comment. */
    private static boolean blank(String line) {
        int i = indent(line);
        return i == line.length() || line.charAt(i) == '#';
    }

    private void skipBlank() {
        while (row < lines.length && blank(lines[row])) {
            row++;
        }
    }

    private Location at(int line, int column) {
        return new Location(file, line + 1, column + 1);
    }

    /** A block collection whose first line is the current row, indented by {@code indent}. */
    private Node block(int indent, int depth) {
        if (depth >= YamlReader.MAX_DEPTH) {
            throw UNSUPPORTED; // its entries or items would lie deeper than the limit, which the full parser reports
        }
        String line = lines[row];
        if (dash(line, indent)) {
            return sequence(indent, depth, false);
        }
        return mapping(indent, depth, false);
    }

    /** Whether a block sequence's "-" stands at {@code indent}, alone or followed by a space. */
    private static boolean dash(String line, int indent) {
        return line.startsWith("-", indent) && (line.length() == indent + 1 || line.charAt(indent + 1) == ' ');
    }

    /**
     * A block mapping whose keys stand at column {@code indent}; with {@code inline}, its first key stands on the
     * current row after a sequence's "- ".
     */
    private Node mapping(int indent, int depth, boolean inline) {
        if (depth >= YamlReader.MAX_DEPTH) {
            throw UNSUPPORTED;
        }
        Location start = at(row, indent);
        List<Node.Entry> entries = new ArrayList<>();
        Map<String, Location> seen = new HashMap<>();
        boolean first = inline;
        while (true) {
            if (!first) {
                skipBlank();
                if (row >= lines.length) {
                    break;
                }
            }
            String line = lines[row];
            int in = indent(line);
            if (!first && in < indent) {
                break;
            }
            if (!first && in > indent) {
                throw UNSUPPORTED;
            }
            first = false;
            Cursor c = new Cursor(row, line, indent, indent);
            Node.ScalarNode key = c.key();
            Node value;
            c.spaces();
            if (c.atEnd()) {
                int colonEnd = c.pos;
                row++;
                skipBlank();
                if (row < lines.length && indent(lines[row]) > indent) {
                    value = block(indent(lines[row]), depth + 1);
                } else if (row < lines.length && indent(lines[row]) == indent && dash(lines[row], indent)) {
                    // a sequence at the key's own indent, as PyYAML and ruamel write them
                    if (depth + 1 >= YamlReader.MAX_DEPTH) {
                        throw UNSUPPORTED;
                    }
                    value = sequence(indent, depth + 1, true);
                } else {
                    if (row < lines.length && indent(lines[row]) == indent && lines[row].startsWith("-", indent)) {
                        throw UNSUPPORTED;
                    }
                    // the full parser reads an empty value as an empty string (not as null) at the colon's end
                    value = new Node.ScalarNode(at(c.row, keyValueColumn(line, colonEnd)), "", Node.Kind.STRING,
                            true);
                }
            } else if (c.blockScalarFollows()) {
                value = blockScalar(c, indent);
            } else {
                value = c.value(depth + 1);
                c.end();
                row = c.row + 1;
                if (row < lines.length && !blank(lines[row]) && indent(lines[row]) > indent) {
                    throw UNSUPPORTED; // a scalar continued after a comment, or text below a flow collection
                }
            }
            Location firstAt = seen.putIfAbsent(key.text(), key.at());
            if (firstAt != null) {
                problems.add(new Problem(key.at(), "yaml.duplicate-key", List.of(key.text(), firstAt.line())));
            } else {
                entries.add(new Node.Entry(key, value));
            }
        }
        return new Node.MapNode(start, entries);
    }

    /** The full parser places an empty value right after the colon. */
    private static int keyValueColumn(String line, int afterSpaces) {
        int colon = afterSpaces;
        while (colon > 0 && line.charAt(colon - 1) == ' ') {
            colon--;
        }
        return colon;
    }

    /**
     * A block sequence whose "-" stand at column {@code indent}; {@code indentless}, it is a mapping value at the
     * key's own indent, and ends at the next key.
     */
    private Node sequence(int indent, int depth, boolean indentless) {
        Location start = at(row, indent);
        List<Node> items = new ArrayList<>();
        while (true) {
            skipBlank();
            if (row >= lines.length) {
                break;
            }
            String line = lines[row];
            int in = indent(line);
            if (in < indent || indentless && in == indent && !line.startsWith("-", indent)) {
                break;
            }
            if (in > indent || !line.startsWith("-", indent)
                    || line.length() > indent + 1 && line.charAt(indent + 1) != ' ') {
                throw UNSUPPORTED;
            }
            Cursor c = new Cursor(row, line, indent + 1, indent);
            c.spaces();
            if (c.atEnd()) {
                throw UNSUPPORTED; // a nested block under "-"
            }
            int itemColumn = c.pos;
            Node item = c.value(depth + 1);
            if (item instanceof Node.ScalarNode s && s.kind() == Node.Kind.STRING && c.keyFollows()) {
                // "- key: value" and more keys below, aligned with the first: a mapping as the item
                items.add(mapping(itemColumn, depth + 1, true));
                continue;
            }
            c.end();
            items.add(item);
            row = c.row + 1;
            if (row < lines.length && !blank(lines[row]) && indent(lines[row]) > indent) {
                throw UNSUPPORTED;
            }
        }
        return new Node.ListNode(start, items);
    }

    /**
     * A folded ({@code >}) or literal ({@code |}) block scalar, clipped or stripped ({@code -}), whose lines are
     * indented deeper than {@code parent}; anything fancier (keep chomping, explicit indentation, lines indented
     * deeper than the first) is left to the full parser.
     */
    private Node blockScalar(Cursor c, int parent) {
        Location at = at(c.row, c.pos);
        String indicator = c.rest().strip();
        boolean folded = indicator.charAt(0) == '>';
        boolean strip = indicator.length() == 2 && indicator.charAt(1) == '-';
        if (indicator.length() > 2 || indicator.length() == 2 && !strip) {
            throw UNSUPPORTED;
        }
        row++;
        int content = -1;
        int longestLeadingBlank = 0;
        List<String> body = new ArrayList<>();
        while (row < lines.length) {
            String line = line(row);
            if (line.isBlank()) {
                if (content < 0) {
                    longestLeadingBlank = Math.max(longestLeadingBlank, line.length());
                } else if (line.length() > content) {
                    throw UNSUPPORTED; // spaces beyond the indentation on a blank line
                }
                body.add("");
                row++;
                continue;
            }
            int in = indent(line);
            if (content < 0) {
                if (in <= parent) {
                    break;
                }
                content = in;
                if (longestLeadingBlank > content) {
                    throw UNSUPPORTED; // a leading blank line indented deeper than the text
                }
            }
            if (in < content) {
                if (in > parent) {
                    throw UNSUPPORTED;
                }
                break;
            }
            if (in > content || line.endsWith(" ")) {
                throw UNSUPPORTED; // more-indented or trailing-space lines fold differently
            }
            body.add(line.substring(content));
            row++;
        }
        if (row == lines.length && !line(row - 1).isEmpty()) {
            // the file ends inside the scalar without a line break: clipping then keeps none, "|-" none either
            throw UNSUPPORTED;
        }
        while (!body.isEmpty() && body.get(body.size() - 1).isEmpty()) {
            body.remove(body.size() - 1);
            row--; // trailing blank lines belong to whatever follows
        }
        if (content < 0 || body.isEmpty()) {
            throw UNSUPPORTED;
        }
        StringBuilder text = new StringBuilder();
        if (folded) {
            // lines fold into one with spaces; each blank line between two lines stands for a line break
            for (int i = 0; i < body.size(); i++) {
                String line = body.get(i);
                if (line.isEmpty()) {
                    text.append('\n');
                    continue;
                }
                if (i > 0 && !body.get(i - 1).isEmpty()) {
                    text.append(' ');
                }
                text.append(line);
            }
        } else {
            text.append(String.join("\n", body));
        }
        if (!strip) {
            text.append('\n');
        }
        return new Node.ScalarNode(at, text.toString(), Node.Kind.STRING, false);
    }

    /** A position within one line. */
    private final class Cursor {
        /** The line the cursor is on: a quoted or plain scalar may take it onto the lines that continue it. */
        private int row;
        private String line;
        private int pos;
        /** The indent of the block collection this line belongs to: a scalar's continuation lines stand deeper. */
        private final int block;
        private boolean lastWasPlainKeyCandidate;
        /** How deep in flow collections: plain scalars end at , [ ] { } only inside them. */
        private int flow;

        Cursor(int row, String line, int pos, int block) {
            this.row = row;
            this.line = line;
            this.pos = pos;
            this.block = block;
        }

        boolean atEnd() {
            return pos >= line.length() || line.charAt(pos) == '#' && (pos == 0 || line.charAt(pos - 1) == ' ');
        }

        void spaces() {
            while (pos < line.length() && line.charAt(pos) == ' ') {
                pos++;
            }
        }

        /** Nothing but spaces and a comment may follow a value. */
        void end() {
            spaces();
            if (!atEnd()) {
                throw UNSUPPORTED;
            }
        }

        boolean keyFollows() {
            return lastWasPlainKeyCandidate;
        }

        /** Whether the value is a block scalar indicator: > or | (with - at most) alone on the line. */
        boolean blockScalarFollows() {
            return pos < line.length() && (line.charAt(pos) == '>' || line.charAt(pos) == '|');
        }

        String rest() {
            return line.substring(pos);
        }

        /** A block mapping key followed by ": " or ":" at the end of the line. */
        Node.ScalarNode key() {
            int start = pos;
            String text;
            char first = line.charAt(pos);
            if (first == '"' || first == '\'') {
                throw UNSUPPORTED; // quoted keys are rare; the full parser handles them
            }
            int colon = -1;
            for (int i = pos; i < line.length(); i++) {
                char ch = line.charAt(i);
                if (ch == ':' && (i + 1 == line.length() || line.charAt(i + 1) == ' ')) {
                    colon = i;
                    break;
                }
                if (ch == '#' && i > pos && line.charAt(i - 1) == ' ') {
                    break;
                }
            }
            if (colon < 0 || colon - start > MAX_PLAIN) {
                throw UNSUPPORTED;
            }
            text = line.substring(start, colon);
            if (!plainKey(text) || text.endsWith(" ")) {
                throw UNSUPPORTED;
            }
            pos = colon + 1;
            return new Node.ScalarNode(at(row, start), text, Node.Kind.STRING, true);
        }

        /** A value on this line: a flow collection, a quoted or a plain scalar. */
        Node value(int depth) {
            if (depth > YamlReader.MAX_DEPTH) {
                throw UNSUPPORTED;
            }
            char ch = next();
            if (ch == '{') {
                return flowMap(depth);
            }
            if (ch == '[') {
                return flowList(depth);
            }
            if (ch == '"' || ch == '\'') {
                return quoted();
            }
            return plain();
        }

        private Node flowMap(int depth) {
            Location start = at(row, pos);
            pos++;
            flow++;
            List<Node.Entry> entries = new ArrayList<>();
            Map<String, Location> seen = new HashMap<>();
            spaces();
            if (next() == '}') {
                pos++;
                flow--;
                return new Node.MapNode(start, entries);
            }
            while (true) {
                spaces();
                int keyStart = pos;
                Node keyNode = value(depth + 1);
                if (!(keyNode instanceof Node.ScalarNode k) || k.kind() != Node.Kind.STRING || !plainKey(k.text())) {
                    throw UNSUPPORTED;
                }
                spaces();
                if (next() != ':' || pos - keyStart > MAX_PLAIN) {
                    throw UNSUPPORTED;
                }
                pos++;
                if (next() != ' ') {
                    throw UNSUPPORTED;
                }
                spaces();
                Node v = value(depth + 1);
                Node.ScalarNode key = new Node.ScalarNode(k.at(), k.text(), Node.Kind.STRING, k.plain());
                Location first = seen.putIfAbsent(key.text(), key.at());
                if (first != null) {
                    problems.add(new Problem(key.at(), "yaml.duplicate-key", List.of(key.text(), first.line())));
                } else {
                    entries.add(new Node.Entry(key, v));
                }
                spaces();
                char ch = next();
                pos++;
                if (ch == '}') {
                    flow--;
                    return new Node.MapNode(start, entries);
                }
                if (ch != ',') {
                    throw UNSUPPORTED;
                }
            }
        }

        private Node flowList(int depth) {
            Location start = at(row, pos);
            pos++;
            flow++;
            List<Node> items = new ArrayList<>();
            spaces();
            if (next() == ']') {
                pos++;
                flow--;
                return new Node.ListNode(start, items);
            }
            while (true) {
                spaces();
                items.add(value(depth + 1));
                spaces();
                char ch = next();
                pos++;
                if (ch == ']') {
                    flow--;
                    return new Node.ListNode(start, items);
                }
                if (ch != ',') {
                    throw UNSUPPORTED;
                }
            }
        }

        private char next() {
            if (pos >= line.length()) {
                throw UNSUPPORTED; // a flow collection continued on the next line
            }
            return line.charAt(pos);
        }

        /**
         * A single- or double-quoted scalar, in block context perhaps over several lines (as PyYAML, ruamel and
         * Jackson fold long texts at 80 columns), each continuation line indented deeper than the collection.
         */
        private Node quoted() {
            int startRow = row;
            int start = pos;
            char quote = line.charAt(pos++);
            StringBuilder text = new StringBuilder();
            int spacesFrom = -1; // where the text's run of unescaped spaces began, which a line break drops
            while (true) {
                if (pos >= line.length()) {
                    if (spacesFrom >= 0) {
                        text.setLength(spacesFrom);
                    }
                    spacesFrom = -1;
                    continueQuoted(text, false);
                    continue;
                }
                char ch = line.charAt(pos++);
                if (ch == quote) {
                    if (quote == '\'' && pos < line.length() && line.charAt(pos) == '\'') {
                        text.append('\'');
                        spacesFrom = -1;
                        pos++;
                        continue;
                    }
                    break;
                }
                if (quote == '"' && ch == '\\') {
                    spacesFrom = -1;
                    if (pos >= line.length()) {
                        continueQuoted(text, true); // an escaped line break: the lines join without a space
                        continue;
                    }
                    escape(text, line.charAt(pos++));
                    continue;
                }
                if (ch == ' ') {
                    if (spacesFrom < 0) {
                        spacesFrom = text.length();
                    }
                } else {
                    spacesFrom = -1;
                }
                text.append(ch);
            }
            lastWasPlainKeyCandidate = false;
            return new Node.ScalarNode(at(startRow, start), text.toString(), Node.Kind.STRING, false);
        }

        /** The escapes JSON, PyYAML and Jackson write; the rarer ones are the full parser's. */
        private void escape(StringBuilder text, char e) {
            switch (e) {
                case '"' -> text.append('"');
                case '\\' -> text.append('\\');
                case 'n' -> text.append('\n');
                case 't' -> text.append('\t');
                case 'r' -> text.append('\r');
                case ' ' -> text.append(' ');
                case 'x' -> text.appendCodePoint(hex(2));
                case 'u' -> text.appendCodePoint(hex(4));
                case 'U' -> text.appendCodePoint(hex(8));
                default -> throw UNSUPPORTED;
            }
        }

        /** A code point of {@code digits} hex digits after an escape; surrogates are left to the full parser. */
        private int hex(int digits) {
            if (pos + digits > line.length()) {
                throw UNSUPPORTED;
            }
            int cp = 0;
            for (int i = 0; i < digits; i++) {
                int d = Character.digit(line.charAt(pos++), 16);
                if (d < 0) {
                    throw UNSUPPORTED;
                }
                cp = cp * 16 + d;
            }
            if (cp > Character.MAX_CODE_POINT || cp >= 0xd800 && cp <= 0xdfff) {
                throw UNSUPPORTED;
            }
            return cp;
        }

        /**
         * Moves a quoted scalar onto its next line that is not blank, folding as YAML does: a line break becomes a
         * space, or, with blank lines after it, one line feed per blank line; an escaped one becomes nothing but
         * those line feeds. Leading spaces of the new line go.
         */
        private void continueQuoted(StringBuilder text, boolean escaped) {
            if (flow > 0) {
                throw UNSUPPORTED; // a flow collection over several lines
            }
            int blankLines = 0;
            while (true) {
                row++;
                if (row >= lines.length) {
                    throw UNSUPPORTED; // not closed: the full parser reports it
                }
                line = line(row);
                pos = indent(line);
                if (pos < line.length()) {
                    break;
                }
                blankLines++;
            }
            if (pos <= block) {
                throw UNSUPPORTED; // a continuation line not deeper than its collection
            }
            if (!escaped && blankLines == 0) {
                text.append(' ');
            }
            text.append("\n".repeat(blankLines));
        }

        /** A plain scalar, ending at a comment, the end of the line, or in flow context at , ] } or ": ". */
        private Node plain() {
            int start = pos;
            char first = line.charAt(pos);
            if ("&*!|>%@`?#,]}:".indexOf(first) >= 0 || first == '-' && !isDigitAt(pos + 1)) {
                throw UNSUPPORTED;
            }
            int end = pos;
            boolean flowStop = false;
            while (end < line.length()) {
                char ch = line.charAt(end);
                if (ch == '#' && line.charAt(end - 1) == ' ') {
                    break;
                }
                if (ch == ':' && (end + 1 == line.length() || line.charAt(end + 1) == ' ')) {
                    flowStop = true;
                    break;
                }
                if (flow > 0 && (ch == ':' || ch == '?')) {
                    throw UNSUPPORTED; // "a:]" or "a?b" inside [] or {} read differently in full YAML
                }
                if (flow > 0 && (ch == ',' || ch == ']' || ch == '}' || ch == '[' || ch == '{')) {
                    flowStop = true;
                    break;
                }
                end++;
            }
            int startRow = row;
            String text = line.substring(start, end).stripTrailing();
            pos = start + text.length();
            lastWasPlainKeyCandidate = flowStop && end < line.length() && line.charAt(end) == ':';
            if (text.isEmpty()) {
                throw UNSUPPORTED;
            }
            if (flow == 0 && end == line.length()) {
                text = continuePlain(text);
            }
            if (text.length() > MAX_PLAIN) {
                throw UNSUPPORTED;
            }
            Node.Kind kind = classify(text);
            return new Node.ScalarNode(at(startRow, start), kind == Node.Kind.NULL ? "" : text, kind, true);
        }

        /**
         * A plain scalar in block context goes on over the lines below that stand deeper than its collection, up to
         * a comment line, folded: one line break becomes a space, a line break and n blank lines n line feeds. A
         * continuation line that might mean something else to the full parser (a colon, a comment, an indicator
         * first) is left to it.
         */
        private String continuePlain(String first) {
            StringBuilder text = null;
            int next = row + 1;
            while (true) {
                int blankLines = 0;
                while (next < lines.length && indent(lines[next]) == lines[next].length()) {
                    blankLines++;
                    next++;
                }
                if (next >= lines.length) {
                    break;
                }
                String l = lines[next];
                int in = indent(l);
                if (in <= block || l.charAt(in) == '#') {
                    break;
                }
                String more = l.substring(in).stripTrailing();
                if ("-?:,[]{}#&*!|>'\"%@`".indexOf(more.charAt(0)) >= 0 || more.endsWith(":")
                        || more.contains(": ") || more.contains(" #")) {
                    throw UNSUPPORTED;
                }
                if (text == null) {
                    text = new StringBuilder(first);
                }
                if (blankLines == 0) {
                    text.append(' ');
                }
                text.append("\n".repeat(blankLines)).append(more);
                row = next;
                line = l;
                pos = in + more.length();
                next++;
                if (text.length() > MAX_PLAIN) {
                    throw UNSUPPORTED;
                }
            }
            return text == null ? first : text.toString();
        }

        private boolean isDigitAt(int i) {
            return i < line.length() && Character.isDigit(line.charAt(i));
        }
    }

    /** How the full parser resolves a plain scalar; whatever is not clearly one of these is left to it. */
    private static Node.Kind classify(String text) {
        Node.Kind number = number(text);
        if (number != null) {
            return number;
        }
        if (BOOLEANS.contains(text)) {
            return Node.Kind.BOOLEAN;
        }
        if (NULLS.contains(text)) {
            return Node.Kind.NULL;
        }
        char first = text.charAt(0);
        if (text.indexOf(' ') > 0 && first != '.' && first != '+') {
            return Node.Kind.STRING; // no number, boolean or null has a space; a timestamp would be a string too
        }
        if (leadingZeroDigits(text)) {
            return Node.Kind.STRING; // 09999001, an official municipality key as PyYAML writes it: no number
        }
        if (!Character.isLetter(first) || text.length() == 1 && "yYnN".indexOf(first) >= 0) {
            throw UNSUPPORTED; // numbers in other notations, dates, times, y/n: the full parser decides
        }
        return Node.Kind.STRING;
    }

    /**
     * INTEGER for -?(0|[1-9][0-9]*), DECIMAL for that with a fraction .[0-9]+, else null; by hand, because this
     * runs for every scalar of every file and a regular expression costs more than all the rest of the parse.
     */
    private static Node.Kind number(String text) {
        int i = text.charAt(0) == '-' ? 1 : 0;
        int digits = i;
        while (digits < text.length() && text.charAt(digits) >= '0' && text.charAt(digits) <= '9') {
            digits++;
        }
        if (digits == i || text.charAt(i) == '0' && digits > i + 1) {
            return null;
        }
        if (digits == text.length()) {
            return Node.Kind.INTEGER;
        }
        if (text.charAt(digits) != '.' || digits + 1 == text.length()) {
            return null;
        }
        for (int k = digits + 1; k < text.length(); k++) {
            if (text.charAt(k) < '0' || text.charAt(k) > '9') {
                return null;
            }
        }
        return Node.Kind.DECIMAL;
    }

    /** Digits only, more than one, the first a zero: neither YAML 1.1 integer nor float to the full parser. */
    private static boolean leadingZeroDigits(String text) {
        if (text.length() < 2 || text.charAt(0) != '0') {
            return false;
        }
        for (int i = 1; i < text.length(); i++) {
            if (text.charAt(i) < '0' || text.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    /** Keys the full parser reads as plain strings: an id-like or word-like key, never a number or a boolean. */
    private static boolean plainKey(String key) {
        if (key.isEmpty() || !Character.isLetterOrDigit(key.charAt(0))) {
            return false;
        }
        if (BOOLEANS.contains(key) || NULLS.contains(key) || !Character.isLetter(key.charAt(0))) {
            // "2026:" or "yes:" would be resolved to another type by the full parser
            return false;
        }
        for (int i = 0; i < key.length(); i++) {
            char ch = key.charAt(i);
            if (!(Character.isLetterOrDigit(ch) || ch == '-' || ch == '_' || ch == '.' || ch == ' ')) {
                return false;
            }
        }
        return true;
    }
}
