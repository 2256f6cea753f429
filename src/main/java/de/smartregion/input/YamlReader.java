package de.smartregion.input;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.events.ScalarEvent;

/**
 * Reads YAML into a {@link Node} tree with locations. Reads strictly: duplicate keys, aliases, several
 * documents, non-UTF-8 bytes, oversized and over-deep input are problems, not silently accepted.
 */
public final class YamlReader {

    /** Input larger than this is refused before parsing; real answer files are a few kilobytes. */
    public static final int MAX_BYTES = 4 * 1024 * 1024;
    public static final int MAX_DEPTH = 64;
    /**
     * Lines longer than this are refused before parsing: SnakeYAML copies its window for every 1,024 characters of a
     * word, so a word of 3 million characters took seconds; no text a person writes has such a line.
     */
    public static final int MAX_LINE = 100_000;

    private static final String STANDARD = "tag:yaml.org,2002:";
    private static final String BINARY = STANDARD + "binary";
    /** {@code !!str} only says what a quoted value says too: it is text. */
    private static final String STRING = STANDARD + "str";

    private YamlReader() {
    }

    private static YAMLFactory createFactory() {
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit(MAX_BYTES);
        options.setNestingDepthLimit(MAX_DEPTH + 1);
        options.setAllowDuplicateKeys(true); // reported by us, with both locations
        options.setMaxAliasesForCollections(0);
        return new StyleFactory(YAMLFactory.builder()
                .loaderOptions(options)
                .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH + 1).build()));
    }

    /**
     * Makes parsers that tell a plain scalar from a quoted, block or tagged one, which Jackson's API does not. Made
     * when the full parser is first needed: answer files within the fast reader's subset never load it.
     */
    private static final class StyleFactory extends YAMLFactory {
        static final YAMLFactory INSTANCE = createFactory();

        private static final long serialVersionUID = 1L;

        StyleFactory(com.fasterxml.jackson.dataformat.yaml.YAMLFactoryBuilder builder) {
            super(builder);
        }

        @Override
        protected YAMLParser _createParser(java.io.Reader r, com.fasterxml.jackson.core.io.IOContext ctxt) {
            return new StyleParser(ctxt, _parserFeatures, _yamlParserFeatures, _loaderOptions, _objectCodec, r);
        }
    }

    private static final class StyleParser extends YAMLParser {
        StyleParser(com.fasterxml.jackson.core.io.IOContext ctxt, int parserFeatures, int yamlFeatures,
                    LoaderOptions options, com.fasterxml.jackson.core.ObjectCodec codec, java.io.Reader reader) {
            super(ctxt, parserFeatures, yamlFeatures, options, codec, reader);
        }

        /** Whether the current scalar (a value or a key) stands without quotes, block indicator or tag. */
        boolean plain() {
            return _lastEvent instanceof ScalarEvent s && s.isPlain() && s.getImplicit().canOmitTagInPlainScalar();
        }
    }

    /** Parses {@code bytes} of the file shown as {@code file}; returns the root, or adds problems and null. */
    public static Node read(String file, byte[] bytes, Problems problems) {
        if (bytes.length > MAX_BYTES) {
            problems.add(new Location(file, 1, 1), "yaml.too-large", bytes.length, MAX_BYTES);
            return null;
        }
        String text = new String(bytes, StandardCharsets.UTF_8);
        char[] chars = text.toCharArray();
        TextScan scan = TextScan.of(chars);
        if (scan.replacement()) {
            // the fast decoding replaced something: decode strictly to tell a bad byte from a real U+FFFD
            try {
                text = StandardCharsets.UTF_8.newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(bytes)).toString();
            } catch (CharacterCodingException e) {
                problems.add(locateFirstBadByte(file, bytes), "yaml.not-utf8");
                return null;
            }
        }
        if (scan.replacement() || text.startsWith("\uFEFF")) {
            // decoded strictly, or the mark gone: positions change, so the scan is made again
            text = text.startsWith("\uFEFF") ? text.substring(1) : text;
            chars = text.toCharArray();
            scan = TextScan.of(chars);
        }
        int nul = scan.nul();
        int longLine = scan.longLine();
        if (nul >= 0) {
            problems.add(locate(file, text, nul), "yaml.binary");
            return null;
        }
        if (longLine >= 0) {
            problems.add(locate(file, text, longLine), "yaml.line-too-long", MAX_LINE);
            return null;
        }
        if (scan.blank()) {
            problems.add(new Location(file, 1, 1), "yaml.empty");
            return null;
        }
        Node fast = FastYaml.parse(file, text, chars, scan, problems);
        Node root = fast != null ? fast : parseFull(file, text, problems);
        if (root != null) {
            refuseControlCharacters(root, problems);
        }
        return root;
    }

    /**
     * Control characters that YAML's escapes ({@code "\e"}, {@code "\x9b"}) let into a string are refused where
     * they stand: they would reach every report printed to a terminal, where ESC c resets it and ESC ] sets its
     * title. Tab, line feed and carriage return are text.
     */
    private static void refuseControlCharacters(Node node, Problems problems) {
        if (node instanceof Node.MapNode m) {
            for (Node.Entry e : m.entries()) {
                refuseControlCharacters(e.key(), problems);
                refuseControlCharacters(e.value(), problems);
            }
        } else if (node instanceof Node.ListNode l) {
            l.items().forEach(item -> refuseControlCharacters(item, problems));
        } else if (node instanceof Node.ScalarNode scalar) {
            refuseControlCharacter(scalar.at(), scalar.text(), problems);
        } else {
            throw new IllegalStateException("unknown node " + node.getClass());
        }
    }

    /** Adds a problem at {@code at} when {@code text} holds a control character other than tab and line breaks. */
    public static void refuseControlCharacter(Location at, String text, Problems problems) {
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (ch != '\t' && ch != '\n' && ch != '\r' && Character.getType(ch) == Character.CONTROL) {
                problems.add(at, "yaml.control-character", String.format(java.util.Locale.ROOT, "%04X", (int) ch));
                return;
            }
        }
    }

    /** The full YAML parser: any YAML, with its syntax errors located. */
    public static Node parseFull(String file, String text, Problems problems) {
        StyleParser parser;
        try {
            parser = (StyleParser) StyleFactory.INSTANCE.createParser(text);
        } catch (IOException e) {
            problems.add(new Location(file, 1, 1), "yaml.syntax", firstLine(String.valueOf(e.getMessage())));
            return null;
        }
        try (parser) {
            Builder builder = new Builder(file, parser, problems);
            JsonToken first = parser.nextToken();
            if (first == null) {
                problems.add(new Location(file, 1, 1), "yaml.empty");
                return null;
            }
            Node root = builder.node(first, 0);
            if (root != null && parser.nextToken() != null) {
                problems.add(builder.here(), "yaml.several-documents");
            }
            return root;
        } catch (com.fasterxml.jackson.core.exc.StreamConstraintsException e) {
            // the exception carries no location, but the parser stands on what broke the limit: for the depth
            // limit, the collection that opened one level too many
            Location at = locate(file, parser.currentTokenLocation());
            if (parser.getParsingContext().getNestingDepth() > MAX_DEPTH) {
                problems.add(at, "yaml.too-deep", MAX_DEPTH);
            } else {
                problems.add(at, "yaml.syntax", firstLine(e.getOriginalMessage()));
            }
            return null;
        } catch (JsonProcessingException e) {
            if (atBinary(parser)) {
                problems.add(locate(file, parser.currentTokenLocation()), "yaml.binary-value");
                return null;
            }
            if (e.getCause() instanceof MarkedYAMLException && YamlSyntax.report(file, text, problems)) {
                return null;
            }
            if (e.getCause() instanceof MarkedYAMLException marked && marked.getProblemMark() != null) {
                // the problem and where it is, not the construct SnakeYAML was reading when it met it
                problems.add(new Location(file, marked.getProblemMark().getLine() + 1,
                        marked.getProblemMark().getColumn() + 1), "yaml.syntax",
                        firstLine(marked.getProblem() != null ? marked.getProblem() : marked.getContext()));
                return null;
            }
            problems.add(locate(file, e.getLocation()), "yaml.syntax", firstLine(e.getOriginalMessage()));
            return null;
        } catch (IOException e) {
            problems.add(new Location(file, 1, 1), "yaml.syntax", firstLine(String.valueOf(e.getMessage())));
            return null;
        } catch (RuntimeException e) {
            // SnakeYAML signals its own limits (size, depth, aliases) with unchecked exceptions
            problems.add(new Location(file, 1, 1), "yaml.syntax", firstLine(String.valueOf(e.getMessage())));
            return null;
        }
    }

    /** Whether the parser stopped on a {@code !!binary} scalar, which it failed to decode. */
    private static boolean atBinary(YAMLParser parser) {
        try {
            return BINARY.equals(parser.getTypeId());
        } catch (IOException e) {
            return false;
        }
    }

    private static Location locate(String file, JsonLocation loc) {
        return loc == null ? new Location(file, 1, 1)
                : new Location(file, Math.max(1, loc.getLineNr()), Math.max(1, loc.getColumnNr()));
    }

    private static String firstLine(String message) {
        String m = message == null ? "" : message.strip();
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl);
    }

    private static Location locateFirstBadByte(String file, byte[] bytes) {
        int line = 1;
        int lineStart = 0;
        int i = 0;
        while (i < bytes.length) {
            int b = bytes[i] & 0xff;
            int len = b < 0x80 ? 1 : (b >> 5) == 0x6 ? 2 : (b >> 4) == 0xe ? 3 : (b >> 3) == 0x1e ? 4 : -1;
            if (len < 0 || i + len > bytes.length) {
                break;
            }
            boolean ok = true;
            for (int k = 1; k < len; k++) {
                ok &= (bytes[i + k] & 0xc0) == 0x80;
            }
            if (!ok) {
                break;
            }
            if (b == '\n') {
                line++;
                lineStart = i + 1;
            }
            i += len;
        }
        return new Location(file, line, i - lineStart + 1);
    }

    private static Location locate(String file, String text, int offset) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < offset; i++) {
            if (text.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return new Location(file, line, offset - lineStart + 1);
    }

    /** Turns the parser's token stream into nodes. */
    private static final class Builder {
        private final String file;
        private final StyleParser parser;
        private final Problems problems;

        Builder(String file, StyleParser parser, Problems problems) {
            this.file = file;
            this.parser = parser;
            this.problems = problems;
        }

        Location here() {
            return locate(file, parser.currentTokenLocation());
        }

        Node node(JsonToken token, int depth) throws IOException {
            Location at = here();
            if (depth > MAX_DEPTH) {
                problems.add(at, "yaml.too-deep", MAX_DEPTH);
                parser.skipChildren();
                return null;
            }
            if (parser.isCurrentAlias()) {
                problems.add(at, "yaml.alias");
                return new Node.ScalarNode(at, "", Node.Kind.NULL);
            }
            String tag = parser.getTypeId();
            if (tag != null && !tag.equals(STRING) && !tag.equals(BINARY)) {
                // a tag changes what a value means (!!null 3 is no answer at all), unseen in the file's text
                problems.add(at, "yaml.tag", shown(tag));
                parser.skipChildren();
                return null;
            }
            switch (token) {
                case START_OBJECT:
                    return map(at, depth);
                case START_ARRAY:
                    return list(at, depth);
                case VALUE_STRING:
                    return new Node.ScalarNode(at, parser.getText(), Node.Kind.STRING, parser.plain());
                case VALUE_NUMBER_INT:
                case VALUE_NUMBER_FLOAT:
                    return number(at, parser.getText(), token == JsonToken.VALUE_NUMBER_INT, parser.plain());
                case VALUE_TRUE:
                case VALUE_FALSE:
                    return new Node.ScalarNode(at, parser.getText(), Node.Kind.BOOLEAN, parser.plain());
                case VALUE_NULL:
                    return new Node.ScalarNode(at, "", Node.Kind.NULL, parser.plain());
                case VALUE_EMBEDDED_OBJECT:
                    problems.add(at, "yaml.binary-value"); // the only embedded object YAML makes: !!binary
                    return null;
                default:
                    problems.add(at, "yaml.syntax", String.valueOf(token));
                    return null;
            }
        }

        /** A tag as it stands in the file: the parser resolves {@code !!null} and drops a local tag's "!". */
        private static String shown(String tag) {
            return tag.startsWith(STANDARD) ? "!!" + tag.substring(STANDARD.length())
                    : tag.startsWith("!") ? tag : "!" + tag;
        }

        /**
         * A number as YAML 1.1 resolved it, except where YAML versions disagree: {@code 041} is 33 in YAML 1.1
         * (octal) and 41 in YAML 1.2, {@code 1:30.5} is 90.5 in YAML 1.1 (base 60) and text in YAML 1.2. Such a
         * scalar stays text as written, so that an id such as {@code 01001000} keeps its digits, and where a number
         * is expected the reader says how to write it unambiguously.
         */
        private static Node number(Location at, String text, boolean integer, boolean plain) {
            if (NodeReader.versionDependent(text)) {
                return new Node.ScalarNode(at, text, Node.Kind.STRING, plain);
            }
            return new Node.ScalarNode(at, text, integer ? Node.Kind.INTEGER : Node.Kind.DECIMAL, plain);
        }

        private Node map(Location at, int depth) throws IOException {
            List<Node.Entry> entries = new ArrayList<>();
            Map<String, Location> seen = new HashMap<>();
            JsonToken t;
            while ((t = parser.nextToken()) == JsonToken.FIELD_NAME) {
                Location keyAt = here();
                String key = parser.currentName();
                boolean plainKey = parser.plain();
                Node value = node(parser.nextToken(), depth + 1);
                Location first = seen.putIfAbsent(key, keyAt);
                if (first != null) {
                    problems.add(keyAt, "yaml.duplicate-key", key, first.line());
                } else if (value != null) {
                    entries.add(new Node.Entry(new Node.ScalarNode(keyAt, key, Node.Kind.STRING, plainKey), value));
                }
            }
            return new Node.MapNode(at, entries);
        }

        private Node list(Location at, int depth) throws IOException {
            List<Node> items = new ArrayList<>();
            JsonToken t;
            while ((t = parser.nextToken()) != JsonToken.END_ARRAY && t != null) {
                Node item = node(t, depth + 1);
                if (item != null) {
                    items.add(item);
                }
            }
            return new Node.ListNode(at, items);
        }
    }
}
