package de.smartregion.model;

/**
 * Whether a name or key shows nothing: only white space, including the no-break and other Unicode spaces that
 * String.isBlank keeps, format and control characters. The loader refuses such a municipality id, name or state, and
 * the writer leaves such a name out, so that every file written loads.
 */
public final class Blank {

    private Blank() {
    }

    public static boolean blank(String s) {
        return s.codePoints().allMatch(cp -> Character.isWhitespace(cp) || Character.isSpaceChar(cp)
                || Character.getType(cp) == Character.FORMAT || Character.getType(cp) == Character.CONTROL);
    }
}
