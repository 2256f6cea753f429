package de.smartregion.cli;

/** A report could not be written; maps to exit code 5. */
final class OutputException extends Exception {

    private static final long serialVersionUID = 1L;

    private final String target;

    OutputException(String target, String reason, Throwable cause) {
        super(reason, cause);
        this.target = target;
    }

    String target() {
        return target;
    }
}
