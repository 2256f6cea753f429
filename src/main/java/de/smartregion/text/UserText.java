package de.smartregion.text;

import de.smartregion.model.BidiControls;

/**
 * How a string the user supplied (a value, a key, a name, a path) appears inside a message: shortened to
 * {@link #LIMIT} characters with an ellipsis, and with every control character and bidirectional formatting
 * character shown as an escape ({@code \n}, {@code \u001b}, {@code \u202e}). A message is one line on a terminal;
 * a value must neither forge another line, nor send the terminal escape sequences, nor reorder the text around it,
 * nor carry megabytes into a message that names it.
 *
 * <p>Backslashes are left as they are, so that applying this twice, as happens when a message quoting a value is
 * itself quoted in another, changes nothing: the point is what the terminal shows, not a reversible encoding.
 */
public final class UserText {

    /** The most characters of a value a message shows; longer ones end in "…" within this length. */
    public static final int LIMIT = 200;
    private static final String ELLIPSIS = "…";

    private UserText() {
    }

    /** A value as a message quotes it: shortened and made visible. Numbers stay numbers; null reads "null". */
    public static Object shown(Object value) {
        if (value instanceof Number || value instanceof Boolean) {
            return value;
        }
        return shorten(String.valueOf(value), LIMIT);
    }

    public static String shown(String value) {
        return shorten(String.valueOf(value), LIMIT);
    }

    /** The string made visible but never shortened: for paths, which a person must be able to find. */
    public static String visible(String s) {
        return shorten(s, Integer.MAX_VALUE);
    }

    private static String shorten(String s, int limit) {
        if (s.length() <= limit && s.codePoints().noneMatch(UserText::needsEscape)) {
            return s; // the common case, without a copy
        }
        StringBuilder out = new StringBuilder(Math.min(s.length(), limit) + 8);
        for (int i = 0; i < s.length();) {
            int cp = s.codePointAt(i);
            String piece = needsEscape(cp) ? escape(cp) : new String(Character.toChars(cp));
            int next = i + Character.charCount(cp);
            // the last piece may fill the limit exactly; an earlier one must leave room for the ellipsis
            int room = next == s.length() ? limit : limit - ELLIPSIS.length();
            if (out.length() + piece.length() > room) {
                return out.append(ELLIPSIS).toString();
            }
            out.append(piece);
            i = next;
        }
        return out.toString();
    }

    /** C0 and C1 controls, DEL, line and paragraph separators, and the bidi marks, embeddings and isolates. */
    static boolean needsEscape(int cp) {
        return Character.getType(cp) == Character.CONTROL
                || cp == 0x2028 || cp == 0x2029
                || BidiControls.isControlOrMark(cp);
    }

    private static String escape(int cp) {
        return switch (cp) {
            case '\n' -> "\\n";
            case '\r' -> "\\r";
            case '\t' -> "\\t";
            default -> String.format(java.util.Locale.ROOT, "\\u%04x", cp);
        };
    }
}
