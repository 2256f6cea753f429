package de.smartregion.report;

import freemarker.cache.ClassTemplateLoader;
import freemarker.core.TemplateClassResolver;
import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateExceptionHandler;
import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;

/**
 * The FreeMarker set-up: templates from {@code /templates} in the jar, strict errors, and a sandbox (no
 * {@code ?new} of arbitrary classes, no {@code ?api}) so that a template can lay out data but do nothing else.
 */
public final class Templates {

    private final Configuration config;

    public Templates() {
        config = new Configuration(Configuration.VERSION_2_3_34);
        config.setTemplateLoader(new ClassTemplateLoader(Templates.class, "/templates"));
        config.setDefaultEncoding("UTF-8");
        config.setOutputEncoding("UTF-8");
        config.setRegisteredCustomOutputFormats(List.of(MarkdownOutputFormat.INSTANCE));
        config.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        config.setLogTemplateExceptions(false);
        config.setWrapUncheckedExceptions(true);
        config.setFallbackOnNullLoopVariable(false);
        config.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
        config.setAPIBuiltinEnabled(false);
        // templates get preformatted strings; these only make stray numbers reproducible
        config.setLocale(Locale.ROOT);
        config.setNumberFormat("computer");
        config.setTimeZone(TimeZone.getTimeZone("UTC"));
    }

    /** Renders template {@code name} with {@code model} as its data model. */
    public String render(String name, Object model) throws TemplateException {
        try {
            Template template = config.getTemplate(name);
            StringWriter out = new StringWriter();
            template.process(model, out);
            return out.toString();
        } catch (freemarker.core.ParseException e) {
            throw new TemplateException(e.getTemplateName() + ":" + e.getLineNumber() + ":"
                    + e.getColumnNumber() + ": " + e.getEditorMessage(), e);
        } catch (freemarker.template.TemplateException e) {
            throw new TemplateException(e.getTemplateSourceName() + ":" + e.getLineNumber() + ":"
                    + e.getColumnNumber() + ": " + firstLine(e.getMessageWithoutStackTop())
                    + (e.getBlamedExpressionString() == null ? "" : " [" + e.getBlamedExpressionString() + "]"), e);
        } catch (IOException e) {
            throw new TemplateException(name + ": " + e.getMessage(), e);
        }
    }

    private static String firstLine(String s) {
        String m = s == null ? "" : s.strip();
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl);
    }
}
