package de.smartregion.report;

/** The report formats {@code assess} writes. */
public enum Format {
    JSON("json"),
    MD("md");

    private final String extension;

    Format(String extension) {
        this.extension = extension;
    }

    public String extension() {
        return extension;
    }

    @Override
    public String toString() {
        return extension;
    }
}
