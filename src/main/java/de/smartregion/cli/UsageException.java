package de.smartregion.cli;

import java.util.List;

/** The command line asks for something impossible (exit 2); the message is a bundle key with arguments. */
final class UsageException extends Exception {

    private static final long serialVersionUID = 1L;

    private final String key;
    private final transient List<Object> args;

    UsageException(String key, Object... args) {
        super(key);
        this.key = key;
        this.args = List.of(args);
    }

    String key() {
        return key;
    }

    List<Object> args() {
        return args;
    }
}
