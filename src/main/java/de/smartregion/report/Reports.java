package de.smartregion.report;

import de.smartregion.model.Result;

/** Renders a result in one format and language. JSON is written by Jackson; the other formats by templates. */
public final class Reports {

    private final Templates templates;

    public Reports(Templates templates) {
        this.templates = templates;
    }

    /**
     * @param date the report date to show, or null for none (reproducible output)
     */
    public String render(Result result, Format format, Messages messages, String date) throws TemplateException {
        if (format == Format.JSON) {
            return ResultJson.write(result, messages);
        }
        ReportView view = new ReportViews(messages).build(result, date);
        return templates.render("report." + format.extension() + ".ftl", view);
    }
}
