package de.smartregion.cli;

/** The process exit codes, as {@code smartregion --help} lists them; scripts and CI gates depend on these numbers. */
public enum ExitCode {
    OK(0),
    /** A bug in smartregion. */
    INTERNAL_ERROR(1),
    USAGE(2),
    /** YAML, schema or semantic problems in an input file. */
    INVALID_INPUT(3),
    GATE_FAILED(4),
    OUTPUT_FAILED(5);

    private final int code;

    ExitCode(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }
}
