package de.smartregion.report;

import de.smartregion.model.Result;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Renders a result in one format and language. JSON is written by Jackson; the other formats by templates. */
public final class Reports {

    private final Templates templates;

    public Reports(Templates templates) {
        this.templates = templates;
    }

    /** A rendered report: the bytes to write, and for text formats the text as well. */
    public record Rendered(Format format, byte[] bytes, boolean text) {
    }

    /**
     * @param date the report date to show, or null for none (reproducible output)
     */
    public Rendered render(Result result, Format format, Messages messages, LocalDate date) throws TemplateException {
        if (format == Format.JSON) {
            return text(format, ResultJson.write(result, messages));
        }
        ReportView view = new ReportViews(messages).build(result, date == null ? null : date(date, messages));
        String out = templates.render(format.template(), view);
        if (format == Format.PDF) {
            return new Rendered(format, PdfRenderer.render(out, view.title()), false);
        }
        return text(format, out);
    }

    private static Rendered text(Format format, String text) {
        return new Rendered(format, text.getBytes(StandardCharsets.UTF_8), true);
    }

    /** A date as the language writes it, e.g. "26. November 2026" or "26 November 2026". */
    static String date(LocalDate date, Messages messages) {
        return DateTimeFormatter.ofPattern(messages.get("format.date"), Locale.forLanguageTag(messages.language()))
                .format(date);
    }
}
