package de.smartregion.input;

import de.smartregion.model.Text;
import de.smartregion.text.Numbers;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Typed access to {@link Node}s. Every method reports what is wrong, at the node's location, and returns null
 * rather than throwing, so that loading goes on and finds all of a file's problems in one run.
 */
public final class NodeReader {

    static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]*");

    private final Problems problems;

    public NodeReader(Problems problems) {
        this.problems = problems;
    }

    public Problems problems() {
        return problems;
    }

    public Node.MapNode map(Node node, String what) {
        if (node instanceof Node.MapNode m) {
            return m;
        }
        problems.add(node.at(), "expected.map", what);
        return null;
    }

    public Node.ListNode list(Node node, String what) {
        if (node instanceof Node.ListNode l) {
            return l;
        }
        problems.add(node.at(), "expected.list", what);
        return null;
    }

    /** Reports every key of {@code map} that is not in {@code allowed}, naming the nearest allowed key. */
    public void onlyKeys(Node.MapNode map, Collection<String> allowed, String context) {
        for (Node.Entry e : map.entries()) {
            if (!allowed.contains(e.key().text())) {
                String nearest = Suggest.nearest(e.key().text(), allowed);
                if (nearest == null) {
                    problems.add(e.key().at(), "key.unknown", e.key().text(), context, String.join(", ", allowed));
                } else {
                    problems.add(e.key().at(), "key.unknown.suggest", e.key().text(), context, nearest);
                }
            }
        }
    }

    /** The value under a key that must be there; reports its absence at the map. */
    public Node required(Node.MapNode map, String key, String context) {
        Node n = map.get(key);
        if (n == null || n instanceof Node.ScalarNode s && s.isNull()) {
            if (n != null || !misspelt(map, key)) {
                problems.add(map.at(), "key.missing", key, context);
            }
            return null;
        }
        return n;
    }

    /** Whether another key of the map looks like a misspelling of {@code key}, already reported as unknown. */
    private static boolean misspelt(Node.MapNode map, String key) {
        for (Node.Entry e : map.entries()) {
            if (!e.key().text().equals(key) && key.equals(Suggest.nearest(e.key().text(), List.of(key)))) {
                return true;
            }
        }
        return false;
    }

    /** Any non-null scalar, as written. Numbers such as a version 2026.1 count as text too. */
    public String string(Node node, String what) {
        if (node instanceof Node.ScalarNode s && !s.isNull()) {
            return s.text();
        }
        problems.add(node.at(), "expected.string", what);
        return null;
    }

    public String id(Node node, String what) {
        String s = string(node, what);
        if (s != null && !ID.matcher(s).matches()) {
            problems.add(node.at(), "id.invalid", s, what);
            return null;
        }
        return s;
    }

    public Double number(Node node, String what) {
        if (node instanceof Node.ScalarNode s && !s.isNull()) {
            if (s.kind() == Node.Kind.INTEGER || s.kind() == Node.Kind.DECIMAL) {
                Double v = parseNumber(s.text());
                if (v != null) {
                    return v;
                }
            }
            if (LEADING_ZERO.matcher(s.text()).matches()) {
                problems.add(node.at(), "number.leading-zero", what, s.text(), withoutLeadingZeros(s.text()));
                return null;
            }
            if (SEXAGESIMAL.matcher(s.text()).matches()) {
                problems.add(node.at(), "number.sexagesimal", what, s.text());
                return null;
            }
        }
        problems.add(node.at(), "expected.number", what, display(node));
        return null;
    }

    /**
     * Whether YAML 1.1 and YAML 1.2 read a number differently: {@code 041} (octal 33, or 41) and numbers with
     * colons ({@code 1:30.5}, base 60 in YAML 1.1 only). The YAML reader keeps these as text, so that no reading
     * of them is ever silently chosen.
     */
    static boolean versionDependent(String number) {
        return number.indexOf(':') >= 0 || LEADING_ZERO.matcher(number).matches();
    }

    /** 41 for 041, -7 for -0_7: the plain decimal a person writing a leading zero most likely meant. */
    private static String withoutLeadingZeros(String text) {
        String digits = text.replace("_", "").replaceFirst("^[-+]?0*", "");
        if (digits.isEmpty()) {
            return "0";
        }
        return text.startsWith("-") ? "-" + digits : digits;
    }

    /** A number that must lie in [min, max]. */
    public Double number(Node node, String what, double min, double max) {
        Double v = number(node, what);
        if (v != null && (v < min || v > max)) {
            problems.add(node.at(), "number.range", what, Numbers.plain(v), Numbers.plain(min), Numbers.plain(max));
            return null;
        }
        return v;
    }

    public Long integer(Node node, String what) {
        Double v = number(node, what);
        if (v == null) {
            return null;
        }
        if (v != Math.rint(v) || Math.abs(v) > 1e15) {
            problems.add(node.at(), "expected.integer", what, display(node));
            return null;
        }
        return v.longValue();
    }

    public Boolean bool(Node node, String what) {
        if (node instanceof Node.ScalarNode s && s.kind() == Node.Kind.BOOLEAN) {
            return parseBoolean(s.text());
        }
        problems.add(node.at(), "expected.boolean", what, display(node));
        return null;
    }

    /** One of the names in {@code choices}; a near miss gets a suggestion. */
    public <E> E oneOf(Node node, Map<String, E> choices, String what) {
        String s = string(node, what);
        if (s == null) {
            return null;
        }
        E e = choices.get(s);
        if (e == null) {
            String nearest = Suggest.nearest(s, choices.keySet());
            if (nearest == null) {
                problems.add(node.at(), "value.unknown", s, what, String.join(", ", choices.keySet()));
            } else {
                problems.add(node.at(), "value.unknown.suggest", s, what, nearest);
            }
        }
        return e;
    }

    /** A plain string, or a map language to string whose languages are among {@code languages}. */
    public Text text(Node node, List<String> languages, String what) {
        if (node instanceof Node.ScalarNode) {
            String s = string(node, what);
            return s == null ? null : Text.of(s);
        }
        if (!(node instanceof Node.MapNode m)) {
            problems.add(node.at(), "expected.text", what);
            return null;
        }
        Map<String, String> byLanguage = new LinkedHashMap<>();
        for (Node.Entry e : m.entries()) {
            String lang = e.key().text();
            if (!languages.isEmpty() && !languages.contains(lang)) {
                String nearest = Suggest.nearest(lang, languages);
                if (nearest == null) {
                    problems.add(e.key().at(), "text.language", lang, what, String.join(", ", languages));
                } else {
                    problems.add(e.key().at(), "text.language.suggest", lang, what, nearest);
                }
                continue;
            }
            String s = string(e.value(), what);
            if (s != null) {
                byLanguage.put(lang, s);
            }
        }
        if (m.entries().isEmpty()) {
            problems.add(m.at(), "text.empty", what);
            return null;
        }
        if (!languages.isEmpty() && !byLanguage.isEmpty() && !byLanguage.containsKey(languages.get(0))) {
            problems.add(m.at(), "text.default-missing", what, languages.get(0));
            return null;
        }
        return byLanguage.isEmpty() ? null : Text.of(byLanguage);
    }

    private static final Pattern HEX = Pattern.compile("[-+]?0x[0-9a-fA-F]+");
    /** An integer with a leading zero, as YAML 1.1 writes octal numbers. */
    private static final Pattern LEADING_ZERO = Pattern.compile("[-+]?0[0-9_]+");
    /** Digits in groups separated by colons, as YAML 1.1 writes base-60 numbers (and people times). */
    private static final Pattern SEXAGESIMAL = Pattern.compile("[-+]?[0-9][0-9_]*(:[0-9_]+)+(\\.[0-9_]*)?");
    private static final Pattern OCTAL = Pattern.compile("[-+]?0o[0-7]+");

    /** A map in the order of its arguments (key, value, key, value, …): messages list choices in that order. */
    @SuppressWarnings("unchecked")
    public static <V> Map<String, V> ordered(Object... keysAndValues) {
        Map<String, V> m = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            m.put((String) keysAndValues[i], (V) keysAndValues[i + 1]);
        }
        return java.util.Collections.unmodifiableMap(m);
    }

    public static Double parseNumber(String text) {
        String t = text.indexOf('_') >= 0 ? text.replace("_", "") : text;
        try {
            double v;
            if (t.indexOf('x') >= 0 && HEX.matcher(t).matches()) {
                v = Long.decode(t.replace("+", "")).doubleValue();
            } else if (t.indexOf('o') >= 0 && OCTAL.matcher(t).matches()) {
                v = Long.parseLong(t.replace("0o", ""), 8);
            } else {
                v = Double.parseDouble(t);
            }
            return Double.isFinite(v) ? v : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    public static Boolean parseBoolean(String text) {
        switch (text.toLowerCase(java.util.Locale.ROOT)) {
            case "true": case "yes": case "on": case "y":
                return Boolean.TRUE;
            case "false": case "no": case "off": case "n":
                return Boolean.FALSE;
            default:
                return null;
        }
    }

    /** How a node reads in a message: a scalar as written, a collection by its kind. */
    public static String display(Node node) {
        if (node instanceof Node.ScalarNode s) {
            return s.isNull() ? "null" : s.text();
        }
        return node instanceof Node.MapNode ? "{…}" : "[…]";
    }
}
