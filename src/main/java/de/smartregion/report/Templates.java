package de.smartregion.report;

import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.FileTemplateLoader;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.TemplateLoader;
import freemarker.core.TemplateClassResolver;
import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateExceptionHandler;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * The FreeMarker set-up: templates from {@code /templates} in the jar, strict errors, and a sandbox (no
 * {@code ?new} of arbitrary classes, no {@code ?api}) so that a template can lay out data but do nothing else.
 */
public final class Templates {

    private final Path userDir;
    /** Made on first use: a CSV or JSON run never pays for FreeMarker's start-up. */
    private Configuration config;
    /** Templates whose parse {@link #prepare} started, by name. */
    private final Map<String, FutureTask<Template>> prepared = new ConcurrentHashMap<>();

    /** The bundled templates only. */
    public Templates() {
        this(null);
    }

    /**
     * @param userDir a directory whose templates override the bundled ones of the same name, or null
     */
    public Templates(Path userDir) {
        this.userDir = userDir;
    }

    private synchronized Configuration config() {
        if (config != null) {
            return config;
        }
        // FreeMarker's own log would only repeat the template errors smartregion reports itself; without it, its
        // set-up skips java.util.logging (some 30 classes, ~10 ms). Read once, when FreeMarker first starts.
        System.setProperty("org.freemarker.loggerLibrary", "none");
        config = new Configuration(Configuration.VERSION_2_3_34);
        ClassTemplateLoader bundled = new ClassTemplateLoader(Templates.class, "/templates");
        if (userDir == null) {
            config.setTemplateLoader(bundled);
        } else {
            try {
                config.setTemplateLoader(new MultiTemplateLoader(new TemplateLoader[] {
                    new FileTemplateLoader(userDir.toFile()), bundled}));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        config.setObjectWrapper(new ViewObjectWrapper(config.getIncompatibleImprovements()));
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
        return config;
    }

    /**
     * Starts parsing template {@code name} on a background thread, so that on two cores it overlaps with loading
     * and scoring; {@link #render} then waits for that parse instead of starting its own (FreeMarker's cache would
     * parse it a second time). Any error is left for {@link #render} to report.
     */
    public void prepare(String name) {
        FutureTask<Template> parse = new FutureTask<>(() -> config().getTemplate(name));
        if (prepared.putIfAbsent(name, parse) == null) {
            Thread t = new Thread(parse, "smartregion-templates");
            t.setDaemon(true);
            t.start();
        }
    }

    /** The template, from its background parse if one was started. */
    private Template template(String name) throws IOException {
        FutureTask<Template> parse = prepared.get(name);
        if (parse == null) {
            return config().getTemplate(name);
        }
        try {
            return parse.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException(name);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /** Renders template {@code name} with {@code model} as its data model. */
    public String render(String name, Object model) throws TemplateException {
        try {
            Template template = template(name);
            StringWriter out = new StringWriter();
            template.process(model, out);
            return out.toString();
        } catch (freemarker.core.ParseException e) {
            throw new TemplateException(where(e.getTemplateName()) + ":" + e.getLineNumber() + ":"
                    + e.getColumnNumber() + ": " + e.getEditorMessage(), e);
        } catch (freemarker.template.TemplateException e) {
            throw new TemplateException(where(e.getTemplateSourceName()) + ":" + e.getLineNumber() + ":"
                    + e.getColumnNumber() + ": " + firstLine(e.getMessageWithoutStackTop())
                    + (e.getBlamedExpressionString() == null ? "" : " [" + e.getBlamedExpressionString() + "]"), e);
        } catch (IOException e) {
            // a template that failed to parse in the background comes back wrapped; report the parse error
            for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
                if (cause instanceof freemarker.core.ParseException p) {
                    throw new TemplateException(where(p.getTemplateName()) + ":" + p.getLineNumber() + ":"
                            + p.getColumnNumber() + ": " + p.getEditorMessage(), p);
                }
            }
            throw new TemplateException(name + ": " + e.getMessage(), e);
        }
    }

    /** A user template is named by its path, so that the user can open it; a bundled one by its name. */
    private String where(String name) {
        if (userDir != null && name != null && Files.isRegularFile(userDir.resolve(name))) {
            return userDir.resolve(name).toString();
        }
        return name;
    }

    private static String firstLine(String s) {
        String m = s == null ? "" : s.strip();
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl);
    }
}
