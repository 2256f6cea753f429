package de.smartregion.report;

import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.ConditionalTemplateConfigurationFactory;
import freemarker.cache.FileNameGlobMatcher;
import freemarker.cache.FirstMatchTemplateConfigurationFactory;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.TemplateConfigurationFactory;
import freemarker.cache.TemplateLoader;
import freemarker.core.HTMLOutputFormat;
import freemarker.core.OutputFormat;
import freemarker.core.TemplateClassResolver;
import freemarker.core.TemplateConfiguration;
import freemarker.core._CoreAPI;
import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateExceptionHandler;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TimeZone;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * FreeMarker set up for report templates: bundled templates from {@code /templates} in the jar, those of a
 * {@code --templates} directory before them; strict errors; a sandbox (no {@code ?new} of arbitrary classes, no
 * {@code ?api}) so that a template can lay out data but do nothing else. A template's name decides its output
 * format, so its values are escaped whatever its header says: {@code *.html.ftl} HTML, {@code *.md.ftl}
 * Markdown. Every template, also one reached by {@code #include} or {@code #import}, is checked when it is loaded
 * and made interruptible, so that {@link Templates} can stop one that runs too long.
 */
final class ReportConfiguration extends Configuration {

    /** The user's templates, or null for the bundled ones only. */
    private final UserTemplateLoader user;
    /** Templates checked and made interruptible; FreeMarker's cache hands out the same object for a name. */
    private final Set<Template> ready = Collections.newSetFromMap(new IdentityHashMap<>());

    ReportConfiguration(Path userDir) {
        super(Configuration.VERSION_2_3_34);
        this.user = userDir == null ? null : new UserTemplateLoader(userDir);
        TemplateLoader bundled = new ClassTemplateLoader(Templates.class, "/templates");
        setTemplateLoader(user == null ? bundled : new MultiTemplateLoader(new TemplateLoader[] {user, bundled}));
        // the name is looked up as given: no report_de.md.ftl and the like probed behind the user's back
        setLocalizedLookup(false);
        setObjectWrapper(new ViewObjectWrapper(getIncompatibleImprovements()));
        setDefaultEncoding("UTF-8");
        setOutputEncoding("UTF-8");
        setRegisteredCustomOutputFormats(List.of(MarkdownOutputFormat.INSTANCE));
        if (user != null) {
            // only for a user's templates: the bundled ones say their format in their header, and making the
            // configurations slows start-up (see bench/README.md, Start-up)
            setTemplateConfigurations(FormatsByName.factory());
        }
        setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        setLogTemplateExceptions(false);
        setWrapUncheckedExceptions(true);
        setFallbackOnNullLoopVariable(false);
        setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
        setAPIBuiltinEnabled(false);
        // templates get preformatted strings; these only make stray numbers reproducible
        setLocale(Locale.ROOT);
        setNumberFormat("computer");
        setTimeZone(TimeZone.getTimeZone("UTC"));
    }

    /** The output format by the name's suffix; a class of its own, loaded only where a user template is. */
    private static final class FormatsByName {
        static TemplateConfigurationFactory factory() {
            return new FirstMatchTemplateConfigurationFactory(byName("*.html.ftl", HTMLOutputFormat.INSTANCE),
                    byName("*.md.ftl", MarkdownOutputFormat.INSTANCE)).allowNoMatch(true);
        }

        private static ConditionalTemplateConfigurationFactory byName(String glob, OutputFormat format) {
            TemplateConfiguration c = new TemplateConfiguration();
            c.setOutputFormat(format);
            return new ConditionalTemplateConfigurationFactory(new FileNameGlobMatcher(glob), c);
        }
    }

    /** The output format a template's name gives it, or null for a name that gives none. */
    static OutputFormat formatOf(String name) {
        if (name.endsWith(".html.ftl")) {
            return HTMLOutputFormat.INSTANCE;
        }
        if (name.endsWith(".md.ftl")) {
            return MarkdownOutputFormat.INSTANCE;
        }
        return null;
    }

    /** Every other way of getting a template ends here, {@code #include} and {@code #import} included. */
    @Override
    public Template getTemplate(String name, Locale locale, Object customLookupCondition, String encoding,
                                boolean parseAsFTL, boolean ignoreMissing) throws IOException {
        Template template = super.getTemplate(name, locale, customLookupCondition, encoding, parseAsFTL,
                ignoreMissing);
        if (template != null) {
            ready(template);
        }
        return template;
    }

    private void ready(Template template) throws TemplateRefusal {
        synchronized (ready) {
            if (ready.contains(template)) {
                return;
            }
            check(template);
            // an interruption check in every loop and repetition: the only way to stop a template that loops
            // without end, as Template.process has no time limit of its own (FreeMarker's internal API, made
            // public for exactly this use)
            _CoreAPI.addThreadInterruptedChecks(template);
            ready.add(template);
        }
    }

    /**
     * Refuses a template whose values would not be escaped for its format: one whose name gives no format, one
     * whose header names another format or turns auto-escaping off. {@code ?no_esc} on a value stays possible:
     * that is the author's choice for that value, not an accident of a missing or copied header.
     */
    private void check(Template template) throws TemplateRefusal {
        String name = template.getName();
        OutputFormat expected = formatOf(name);
        if (expected == null) {
            throw new TemplateRefusal(where(name), "template.format-unknown");
        }
        if (!expected.equals(template.getOutputFormat())) {
            throw new TemplateRefusal(header(name), "template.format-other", template.getOutputFormat().getName(),
                    expected.getName());
        }
        if (!template.getAutoEscaping()) {
            throw new TemplateRefusal(header(name), "template.escaping-off", expected.getName());
        }
    }

    /** A template by the path a user can open, or a bundled one by its name. */
    String where(String name) {
        if (name != null && user != null && Files.isRegularFile(user.file(name))) {
            return user.file(name).toString();
        }
        return name;
    }

    /** template:line:column of the {@code #ftl} header, which only a user template can get wrong. */
    private String header(String name) {
        String where = where(name);
        int line = 1;
        int column = 1;
        if (!where.equals(name)) {
            try {
                String text = Files.readString(user.file(name), StandardCharsets.UTF_8);
                Matcher m = Pattern.compile("[<\\[]#ftl\\b").matcher(text);
                if (m.find()) {
                    int lineStart = text.lastIndexOf('\n', m.start()) + 1;
                    line += (int) text.substring(0, lineStart).chars().filter(c -> c == '\n').count();
                    column += m.start() - lineStart;
                }
            } catch (IOException e) {
                // read a moment ago; if it has gone, the start of the file has to do
            }
        }
        return where + ":" + line + ":" + column;
    }
}
