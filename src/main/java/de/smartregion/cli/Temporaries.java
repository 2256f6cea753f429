package de.smartregion.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The hidden files a report passes through on its way into place: {@code .NAME.smartregion-PID-N.tmp} for the new
 * content, {@code .NAME.smartregion-PID-N.bak} for a second name of the file it replaces until the whole set is in
 * place. They are removed when the set is done, when the process is stopped (SIGINT, SIGTERM), and, after a kill
 * that no process survives, by the next run that writes into the same directory.
 */
final class Temporaries {

    /** A file name may have 255 bytes on every common file system; the temporary's must fit as well. */
    static final int MAX_NAME_BYTES = 255;

    /** A temporary whose process is gone and that is older than this is a kill's leftover. */
    static final Duration STALE = Duration.ofSeconds(60);

    /** What marks a temporary as ours, so that a sweep never takes a user's own hidden {@code .x.2023-12.bak}. */
    private static final String MARK = ".smartregion-";

    private static final Pattern OURS = Pattern.compile("\\..+\\.smartregion-(\\d+)-\\d+\\.(tmp|bak)");

    /** rw------- where the file system has POSIX permissions: nobody reads a report before it is complete. */
    private static final FileAttribute<?>[] OWNER_ONLY = FileSystems.getDefault().supportedFileAttributeViews()
            .contains("posix") ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(
                    PosixFilePermissions.fromString("rw-------"))} : new FileAttribute<?>[0];

    /** Numbers this process's temporaries, as it may write many reports. */
    private static final AtomicInteger NUMBER = new AtomicInteger();

    /** Temporaries that exist now, for the shutdown hook. */
    private static final Set<Path> LIVE = ConcurrentHashMap.newKeySet();

    /** Directories already swept for leftovers in this run. */
    private static final Set<Path> SWEPT = ConcurrentHashMap.newKeySet();

    private static final AtomicInteger HOOKED = new AtomicInteger();

    private Temporaries() {
    }

    /**
     * A new empty file beside {@code target}, readable only by its owner. Not {@code Files.createTempFile}: its
     * random names come from a SecureRandom, whose set-up slows start-up (see bench/README.md, Start-up).
     */
    static Path create(Path target, String kind) throws IOException {
        Path dir = target.getParent();
        sweep(dir);
        hook();
        long pid = ProcessHandle.current().pid();
        for (int attempt = 1; ; attempt++) {
            Path tmp = dir.resolve(name(target.getFileName().toString(), pid, NUMBER.incrementAndGet(), kind));
            LIVE.add(tmp);
            try {
                return Files.createFile(tmp, OWNER_ONLY);
            } catch (FileAlreadyExistsException e) {
                LIVE.remove(tmp);
                // left behind by an earlier process with the same id, or made by one in another PID namespace
                if (attempt == 100) {
                    throw e;
                }
            } catch (IOException | RuntimeException e) {
                LIVE.remove(tmp);
                throw e;
            }
        }
    }

    /** A second name for {@code file}, so that it can be put back if a later file of its set cannot be. */
    static Path link(Path file) throws IOException {
        Path dir = file.getParent();
        long pid = ProcessHandle.current().pid();
        Path backup = dir.resolve(name(file.getFileName().toString(), pid, NUMBER.incrementAndGet(), "bak"));
        LIVE.add(backup);
        try {
            return Files.createLink(backup, file);
        } catch (IOException | UnsupportedOperationException e) {
            // no hard links here (FAT, some network file systems): a copy serves as well for a report
            try {
                return Files.copy(file, backup);
            } catch (IOException | RuntimeException again) {
                LIVE.remove(backup);
                throw again;
            }
        }
    }

    /** {@code .NAME.smartregion-PID-N.KIND}, the name shortened so that the whole fits in {@link #MAX_NAME_BYTES}. */
    static String name(String target, long pid, int number, String kind) {
        String suffix = MARK + pid + "-" + number + "." + kind;
        int room = MAX_NAME_BYTES - 1 - suffix.length();
        String name = target;
        while (name.getBytes(StandardCharsets.UTF_8).length > room) {
            name = name.substring(0, name.offsetByCodePoints(name.length(), -1));
        }
        return "." + name + suffix;
    }

    /** Removes a temporary that is no longer needed; one that cannot be removed is harmless, hidden and ours. */
    static void remove(Path tmp) {
        if (tmp == null) {
            return;
        }
        try {
            Files.deleteIfExists(tmp);
        } catch (IOException ignored) {
            // see above
        }
        LIVE.remove(tmp);
    }

    /** The temporary is now the report itself (it was moved into place). */
    static void settled(Path tmp) {
        LIVE.remove(tmp);
    }

    /** Removes the leftovers of killed runs: ours by name, their process gone, not touched for a while. */
    private static void sweep(Path dir) {
        if (!SWEPT.add(dir)) {
            return;
        }
        FileTime before = FileTime.from(Instant.now().minus(STALE));
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, ".*" + MARK + "*.{tmp,bak}")) {
            for (Path f : files) {
                Matcher m = OURS.matcher(f.getFileName().toString());
                boolean orphan = m.matches() && m.group(1).length() < 19
                        && ProcessHandle.of(Long.parseLong(m.group(1))).isEmpty();
                if (orphan && Files.isRegularFile(f, LinkOption.NOFOLLOW_LINKS)
                        && Files.getLastModifiedTime(f, LinkOption.NOFOLLOW_LINKS).compareTo(before) < 0) {
                    Files.deleteIfExists(f);
                }
            }
        } catch (IOException | RuntimeException ignored) {
            // a directory that cannot be listed still takes the report; the leftovers only cost space
        }
    }

    private static void hook() {
        if (HOOKED.compareAndSet(0, 1)) {
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                for (Path tmp : LIVE) {
                    try {
                        Files.deleteIfExists(tmp);
                    } catch (IOException ignored) {
                        // the process is ending; nothing else can be done
                    }
                }
            }, "remove-temporaries"));
        }
    }
}
