package de.smartregion.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The fast reader must build exactly the tree of the full parser, locations included, or give up: compared on
 * every YAML file of the project and on generated ones full of the constructs it handles and those it must not.
 */
class FastYamlTest {

    /** Compares both paths on one text; returns whether the fast path took it. */
    private static boolean same(String name, String text) {
        Problems fastProblems = new Problems();
        Node fast = FastYaml.parse(name, text, fastProblems);
        if (fast == null) {
            assertThat(fastProblems.isEmpty()).as(name + ": gave up without problems").isTrue();
            return false;
        }
        Problems fullProblems = new Problems();
        Node full = YamlReader.parseFull(name, text, fullProblems);
        assertThat(fast).as(name + "\n" + text).isEqualTo(full);
        assertThat(fastProblems.list()).as(name).isEqualTo(fullProblems.list());
        return true;
    }

    @Test
    void theShortcutForLatinAndPunctuationAgreesWithTheFullCheckOnEveryChar() {
        for (char ch = 0x7f; ch < Character.MAX_VALUE; ch++) {
            boolean plain = !(ch <= 0x9f || FastYaml.unusual(ch));
            assertThat(FastYaml.plainBeyondAscii(ch)).as("U+%04X", (int) ch).isEqualTo(plain);
        }
        assertThat(FastYaml.plainBeyondAscii(Character.MAX_VALUE)).isFalse();
    }

    @Test
    void commentLinesInsideBlockAndQuotedScalarsAreTheirContent() {
        String text = "a: |\n  # kept\n  text\nb: \"one\n  # two\"\nc: x  # a comment\n  # a comment line\n"
                + "d:\n    # deeper\n  - 1\n";
        assertThat(same("comments.yaml", text)).as("the fast reader takes it").isTrue();
        assertThat(same("comments-crlf.yaml", text.replace("\n", "\r\n"))).as("the same with CRLF").isTrue();
        assertThat(same("lone-cr.yaml", text.replace("kept\n", "kept\r"))).as("a lone CR is for the full parser")
                .isFalse();
        assertThat(same("last-cr.yaml", text + "e: 1\r")).as("so is one at the very end").isFalse();
    }

