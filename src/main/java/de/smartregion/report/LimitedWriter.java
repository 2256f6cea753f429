package de.smartregion.report;

import freemarker.core.Environment;
import freemarker.core.TemplateElement;
import freemarker.core._CoreAPI;
import java.io.IOException;
import java.io.Writer;

/**
 * A template's output, in memory, up to a number of characters: a template that writes without end stops at the
 * limit, located at the instruction that wrote past it, instead of filling the heap.
 */
final class LimitedWriter extends Writer {

    /** Writing went past the limit, at a line and column of a template. */
    static final class Exceeded extends IOException {
        private static final long serialVersionUID = 1L;
        private final String template;
        private final int line;
        private final int column;

        Exceeded(String template, int line, int column) {
            super("output limit exceeded");
            this.template = template;
            this.line = line;
            this.column = column;
        }

        /** The template's name as FreeMarker knows it, or null when no template was running. */
        String template() {
            return template;
        }

        int line() {
            return line;
        }

        int column() {
            return column;
        }
    }

    private final StringBuilder out = new StringBuilder(16 * 1024);
    private final long limit;

    LimitedWriter(long limit) {
        this.limit = limit;
    }

    long limit() {
        return limit;
    }

    private void room(int more) throws Exceeded {
        if (out.length() + (long) more > limit) {
            throw exceeded();
        }
    }

    /**
     * Where the template is now: the innermost instruction on FreeMarker's stack, which wrote this output. FreeMarker
     * offers no public way to ask for the current line; its TemplateElement is deprecated only to mark it internal.
     */
    @SuppressWarnings("deprecation")
    private static Exceeded exceeded() {
        Environment env = Environment.getCurrentEnvironment();
        TemplateElement[] stack = env == null ? null : _CoreAPI.getInstructionStackSnapshot(env);
        if (stack == null || stack.length == 0 || stack[0].getTemplate() == null) {
            return new Exceeded(null, 0, 0);
        }
        return new Exceeded(stack[0].getTemplate().getSourceName(), stack[0].getBeginLine(),
                stack[0].getBeginColumn());
    }

    @Override
    public void write(int c) throws IOException {
        room(1);
        out.append((char) c);
    }

    @Override
    public void write(char[] chars, int off, int len) throws IOException {
        room(len);
        out.append(chars, off, len);
    }

    @Override
    public void write(String s, int off, int len) throws IOException {
        room(len);
        out.append(s, off, off + len);
    }

    @Override
    public void flush() {
        // nothing buffered beyond the text itself
    }

    @Override
    public void close() {
        // the text stays readable after close
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
