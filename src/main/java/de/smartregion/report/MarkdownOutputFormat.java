package de.smartregion.report;

import freemarker.core.CommonMarkupOutputFormat;
import java.io.IOException;
import java.io.Writer;

/**
 * FreeMarker has no Markdown output format; this one auto-escapes every interpolated value, so that a municipality
 * named {@code A|B *C* <x>} neither breaks a table nor injects markup or HTML.
 */
public final class MarkdownOutputFormat extends CommonMarkupOutputFormat<TemplateMarkdownOutputModel> {

    public static final MarkdownOutputFormat INSTANCE = new MarkdownOutputFormat();

    private MarkdownOutputFormat() {
    }

    @Override
    public String getName() {
        return "Markdown";
    }

    @Override
    public String getMimeType() {
        return "text/markdown";
    }

    @Override
    public void output(String textToEsc, Writer out) throws IOException {
        out.write(escapePlainText(textToEsc));
    }

    /**
     * Backslash-escapes the characters that start emphasis, code, links, HTML, tables and headings; turns line
     * breaks into spaces because one value must stay on one table row. CommonMark allows a backslash before any
     * ASCII punctuation, so the escaped text reads back as the original.
     */
    @Override
    public String escapePlainText(String text) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            switch (ch) {
                case '\\': case '`': case '*': case '_': case '[': case ']': case '<': case '>': case '|':
                case '#': case '~': case '&': case '!':
                    out.append('\\').append(ch);
                    break;
                case '\r':
                    break;
                case '\n':
                    out.append(' ');
                    break;
                default:
                    out.append(ch);
            }
        }
        return out.toString();
    }

    @Override
    public boolean isLegacyBuiltInBypassed(String builtInName) {
        return false;
    }

    @Override
    protected TemplateMarkdownOutputModel newTemplateMarkupOutputModel(String plainTextContent, String markupContent) {
        return new TemplateMarkdownOutputModel(plainTextContent, markupContent);
    }
}
