package de.smartregion.load;

/** A place in an input file, 1-based, as editors show it. */
public record Location(String file, int line, int column) {
    @Override
    public String toString() {
        return file + ":" + line + ":" + column;
    }
}
