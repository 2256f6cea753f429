package de.smartregion.report;

import de.smartregion.text.Language;
import de.smartregion.text.Messages;
import java.util.List;

/**
 * A template failed: located as template:line:column, with the failing expression. FreeMarker's own errors come
 * as FreeMarker words them, in English; smartregion's (limits, refused templates) in the language of whoever
 * shows them.
 */
public final class TemplateException extends Exception {

    private static final long serialVersionUID = 1L;

    private final String where;
    private final String key;
    private final transient List<Object> args;

    public TemplateException(String message, Throwable cause) {
        super(message, cause);
        this.where = null;
        this.key = null;
        this.args = List.of();
    }

    /**
     * @param where the template, as template or template:line:column
     * @param key   the message, a key of the message bundles
     */
    TemplateException(String where, String key, List<Object> args, Throwable cause) {
        super(where + ": " + Messages.of(Language.EN).get(key, args), cause);
        this.where = where;
        this.key = key;
        this.args = List.copyOf(args);
    }

    /** The message in the language of {@code messages}. */
    public String message(Messages messages) {
        return key == null ? getMessage() : where + ": " + messages.get(key, args);
    }
}
