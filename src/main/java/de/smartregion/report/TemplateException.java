package de.smartregion.report;

/** A template failed: located as template:line:column, with the failing expression. */
public final class TemplateException extends Exception {

    private static final long serialVersionUID = 1L;

    public TemplateException(String message, Throwable cause) {
        super(message, cause);
    }
}
