package de.smartregion.report;

import java.util.ArrayList;
import java.util.List;

/** The report formats {@code assess} writes; each is named by its file extension. */
public enum Format {
    JSON("json"),
    MD("md"),
    HTML("html"),
    PDF("pdf");

    private final String extension;

    Format(String extension) {
        this.extension = extension;
    }

    public String extension() {
        return extension;
    }

    /** The bundled template that renders this format; JSON needs none, PDF is made from the HTML. */
    public String template() {
        return switch (this) {
            case JSON -> null;
            case MD -> "report.md.ftl";
            case HTML, PDF -> "report.html.ftl";
        };
    }

    /** The format named {@code name} (json, md, html, pdf), or null. */
    public static Format parse(String name) {
        for (Format f : values()) {
            if (f.extension.equalsIgnoreCase(name)) {
                return f;
            }
        }
        return null;
    }

    /** The formats of a comma-separated list such as "html,pdf"; null when one is unknown. */
    public static List<Format> parseList(String names) {
        List<Format> formats = new ArrayList<>();
        for (String name : names.split(",")) {
            Format f = parse(name.strip());
            if (f == null) {
                return null;
            }
            if (!formats.contains(f)) {
                formats.add(f);
            }
        }
        return formats;
    }

    /** The names of all formats, for messages and help. */
    public static String names() {
        List<String> names = new ArrayList<>();
        for (Format f : values()) {
            names.add(f.extension);
        }
        return String.join(", ", names);
    }

    @Override
    public String toString() {
        return extension;
    }
}
