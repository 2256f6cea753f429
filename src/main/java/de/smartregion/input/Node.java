package de.smartregion.input;

import java.util.List;

/** A YAML node that remembers where it stands in its file, so that every problem can be located. */
public sealed interface Node permits Node.MapNode, Node.ListNode, Node.ScalarNode {

    Location at();

    /** A mapping with its keys in file order; duplicate keys have already been reported and dropped. */
    record MapNode(Location at, List<Entry> entries) implements Node {
        public MapNode {
            entries = List.copyOf(entries);
        }

        public Node get(String key) {
            for (Entry e : entries) {
                if (e.key().text().equals(key)) {
                    return e.value();
                }
            }
            return null;
        }
    }

    record Entry(ScalarNode key, Node value) {
    }

    record ListNode(Location at, List<Node> items) implements Node {
        public ListNode {
            items = List.copyOf(items);
        }
    }

    /**
     * A scalar as written; {@code kind} is how YAML resolved it. {@code plain} says it stood in the file without
     * quotes, block indicator or tag, so that its type was the reader's guess: YAML 1.1 and 1.2 readers guess
     * differently ({@code 09999001} is text to one, the number 9999001 to the other).
     */
    record ScalarNode(Location at, String text, Kind kind, boolean plain) implements Node {
        /** A scalar that did not come from YAML text, such as a cell of a workbook or a survey: never plain. */
        public ScalarNode(Location at, String text, Kind kind) {
            this(at, text, kind, false);
        }

        public boolean isNull() {
            return kind == Kind.NULL;
        }

        /** Null or blank: a key written with nothing after it, which in answers means "not answered yet". */
        public boolean isEmpty() {
            return kind == Kind.NULL || kind == Kind.STRING && text.isBlank();
        }
    }

    enum Kind { STRING, INTEGER, DECIMAL, BOOLEAN, NULL }
}
