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

    /** The format named {@code name} (json, md), or null. */
    public static Format parse(String name) {
        for (Format f : values()) {
            if (f.extension.equalsIgnoreCase(name)) {
                return f;
            }
        }
        return null;
    }

    /** The names of all formats, for messages and help. */
    public static String names() {
        StringBuilder s = new StringBuilder();
        for (Format f : values()) {
            s.append(s.length() == 0 ? "" : ", ").append(f.extension);
        }
        return s.toString();
    }

    @Override
    public String toString() {
        return extension;
    }
}
