package de.smartregion.cli;

import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

/** A report could not be written; maps to exit code 5. The reason is a message key with its arguments. */
final class OutputException extends Exception {

    private static final long serialVersionUID = 1L;

    private final String target;
    private final String key;
    private final transient List<Object> args;

    private OutputException(String target, String key, List<Object> args, Throwable cause) {
        super(key, cause);
        this.target = target;
        this.key = key;
        this.args = List.copyOf(args);
    }

    /** Why writing {@code target} failed, in words a person can act on rather than an exception's name. */
    static OutputException of(String target, Exception e) {
        Path parent = Path.of(target).toAbsolutePath().getParent();
        if (e instanceof NoSuchFileException) {
            // a file system that refuses new files (such as /proc) says "no such file" too
            boolean missing = parent == null || !Files.isDirectory(parent);
            return new OutputException(target, missing ? "output.no-directory" : "output.no-new-files",
                    List.of(String.valueOf(parent)), e);
        }
        if (e instanceof AccessDeniedException) {
            return new OutputException(target, "output.denied", List.of(), e);
        }
        if (e instanceof FileSystemException f && f.getReason() != null) {
            return new OutputException(target, "output.failed", List.of(f.getReason()), e);
        }
        return new OutputException(target, "output.failed", List.of(String.valueOf(e.getMessage())), e);
    }

    /** The directory {@code dir}, where {@code target} (or the file its links lead to) would go, does not exist. */
    static OutputException noDirectory(String target, Path dir) {
        return new OutputException(target, "output.no-directory", List.of(String.valueOf(dir)), null);
    }

    /** {@code target} is not a place for a report (a directory, a disk, a loop of links); {@code key} says why. */
    static OutputException because(String target, String key) {
        return new OutputException(target, key, List.of(), null);
    }

    /** Standard output is closed: the reader stopped reading. */
    static OutputException stdoutClosed(Exception cause) {
        return new OutputException("-", "output.failed", List.of("closed"), cause);
    }

    String target() {
        return target;
    }

    String key() {
        return key;
    }

    List<Object> args() {
        return args;
    }
}
