package de.smartregion.report;

import freemarker.template.Template;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * Renders report templates (set up by {@link ReportConfiguration}) within limits of their own: a template runs on
 * a thread of its own for at most {@link #timeLimit()}, writes at most {@link #outputLimit()} characters, and a
 * recursion without end or a template that fills the heap ends as a template error, as does any other failure.
 */
public final class Templates {

    /** The shortest time limit, the one with the launcher's heap. */
    private static final Duration MIN_TIME = Duration.ofSeconds(20);
    /** Characters per second a bundled template writes at the least, on a slow machine. */
    private static final long SLOW_RATE = 10_000_000;

    private final Path userDir;
    /** Made on first use: a CSV or JSON run never pays for FreeMarker's start-up. */
    private ReportConfiguration config;
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

    /**
     * How many characters one template may write: a sixth of the heap, as the text is held as it grows, then
     * copied, then encoded. That is 64 million characters with the launcher's 384 MB, where the largest bundled
     * report that fits, the trend of 12,000 municipalities as HTML, has 53 million (15,000 ran out of memory
     * before there was a limit); a template that writes without end stops here rather than at the end of memory.
     */
    static long outputLimit() {
        return Math.max(1L << 20, Runtime.getRuntime().maxMemory() / 6);
    }

    /**
     * How long one template may run: 20 s, or as long as writing {@link #outputLimit()} at 10 million characters
     * a second takes, whichever is longer. The bundled templates write some 18 million a second: the trend of
     * 12,000 municipalities as HTML, 53 million characters and the largest report that fits the launcher's heap,
     * takes 3 s with its view, a single report well under one. A bigger heap allows more output, and more time.
     */
    static Duration timeLimit() {
        return Duration.ofSeconds(Math.max(MIN_TIME.toSeconds(), outputLimit() / SLOW_RATE));
    }

    private synchronized ReportConfiguration config() {
        if (config == null) {
            // FreeMarker's own log would only repeat the template errors smartregion reports itself; without it,
            // its set-up skips java.util.logging (see bench/README.md, Start-up). Read when FreeMarker first starts.
            System.setProperty("org.freemarker.loggerLibrary", "none");
            config = new ReportConfiguration(userDir);
        }
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
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /** Renders template {@code name} with {@code model} as its data model. */
    public String render(String name, Object model) throws TemplateException {
        try {
            return BoundedRun.run("smartregion-template", timeLimit(), () -> {
                Template template = template(name);
                LimitedWriter out = new LimitedWriter(outputLimit());
                template.process(model, out);
                return out.toString();
            });
        } catch (BoundedRun.Exceeded e) {
            List<Object> none = List.of();
            throw switch (e.limit()) {
                case TIME -> new TemplateException(where(name), "template.time-limit",
                        List.of(timeLimit().toSeconds()), e);
                case STACK -> new TemplateException(where(name), "template.too-deep", none, e);
                case MEMORY -> new TemplateException(where(name), "template.out-of-memory",
                        List.of(heapMegabytes()), e);
            };
        } catch (Exception e) {
            throw failure(name, e);
        }
    }

    /** The heap, for messages: what {@code -Xmx} gave the JVM. */
    static long heapMegabytes() {
        return Runtime.getRuntime().maxMemory() / (1024 * 1024);
    }

    /** Any other failure of a template, located where FreeMarker or the limits say. */
    private TemplateException failure(String name, Exception e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof TemplateRefusal r) {
                return r.asTemplateException(e);
            }
            if (cause instanceof LimitedWriter.Exceeded x) {
                String at = x.template() == null ? where(name)
                        : where(x.template()) + ":" + x.line() + ":" + x.column();
                return new TemplateException(at, "template.output-limit", List.of(outputLimit()), e);
            }
            if (cause instanceof CharacterCodingException) {
                return new TemplateException(where(name), "template.not-utf8", List.of(), e);
            }
        }
        if (e instanceof freemarker.core.ParseException p) {
            return parseFailure(p);
        }
        if (e instanceof freemarker.template.TemplateException t) {
            return new TemplateException(where(t.getTemplateSourceName()) + ":" + t.getLineNumber() + ":"
                    + t.getColumnNumber() + ": " + reason(t)
                    + (t.getBlamedExpressionString() == null ? "" : " [" + t.getBlamedExpressionString() + "]"), e);
        }
        // a template that failed to parse in the background comes back wrapped; report the parse error
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof freemarker.core.ParseException p) {
                return parseFailure(p);
            }
        }
        return new TemplateException(where(name) + ": " + e.getMessage(), e);
    }

    private TemplateException parseFailure(freemarker.core.ParseException p) {
        return new TemplateException(where(p.getTemplateName()) + ":" + p.getLineNumber() + ":"
                + p.getColumnNumber() + ": " + p.getEditorMessage(), p);
    }

    /** A user template is named by its path, so that the user can open it; a bundled one by its name. */
    String where(String name) {
        return config().where(name);
    }

    /** FreeMarker's first line, and its cause's where that line only announces it ("inclusion failed (…):"). */
    private static String reason(freemarker.template.TemplateException t) {
        String first = firstLine(t.getMessageWithoutStackTop());
        if (first.endsWith(":") && t.getCause() != null) {
            return first + " " + firstLine(t.getCause().getMessage());
        }
        return first;
    }

    private static String firstLine(String s) {
        String m = s == null ? "" : s.strip();
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl);
    }
}
