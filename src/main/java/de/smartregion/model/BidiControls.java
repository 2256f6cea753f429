package de.smartregion.model;

/**
 * The Unicode controls that embed, override or isolate text direction (U+202A to U+202E, U+2066 to U+2069). In a
 * user's string they reorder what a reader sees, and their effect runs on past the string's end into the rest of
 * a line (a name that makes the score after it read backwards): reports drop them from every value, the terminal
 * shows them as escapes. The direction marks (U+200E, U+200F, U+061C) end with the character they mark; reports
 * keep them, as right-to-left names may need them, but the terminal shows them too.
 */
public final class BidiControls {

    private BidiControls() {
    }

    /** An embedding, override or isolate: its effect outlasts the string it stands in. */
    public static boolean isControl(int ch) {
        return ch >= '\u202A' && ch <= '\u202E' || ch >= '\u2066' && ch <= '\u2069';
    }

    /** A control or one of the marks: invisible, so never to be taken from a terminal line at face value. */
    public static boolean isControlOrMark(int ch) {
        return isControl(ch) || ch == '\u200E' || ch == '\u200F' || ch == '\u061C';
    }

    /** {@code text} without its direction controls; the same string if it has none, which is nearly always. */
    public static String strip(String text) {
        int i = 0;
        while (i < text.length() && !isControl(text.charAt(i))) {
            i++;
        }
        if (i == text.length()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        out.append(text, 0, i);
        for (; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (!isControl(ch)) {
                out.append(ch);
            }
        }
        return out.toString();
    }
}