    @Test
    void agreesWithTheFullParserOnEveryProjectFile() throws IOException {
        List<Path> files = new ArrayList<>();
        for (String dir : List.of("examples", "questionnaires", "src/test/resources", "docs")) {
            try (Stream<Path> walk = Files.walk(Path.of(dir))) {
                walk.filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".yml")).forEach(files::add);
            }
        }
        int taken = 0;
        for (Path f : files) {
            String text = new String(Files.readAllBytes(f), StandardCharsets.UTF_8);
            if (text.startsWith("\uFEFF")) {
                text = text.substring(1);
            }
            if (!text.isBlank() && same(f.toString(), text)) {
                taken++;
            }
        }
        assertThat(files).hasSizeGreaterThan(50);
        // the plain answer files at least must take the fast path, or it is pointless
        assertThat(taken).isGreaterThan(files.size() / 3);
        assertThat(same("example", Files.readString(Path.of("examples/musterstadt-2026.yaml")))).isTrue();
    }

    /**
     * Both readers tell a plain scalar from a quoted, block or tagged one alike (the trees compare equal with the
     * flag); a quoted key and a flow value keep theirs.
     */
    @Test
    void bothReadersTellPlainFromQuoted() {
        String text = "a: 09\nb: \"09\"\nc: '09'\nd: |\n  09\ne: [09, \"09\"]\nf: {g: 1, \"h\": '1'}\ni:\nj: 1\n";
        Node full = YamlReader.parseFull("plain.yaml", text, new Problems());
        Node.MapNode m = (Node.MapNode) full;
        assertThat(List.of("a", "b", "c", "d", "i", "j")).extracting(k -> ((Node.ScalarNode) m.get(k)).plain())
                .containsExactly(true, false, false, false, true, true);
        Node.ListNode e = (Node.ListNode) m.get("e");
        assertThat(e.items()).extracting(n -> ((Node.ScalarNode) n).plain()).containsExactly(true, false);
        Node.MapNode f = (Node.MapNode) m.get("f");
        assertThat(f.entries()).extracting(x -> x.key().plain(), x -> ((Node.ScalarNode) x.value()).plain())
                .containsExactly(org.assertj.core.groups.Tuple.tuple(true, true),
                        org.assertj.core.groups.Tuple.tuple(false, false));
        Node.MapNode tagged = (Node.MapNode) YamlReader.parseFull("tag.yaml", "a: !!str 09\n", new Problems());
        assertThat(((Node.ScalarNode) tagged.get("a")).plain()).as("a tag says the type").isFalse();
        // the fast reader takes the same file without the scalars it leaves to the full parser, and agrees
        assertThat(same("plain-fast.yaml", text.replace("09", "9"))).isTrue();
        Node fast = FastYaml.parse("plain-fast.yaml", text.replace("09", "9"), new Problems());
        assertThat(((Node.ScalarNode) ((Node.MapNode) fast).get("a")).plain()).isTrue();
        assertThat(((Node.ScalarNode) ((Node.MapNode) fast).get("b")).plain()).isFalse();
    }

    @Test
    void agreesOnHandWrittenEdgeCases() {
        String[] cases = {
            "a: 1\nb: -2\nc: 2.50\nd: -0.5\ne: yes\nf: No\ng: ~\nh: null\ni:\nj:   \nk: n/a\n",
            "a: 'it''s'\nb: \"q \\\"x\\\" \\\\ y\"\nc: \"yes\"\nd: '12'\n",
            "# c\n\nm:\n  id: \"0916\"   # key\n  name: Musterstadt\n\nx: {a: b, c: [d, e], f: \"g\", h: []}\n",
            "l: [1, 2.5, yes, null, ~, 'x']\nn:\n  - a\n  - {x: 1}\n  - [c]\n  - -3\nlast:\n",
            "deep:\n  er:\n    est:\n      x: 1\n  back: 2\nout: 3\n",
            "dup: 1\ndup: 2\nm: {a: 1, a: 2}\n",
            "ümlaut: Größe\nname: Bürgerbüro am Markt\n",
            // beyond the subset: the fast path must give up, and the test then only checks that
            "a: |\n  text\n", "a: >\n  text\n", "a: &x 1\nb: *x\n", "a: !tag x\n", "a: 012\n", "a: 1e3\n",
            "a: 0x1F\n", "a: 2026-05-01\n", "a: y\n", "a: .5\n", "a: +5\n", "a: b: c\n", "a: [1,\n  2]\n",
            "a: plain\n  continued\n", "a:\n- x\n", "- a: 1\n", "---\na: 1\n", "a: 1\n---\nb: 2\n",
            "\"q\": 1\n", "2026: x\n", "yes: x\n", "a\tb: 1\n", "a: 1\r\nb: 2\r\n", "a: 'open\n", "a: {b: 1\n",
            " a: 1\n", "a: 1\n  b: 2\n", "a: x # c\nb: \"s\" # c\n", "a: Musterstadt, Nord\n", "a: x]\n",
            "a: 1\nb:\n  - x\n  -\n    y: 1\n", "a: \"\\u00e4\"\n", "k :  v\n", "a: -\n", "a: [1, 2, ]\n",
            // found by review: line separators, colons and question marks in flow scalars, \/, deep blank lines
            "a: 1\n# c\u2028b: 2\n", "# c\u2028\na: 1\n", "a: b\u2028c\n", "a: [a:]\n", "a: [b,c:]\n",
            "a: [x:y:]\n", "a: {b: [c:]}\n", "a: {x: a:}\n", "a: [a?b]\n", "a: {b: c?d}\n", "a: \"\\/\"\n",
            "a: |\n    \n  foo\n", "a: >\n    \n  foo\n", "a: |-\n     \n    foo\n", "- a: |\n     \n    x\n",
            "a: !!null 3\n", "a: !!str 3\n", "a: [!!int 3]\n", "a: {b: !x c}\n", "a: x!y\n", "!a: 1\n",
            "a: https://example.org/x\nb: [https://x]\n", "a: |\n  x\n\n  y\nb: >-\n  p\n  q\n\n  r\n",
            // the styles of PyYAML, ruamel and Jackson: indentless sequences, texts folded over lines, escapes, CRLF
            "a:\n- x\n- y\nb: 1\n", "a:\n- x: 1\n  y: 2\n- z\nb:\n- [1]\n", "a:\n- x\nb:\n  - y\n",
            "- a:\n  - x\n- b\n",
            "a:\n-\n  x: 1\n", "a:\n-x\n", "a:\n- x\n  - y\n", "a:\n- x\n b: 1\n", "a:\n  b:\n  - x\n  c: 1\nd: 2\n",
            "a:\n# c\n- x\n\n- y # c\nb: 1\n", "a:\n- x\n- y\n", "a:\n- x\nb\n", "a:\n- x\n- - y\n",
            "a: one two\n  three\nb: 1\n", "a: one\n\n  two\n\n\n  three\n", "a: one\n  two  \n  three\n",
            "a: one\n  two: x\n", "a: one\n  two:\n", "a: one\n  - two\n", "a: one\n  # c\n  two\n",
            "a: one\n  # c\nb: 1\n",
            "a: one\n  two # c\n", "a: one # c\n  two\n", "a: one\n two\n", "a: one\ntwo\n", "- one\n  two\n- three\n",
            "- one\n two\n", "a:\n- one\n  two\n", "a:\n- one\n two\n", "- a: one\n    two\n  b: 1\n",
            "- a: one\n  two\n",
            "a: 1\n  2\n", "a: yes\n  no\n", "a: one\n  'two'\n", "a: one\n  \"two\n", "a: one\n  two\n\n",
            "a: one\n  two\n  \n", "a: one\n\n", "a: one\n  ---\n", "a: one\n  ...\n", "a: one\n  two\n---\n",
            "a: 'one\n  two'\n", "a: 'one  \n  two'\n", "a: 'one\n\n  two'\n", "a: 'one\n  \n  two'\n",
            "a: 'one\ntwo'\n",
            "a: 'it''s\n  ''x'''\n", "a: 'one\n  two\n", "a: 'one\n  two' x\n", "a: 'one\n  two' # c\n",
            "- 'one\n  two'\n",
            "a: \"one\\\n  \\ two\"\n", "a: \"one \\\n  two\"\n", "a: \"one\\\n\n  two\"\n", "a: \"one\n  two\"\n",
            "a: \"one\\  \n  two\"\n", "a: \"one\\ \n  two\"\n", "a: \"\\xFC\\u201E\\U0001F600\\x0a\"\n",
            "a: \"\\xF\"\n", "a: \"\\xG0\"\n", "a: \"\\uD800\"\n", "a: \"\\U00110000\"\n", "a: \"\\r\\ \\_\\N\\0\"\n",
            "a: [\"one\n  two\"]\n", "a: {b: 'one\n  two'}\n", "a: \"x\"\n  y\n", "a: 'x'\n  'y'\n",
            "a: 09999001\nb: 00\nc: 0\nd: 01234567\ne: 0999.5\nf: 09 x\ng: [09]\n",
            "a: 1\r\nb:\r\n- x\r\n", "a: 1\rb: 2\n", "a: 1\r\r\nb: 2\n", "a: 1\n\r", "a: |\r\n  x\r\n  y\r\nb: 1\r\n",
            "a: 'one\r\n  two'\r\n", "a: one\r\n  two\r\n", "a: \"x\\\r\n  y\"\r\n", "a: \"\\r\"\r\n",
            "# c\r\na: b # c\r\n",
            "a: b\r\n\r\n", "a:\r\n", "a: b\r", "a: b \r\n", "a: [b, \r\n  c]\r\n",
        };
        int taken = 0;
        for (int i = 0; i < cases.length; i++) {
            if (same("case" + i + ".yaml", cases[i])) {
                taken++;
            }
        }
        assertThat(taken).isGreaterThanOrEqualTo(7);
    }

    /** Every character Java might take for white space, or that cannot be seen, with U+0020 and U+00E4 to compare. */
    private static List<Character> unusualCharacters() {
        List<Character> found = new ArrayList<>(List.of(' ', '\u00e4'));
        for (int c = 1; c <= 0xffff; c++) {
            int type = Character.getType(c);
            if (c != ' ' && (Character.isWhitespace(c) || Character.isSpaceChar(c) || type == Character.FORMAT
                    || type == Character.CONTROL || type == Character.SURROGATE && c % 0x100 == 0
                    || c >= 0xfffe)) {
                found.add((char) c);
            }
        }
        return found;
    }

    @Test
    void agreesOnEveryUnicodeSpaceTabAndFormatCharacterWhereverItStands() {
        // {c} is replaced by the character: in values, keys, indentation, blank lines, block scalars, flow, comments
        String[] templates = {
            "a: b{c}\n", "a: {c}b\n", "a: b{c}c\n", "a:{c}b\n", "a{c}: b\n", "a: b\n{c}\nc: d\n", "{c}a: b\n",
            "a:\n{c} b: c\n", "a:\n {c}b: c\n", "a: |\n  x{c}\n", "a: |\n  x\n{c}\n", "a: >\n  x\n  {c}\n  y\n",
            "a: >-\n  {c}x\n", "a: [b{c}, c]\n", "a: {b: c{c}}\n", "a: [{c}]\n", "a: b #{c}\n", "a: b{c}# c\n",
            "a: 'b{c}'\n", "a: \"b{c}\"\n", "- a{c}\n- b\n", "a: 1{c}\n", "a: yes{c}\n", "a: b\n{c}", "{c}\n",
            "a: b\n  {c}\nc: d\n", "a: |\n{c} x\n", "a:{c}\n  b: c\n",
            // a line of such characters within a block scalar, no longer than its indentation
            "a: >\n  x\n{c}\n  y\n", "a: |\n  x\n {c}\n  y\n", "a: >-\n  x\n{c}{c}\n  y\nb: c\n",
        };
        int taken = 0;
        int cases = 0;
        for (char c : unusualCharacters()) {
            for (String t : templates) {
                String text = t.replace("{c}", String.valueOf(c));
                if (same("U+" + Integer.toHexString(c) + " in " + t.replace("\n", "\\n"), text)) {
                    taken++;
                }
                cases++;
            }
        }
        assertThat(cases).isGreaterThan(100 * templates.length);
        assertThat(taken).as("the plain space and the umlaut at least").isGreaterThan(templates.length);
    }

    @Test
    void agreesOnBlockScalarsAtTheEndOfTheFile() {
        String[] indicators = {"|", ">", "|-", ">-", "|+", ">+", "|2", ">1-", "| # c"};
        String[] bodies = {"x", "x\n  y", "x\n\n  y", "one two\n  three", "\n  x", "x\n   y", "  x", "x "};
        String[] ends = {"", "\n", "\n\n", "\n  ", "\n  \n", " ", "\n# c", "\n# c\n", "\nb: c", "\nb: c\n"};
        String[] frames = {"a: %s", "m:\n  a: %s", "l:\n  - a: %s", "k: v\na: %s"};
        int taken = 0;
        for (String frame : frames) {
            String indent = frame.startsWith("a") || frame.startsWith("k") ? "  " : frame.startsWith("m") ? "    "
                    : "      ";
            for (String indicator : indicators) {
                for (String body : bodies) {
                    for (String end : ends) {
                        String scalar = indicator + "\n" + indent + body.replace("\n  ", "\n" + indent);
                        String text = String.format(frame, scalar) + end;
                        if (same("block scalar", text)) {
                            taken++;
                        }
                    }
                }
            }
        }
        assertThat(taken).as("clipped and stripped scalars followed by a line break").isGreaterThan(100);
    }

    @Test
    void agreesOnNumbersInEveryNotation() {
        String[] numbers = {"041", "-041", "+041", "00", "007", "08", "09", "0_7", "0_", "010.5", "010e2", "0.5",
            "1:30", "-1:30", "1:30.5", "190:20:30", "1:75", "0:30", "12:00", "0x1F", "0b101", "0o17", "1_000", "1e3",
            "1E-3", ".5", "1.", "+5", "-0", "+.5", "1__", "_", ".inf", "-.Inf", ".NaN", "12e", "1e+3", "1.5.5",
            "2026-05-01", "2001-12-14t21:59:43.10-05:00", "0", "-1", "17", "2.50", "1234567890123456789012"};
        String[] frames = {"a: %s\n", "a: [%s]\n", "a: {b: %s}\n", "- %s\n", "a: %s # c\n", "%s: x\n",
            "a:\n  - b: %s\n"};
        int taken = 0;
        for (String n : numbers) {
            for (String frame : frames) {
                if (same(n, String.format(frame, n))) {
                    taken++;
                }
            }
        }
        assertThat(taken).isGreaterThan(20);
    }

    @Test
    void agreesAroundTheDepthLimit() {
        int taken = 0;
        String[] leaves = {"x: 1", "x:", "x: |\n%s  text", "- a", "- a: 1", "x: [1]", "x: []", "x: {a: [b]}",
            "x: >-\n%s  t", "x:\n%s- a", "x:\n%s- a: 1\n%s  b:\n%s  - c", "x: one\n%s  two", "x: 'one\n%s  two'"};
        for (int depth = YamlReader.MAX_DEPTH - 2; depth <= YamlReader.MAX_DEPTH + 2; depth++) {
            StringBuilder nest = new StringBuilder();
            for (int i = 0; i < depth; i++) {
                nest.append("  ".repeat(i)).append('k').append(i).append(":\n");
            }
            String indent = "  ".repeat(depth);
            for (String leaf : leaves) {
                if (same("depth " + depth, nest + indent + leaf.replace("%s", indent) + "\n")) {
                    taken++;
                }
            }
            String flow = "a: " + "[".repeat(depth) + "1" + "]".repeat(depth) + "\n";
            if (same("flow depth " + depth, flow)) {
                taken++;
            }
        }
        assertThat(taken).isGreaterThan(10);
    }

    @Test
    void agreesAroundTheLengthLimitsOfKeysAndScalars() {
        int taken = 0;
        for (int n = 995; n <= 1030; n += 5) {
            String word = "w".repeat(n);
            String digits = "1".repeat(n);
            String[] texts = {word + ": 1\n", "a: " + digits + "\n", "a: 0." + digits + "\n", "a: " + word + "\n",
                "a: {" + word + ": 1}\n", "a: [" + digits + "]\n", "- " + word + ": 1\n", "a: {'" + word + "': 1}\n",
                "a: \"" + word + "\"\n", word + " x: 1\n"};
            for (String text : texts) {
                if (same("length " + n, text)) {
                    taken++;
                }
            }
        }
        assertThat(taken).isGreaterThan(10);
    }

    @Test
    void agreesOnAnswerFilesWithOneThingChanged() throws IOException {
        assertThat(changedOnce(Files.readString(Path.of("examples/musterstadt-2026.yaml")), 11)).isGreaterThan(300);
    }

    /** The same in the styles of other writers: PyYAML's, the ruamel-like one, Jackson's (import), with CRLF. */
    @Test
    void agreesOnFilesOfOtherWritersWithOneThingChanged() throws IOException {
        String styles = "src/test/resources/yaml-styles/";
        for (String file : List.of("pyyaml-default/musterstadt-2026.yaml", "pyyaml-unicode-crlf/musterstadt-2026.yaml",
                "ruamel-default/erlenried-2025.yaml",
                "import-workbook/09162000-2026-administration-Amt_f_r_Digitales.yaml",
                "import-survey-crlf/09162000-2026-001-administration.yaml")) {
            assertThat(changedOnce(Files.readString(Path.of(styles + file)), 13)).as(file).isGreaterThan(300);
        }
    }

    /**
     * Compares both paths on 3,000 runs of {@code example}, each with one character or token inserted, replaced or
     * cut at a random place; returns how many the fast path took.
     */
    private static int changedOnce(String example, long seed) {
        List<Character> unusual = unusualCharacters();
        String[] tokens = {"041", "1:30", "0x1F", "08", "1e3", "- ", ": ", "#", " #", "|", ">-", "!!binary ",
            "!x ", "&a ", "*a", "? ", "[", "]", "{", "}", ",", "'", "\"", "\\", "---", "\n", "  ", "\t", "y", "~",
            "\r", "\r\n", "\n  ", "\n- ", "\\x", "\\u00", "''", "\\\n", "\n\n  ", "09"};
        Random random = new Random(seed);
        int taken = 0;
        for (int n = 0; n < 3000; n++) {
            StringBuilder text = new StringBuilder(example);
            int at = random.nextInt(text.length());
            switch (random.nextInt(5)) {
                case 0 -> text.insert(at, unusual.get(random.nextInt(unusual.size())));
                case 1 -> text.setCharAt(at, unusual.get(random.nextInt(unusual.size())));
                case 2 -> text.insert(at, tokens[random.nextInt(tokens.length)]);
                case 3 -> text.deleteCharAt(at);
                default -> text.setLength(at);
            }
            if (!text.toString().isBlank() && same("changed" + n, text.toString())) {
                taken++;
            }
        }
        return taken;
    }

    @Test
    void agreesOnRandomAnswerFiles() {
        Random random = new Random(7);
        String[] scalars = {"1", "0", "-4", "2.5", "0.25", "yes", "no", "true", "n/a", "some", "Bürger", "x y z",
            "'quoted'", "\"dq\"", "~", "null", "tablets", "a-b", "[]", "{}"};
        int taken = 0;
        for (int n = 0; n < 300; n++) {
            StringBuilder y = new StringBuilder("kind: assessment\nanswers:\n");
            int entries = 1 + random.nextInt(12);
            for (int e = 0; e < entries; e++) {
                y.append("  q").append(random.nextInt(8)).append(": ");
                switch (random.nextInt(5)) {
                    case 0 -> y.append(scalars[random.nextInt(scalars.length)]);
                    case 1 -> y.append('[').append(scalars[random.nextInt(scalars.length)]).append(", ")
                            .append(scalars[random.nextInt(scalars.length)]).append(']');
                    case 2 -> y.append("{r: ").append(scalars[random.nextInt(scalars.length)]).append(", s: [")
                            .append(scalars[random.nextInt(scalars.length)]).append("]}");
                    case 3 -> y.append("{value: ").append(scalars[random.nextInt(scalars.length)])
                            .append(", note: \"n\"}");
                    default -> y.append(random.nextBoolean() ? "" : "   # later");
                }
                y.append(random.nextInt(4) == 0 ? "  # comment\n" : "\n");
                if (random.nextInt(6) == 0) {
                    y.append("\n");
                }
            }
            if (same("random" + n + ".yaml", y.toString())) {
                taken++;
            }
        }
        assertThat(taken).isGreaterThan(150);
    }
}
