package de.smartregion.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/** Writes a report to stdout or, atomically, to a file: a failure never leaves a half-written report behind. */
final class Output {

    /** Numbers the temporary files of this process, which may write several reports. */
    private static final AtomicInteger TEMPORARIES = new AtomicInteger();

    /** rw------- where the file system has POSIX permissions; nothing to ask for elsewhere. */
    private static final FileAttribute<?>[] OWNER_ONLY = FileSystems.getDefault().supportedFileAttributeViews()
            .contains("posix") ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(
                    PosixFilePermissions.fromString("rw-------"))} : new FileAttribute<?>[0];

    private Output() {
    }

    static boolean isStdout(String target) {
        return target == null || target.equals("-");
    }

    /** Refuses to overwrite one of the inputs: a wrong -o must not destroy the analyst's answers. */
    static void checkNotAnInput(String target, List<Path> inputs) throws UsageException {
        if (isStdout(target)) {
            return;
        }
        Path out = Path.of(target);
        for (Path in : inputs) {
            try {
                if (Files.exists(out) && Files.isSameFile(out, in)) {
                    throw new UsageException("cli.output-is-input", target);
                }
            } catch (IOException e) {
                // an unreadable output path fails later, when writing, with exit code 5
            }
        }
    }

    static void write(String target, String content, PrintWriter stdout) throws OutputException {
        if (isStdout(target)) {
            stdout.print(content);
            stdout.flush();
            if (stdout.checkError()) {
                throw OutputException.stdoutClosed(null);
            }
            return;
        }
        write(target, content.getBytes(StandardCharsets.UTF_8));
    }

    /** Writes {@code content} to the file {@code target} through a temporary file and an atomic move. */
    static void write(String target, byte[] content) throws OutputException {
        Path path = Path.of(target).toAbsolutePath();
        Path tmp = null;
        try {
            Path dir = path.getParent();
            tmp = temporary(dir, path.getFileName().toString());
            Files.write(tmp, content, StandardOpenOption.WRITE);
            keepPermissions(tmp, path);
            try {
                Files.move(tmp, path, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, path, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException | RuntimeException e) {
            deleteQuietly(tmp);
            throw OutputException.of(target, e);
        }
    }

    /**
     * A new empty file beside the target, named after it and this process, readable only by its owner until the
     * report in it is complete. Not {@code Files.createTempFile}: its random names come from a SecureRandom whose
     * set-up (some 40 classes, seeding) every report paid for.
     */
    static Path temporary(Path dir, String name) throws IOException {
        long pid = ProcessHandle.current().pid();
        for (int attempt = 1; ; attempt++) {
            try {
                return Files.createFile(dir.resolve("." + name + "." + pid + "-" + TEMPORARIES.incrementAndGet()
                        + ".tmp"), OWNER_ONLY);
            } catch (FileAlreadyExistsException e) {
                // left behind by an earlier process with the same id, or made by one in another PID namespace
                if (attempt == 100) {
                    throw e;
                }
            }
        }
    }

    /** A report is meant to be shared: it gets the permissions of the file it replaces, or rw-r--r-- when new. */
    private static void keepPermissions(Path tmp, Path target) throws IOException {
        if (!Files.getFileStore(tmp).supportsFileAttributeView(PosixFileAttributeView.class)) {
            return;
        }
        Set<PosixFilePermission> permissions = Files.exists(target) ? Files.getPosixFilePermissions(target)
                : PosixFilePermissions.fromString("rw-r--r--");
        Files.setPosixFilePermissions(tmp, permissions);
    }


    private static void deleteQuietly(Path tmp) {
        if (tmp != null) {
            try {
                Files.deleteIfExists(tmp);
            } catch (IOException ignored) {
                // the temp file is hidden and named as ours; leaving it is harmless
            }
        }
    }
}
