package de.smartregion.input;

import java.io.StringReader;
import java.util.List;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.ScalarEvent;

/**
 * A file's YAML syntax errors, in the user's language and as many as can be found honestly. SnakeYAML stops at the
 * first error and says it in English; its problem texts are mapped here to message keys, each at the place a person
 * must edit (for a missing ':' or an unclosed quote that is where the key or the quote begins, not where the parser
 * noticed). To find further errors, the line in error and the lines indented below it are blanked and the text is
 * read again, up to {@link #MOST} times; an error the repair could have caused (one at or before the line blanked
 * last) ends the search unreported. Errors inside the block of a broken line are therefore not looked for: a broken
 * line's children cannot be read reliably. Loaded only when a file has a syntax error.
 */
final class YamlSyntax {

    /** The most errors reported for one file; after so many, the rest is better read after fixing these. */
    static final int MOST = 20;

    private static final String TAB = "\\t(TAB)";

    private YamlSyntax() {
    }

    /** One error: where it is shown, its message, and the 0-based line the repair blanks. */
    private record Found(Location at, String key, List<Object> args, int line) {
    }

    /**
     * Adds the syntax errors of {@code text} to {@code problems}; returns false, adding nothing, if SnakeYAML
     * finds none on its own (the caller then reports what it was told).
     */
    static boolean report(String file, String text, Problems problems) {
        // every line break the parser counts (a lone CR too), so that its line numbers index these lines
        String[] lines = text.split("\r\n|\r|\n", -1);
        int blankedLast = -1;
        boolean any = false;
        for (int round = 0; round < MOST; round++) {
            Found found = firstError(file, String.join("\n", lines));
            if (found == null || found.line() <= blankedLast || found.line() >= lines.length) {
                break;
            }
            problems.add(found.at(), found.key(), found.args().toArray());
            any = true;
            blankedLast = blank(lines, found.line());
        }
        return any;
    }

    /** Blanks line {@code line} and the lines below it that are indented deeper (or blank); returns the last. */
    private static int blank(String[] lines, int line) {
        int indent = indent(lines[line]);
        lines[line] = "";
        int last = line;
        for (int i = line + 1; i < lines.length; i++) {
            boolean blank = lines[i].isBlank();
            if (!blank && indent(lines[i]) <= indent) {
                break;
            }
            if (!blank) {
                last = i;
            }
            lines[i] = "";
        }
        return last;
    }

    /** Leading spaces: a tab is none, so a tab-indented line takes its block with it. */
    private static int indent(String line) {
        int i = 0;
        while (i < line.length() && line.charAt(i) == ' ') {
            i++;
        }
        return i;
    }

    /** The first syntax error of {@code text}, or null. */
    private static Found firstError(String file, String text) {
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit(YamlReader.MAX_BYTES);
        ScalarEvent lastScalar = null;
        try {
            for (Event event : new Yaml(options).parse(new StringReader(text))) {
                if (event instanceof ScalarEvent scalar) {
                    lastScalar = scalar;
                }
            }
            return null;
        } catch (MarkedYAMLException e) {
            return e.getProblemMark() == null ? null : classify(file, e, lastScalar);
        } catch (RuntimeException e) {
            return null; // a limit, not a syntax error: the caller's first report stands
        }
    }

    private static Found classify(String file, MarkedYAMLException e, ScalarEvent lastScalar) {
        String problem = String.valueOf(e.getProblem());
        String context = String.valueOf(e.getContext());
        Mark at = e.getProblemMark();
        Mark start = e.getContextMark();
        if (lastScalar != null && quoted(lastScalar) && lastScalar.getStartMark().getLine()
                < lastScalar.getEndMark().getLine() && lastScalar.getEndMark().getLine() == at.getLine()) {
            // a quote opened and not closed on its line runs on to the next quote, where the parser then stumbles
            Mark open = lastScalar.getStartMark();
            return found(file, open, "yaml.unclosed-quote", character(open));
        }
        if (problem.startsWith("found character '" + TAB + "'")) {
            return found(file, at, "yaml.tab");
        }
        if (problem.startsWith("found character '") && problem.contains("' that cannot start any token")) {
            String character = problem.substring("found character '".length(), problem.indexOf("' that cannot"));
            return found(file, at, "yaml.cannot-start", character);
        }
        if (problem.startsWith("mapping values are not allowed here")) {
            return found(file, at, "yaml.mapping-value");
        }
        if (problem.startsWith("could not find expected ':'") && start != null) {
            return found(file, start, "yaml.missing-colon");
        }
        if (context.startsWith("while scanning a quoted scalar") && start != null) {
            return found(file, start, "yaml.unclosed-quote", character(start));
        }
        if (problem.startsWith("expected ',' or ']'") && start != null) {
            return found(file, start, "yaml.unclosed-flow", "[", "]");
        }
        if (problem.startsWith("expected ',' or '}'") && start != null) {
            return found(file, start, "yaml.unclosed-flow", "{", "}");
        }
        if (problem.startsWith("found unknown escape character")) {
            return found(file, at, "yaml.unknown-escape");
        }
        if (problem.startsWith("expected <block end>")) {
            return found(file, at, "yaml.indentation");
        }
        return found(file, at, "yaml.syntax", firstLine(problem));
    }

    /** The character at {@code mark}: the buffer holds code points, not the text's chars. */
    private static String character(Mark mark) {
        return Character.toString(mark.getBuffer()[mark.getPointer()]);
    }

    private static boolean quoted(ScalarEvent scalar) {
        return scalar.getScalarStyle() == DumperOptions.ScalarStyle.DOUBLE_QUOTED
                || scalar.getScalarStyle() == DumperOptions.ScalarStyle.SINGLE_QUOTED;
    }

    private static Found found(String file, Mark mark, String key, Object... args) {
        return new Found(new Location(file, mark.getLine() + 1, mark.getColumn() + 1), key, List.of(args),
                mark.getLine());
    }

    private static String firstLine(String message) {
        String m = message.strip();
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl);
    }
}
