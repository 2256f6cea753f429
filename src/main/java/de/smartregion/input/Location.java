package de.smartregion.input;

import de.smartregion.text.UserText;

/** A place in an input file, 1-based, as editors show it. */
public record Location(String file, int line, int column) {
    /** The file as a whole, for problems such as "cannot read" that have no line. */
    public static Location of(String file) {
        return new Location(file, 0, 0);
    }

    /** As messages start: {@code file:line:column}, the file name made visible (it may hold a newline). */
    @Override
    public String toString() {
        String shown = UserText.visible(file);
        return line == 0 ? shown : shown + ":" + line + ":" + column;
    }
}
