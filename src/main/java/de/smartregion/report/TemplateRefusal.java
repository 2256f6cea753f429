package de.smartregion.report;

import java.io.IOException;
import java.util.List;

/**
 * A template that smartregion will not run, found while FreeMarker loads it: a file outside the template directory,
 * a name without a known output format, a header that turns escaping off. An IOException because FreeMarker's
 * loading passes only those through, also from an {@code #include}; {@link Templates} finds it in the cause chain
 * and reports it as a {@link TemplateException}.
 */
final class TemplateRefusal extends IOException {

    private static final long serialVersionUID = 1L;

    private final String where;
    private final String key;
    private final transient List<Object> args;

    /**
     * @param where the template's file, or {@code file:line:column} when a place in it is to blame
     */
    TemplateRefusal(String where, String key, Object... args) {
        super(where + ": " + key);
        this.where = where;
        this.key = key;
        this.args = List.of(args);
    }

    TemplateException asTemplateException(Throwable cause) {
        return new TemplateException(where, key, args, cause);
    }
}
