package de.smartregion.report;

import java.util.ArrayList;
import java.util.List;

/** The report formats {@code assess} writes; each is named by its file extension. */
public enum Format {
    JSON("json", null),
    MD("md", ".md.ftl"),
    HTML("html", ".html.ftl"),
    PDF("pdf", ".html.ftl"),
    CSV("csv", null),
    XLSX("xlsx", null);

    private final String extension;
    /** The bundled template's name after the document kind; null for a format written directly. */
    private final String templateSuffix;

    Format(String extension, String templateSuffix) {
        this.extension = extension;
        this.templateSuffix = templateSuffix;
    }

    public String extension() {
        return extension;
    }

    /** The formats of a single assessment's report. */
    public static final List<Format> REPORT = List.of(MD, HTML, PDF, JSON);
    /** The formats of a comparison or a trend. */
    public static final List<Format> TABLE = List.of(MD, HTML, PDF, CSV, JSON, XLSX);

    /**
     * The bundled template that renders this format for a document kind ("report", "compare", "trend"); null for
     * JSON, CSV and XLSX, which are written directly. PDF is made from the HTML.
     */
    public String template(String kind) {
        // a field, not a switch: a switch on an enum costs a class at start-up
        return templateSuffix == null ? null : kind + templateSuffix;
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

    /** The formats of a comma-separated list such as "html,pdf"; null when one is not among {@code allowed}. */
    public static List<Format> parseList(String names, List<Format> allowed) {
        List<Format> formats = new ArrayList<>();
        for (String name : names.split(",")) {
            Format f = parse(name.strip());
            if (f == null || !allowed.contains(f)) {
                return null;
            }
            if (!formats.contains(f)) {
                formats.add(f);
            }
        }
        return formats;
    }

    /** The names of formats, for messages and help. */
    public static String names(List<Format> formats) {
        List<String> names = new ArrayList<>();
        for (Format f : formats) {
            names.add(f.extension);
        }
        return String.join(", ", names);
    }

    @Override
    public String toString() {
        return extension;
    }
}
