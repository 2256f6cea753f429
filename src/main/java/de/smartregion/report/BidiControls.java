package de.smartregion.report;

/**
 * The Unicode controls that embed, override or isolate text direction (U+202A to U+202E, U+2066 to U+2069). In a
 * user's string they reorder what a reader sees, and their effect runs on past the string's end into the rest of
 * a line (a name that makes the score after it read backwards): reports drop them from every value.
 */
final class BidiControls {

    private BidiControls() {
    }

    static boolean isControl(int ch) {
        return ch >= '\u202A' && ch <= '\u202E' || ch >= '\u2066' && ch <= '\u2069';
    }

    /** {@code text} without its direction controls; the same string if it has none, which is nearly always. */
    static String strip(String text) {
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
