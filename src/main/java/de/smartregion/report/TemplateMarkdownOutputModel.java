package de.smartregion.report;

import freemarker.core.CommonTemplateMarkupOutputModel;

/** Markdown text inside FreeMarker: knows whether it is still plain text or already escaped markup. */
public final class TemplateMarkdownOutputModel extends CommonTemplateMarkupOutputModel<TemplateMarkdownOutputModel> {

    TemplateMarkdownOutputModel(String plainTextContent, String markupContent) {
        super(plainTextContent, markupContent);
    }

    @Override
    public MarkdownOutputFormat getOutputFormat() {
        return MarkdownOutputFormat.INSTANCE;
    }
}
