package de.smartregion.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.regex.Pattern;

/**
 * What an output path really is, decided before anything is written: a regular file (or none yet) is replaced
 * atomically; a device, FIFO or one of the process's own descriptors ({@code /dev/stdout}, {@code /dev/fd/63} of
 * {@code >(gzip)}) is written to directly. Symbolic links are followed to the file they name, so that the link stays
 * and its target gets the report.
 */
sealed interface Destination {

    /** Linux's limit on links followed in one path, and so the one a person expects. */
    int MAX_LINKS = 40;

    /** A descriptor of a process, as {@code /dev/fd} and {@code /dev/stdout} lead to: reopened, never replaced. */
    Pattern DESCRIPTOR = Pattern.compile("/proc/[^/]+/(task/[^/]+/)?fd/\\d+");

    /** File type bits of {@code st_mode} and the block device type: a disk is never a report's destination. */
    int TYPE_MASK = 0170000;
    int BLOCK_DEVICE = 0060000;
    int SOCKET = 0140000;

    /** The path as given, for messages. */
    String target();

    /** A regular file, or a name where none is yet: written beside it under a temporary name, then moved there. */
    record Replaced(String target, Path file) implements Destination {
    }

    /** A FIFO, a character device or a descriptor: opened and written, neither created nor truncated. */
    record Direct(String target, Path path) implements Destination {
    }

    /** Follows {@code target}'s symbolic links, one at a time, to what it finally names. */
    static Destination of(String target) throws OutputException {
        Path path = Path.of(target).toAbsolutePath();
        try {
            for (int links = 0; links <= MAX_LINKS; links++) {
                Path parent = path.getParent();
                Path here = parent == null ? path : realDirectory(target, parent).resolve(path.getFileName());
                if (DESCRIPTOR.matcher(here.toString()).matches()) {
                    return descriptor(target, here);
                }
                BasicFileAttributes attributes;
                try {
                    attributes = Files.readAttributes(here, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
                } catch (NoSuchFileException e) {
                    return new Replaced(target, here);
                }
                if (attributes.isSymbolicLink()) {
                    // a relative link is relative to the directory that holds it; not normalised, as "sub/.." is
                    // where sub leads, then up, which only resolving the parent (next round) finds
                    path = here.resolveSibling(Files.readSymbolicLink(here));
                } else if (attributes.isRegularFile()) {
                    return new Replaced(target, here);
                } else if (attributes.isDirectory()) {
                    throw OutputException.because(target, "output.is-directory");
                } else if (type(here) == BLOCK_DEVICE) {
                    throw OutputException.because(target, "output.block-device");
                } else if (type(here) == SOCKET) {
                    throw OutputException.because(target, "output.socket");
                } else {
                    return new Direct(target, here);
                }
            }
        } catch (IOException e) {
            throw OutputException.of(target, e);
        }
        throw OutputException.because(target, "output.link-loop");
    }

    /** The directory a path stands in, its links resolved; one that is missing is named as the user sees it. */
    private static Path realDirectory(String target, Path dir) throws IOException, OutputException {
        try {
            return dir.toRealPath();
        } catch (NoSuchFileException e) {
            throw OutputException.noDirectory(target, dir.normalize());
        }
    }

    /**
     * A descriptor is written to only when it is open for writing and leads to no socket or disk: the JVM holds its
     * own jar and the JDK's modules open for reading, and {@code -o /dev/fd/4} must never append to those.
     */
    private static Destination descriptor(String target, Path path) throws IOException, OutputException {
        Path info = path.getParent().resolveSibling("fdinfo").resolve(path.getFileName());
        boolean writable = false;
        try {
            for (String line : Files.readAllLines(info)) {
                if (line.startsWith("flags:")) {
                    int accessMode = Integer.parseInt(line.substring("flags:".length()).strip(), 8) & 3;
                    writable = accessMode == 1 || accessMode == 2;
                }
            }
        } catch (NoSuchFileException e) {
            throw OutputException.because(target, "output.descriptor-closed");
        } catch (NumberFormatException e) {
            writable = false;
        }
        if (!writable) {
            throw OutputException.because(target, "output.descriptor-read-only");
        }
        // stat through the descriptor's magic link: a pipe's "pipe:[…]" is no path to resolve
        int type = type(path);
        if (type == BLOCK_DEVICE) {
            throw OutputException.because(target, "output.block-device");
        }
        if (type == SOCKET) {
            throw OutputException.because(target, "output.socket");
        }
        return new Direct(target, path);
    }

    /** The file type bits of a special file, or 0 where the platform does not tell them. */
    private static int type(Path path) throws IOException {
        try {
            return (Integer) Files.getAttribute(path, "unix:mode") & TYPE_MASK;
        } catch (UnsupportedOperationException | IllegalArgumentException e) {
            return 0;
        }
    }
}
