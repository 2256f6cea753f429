package de.smartregion.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;

/**
 * The files of one run, written together: all or, on failure, none of them replace the files that were there. Every
 * new file is first complete under a temporary name beside its destination; then devices and FIFOs are written; then
 * the temporaries are moved into place, each old file kept under a second name until the last move has succeeded,
 * so that a failing move puts back the ones before it.
 */
final class OutputSet {

    private record Entry(Destination destination, byte[] content) {
    }

    /** A file moved into place: its temporary, and the second name of the file it replaced (null when new). */
    private record Moved(Path file, Path backup) {
    }

    private final List<Entry> entries = new ArrayList<>();

    /** Adds a file; its path is resolved now, so that a bad one fails before anything is written. */
    void add(String target, byte[] content) throws OutputException {
        entries.add(new Entry(Destination.of(target), content));
    }

    void commit() throws OutputException {
        List<Path> temporaries = new ArrayList<>();
        try {
            for (Entry e : entries) {
                temporaries.add(e.destination() instanceof Destination.Replaced r ? prepare(r, e.content()) : null);
            }
            for (Entry e : entries) {
                if (e.destination() instanceof Destination.Direct d) {
                    writeDirectly(d, e.content());
                }
            }
            moveIntoPlace(temporaries);
        } finally {
            temporaries.forEach(Temporaries::remove);
        }
    }

    private static Path prepare(Destination.Replaced r, byte[] content) throws OutputException {
        Path tmp = null;
        try {
            tmp = Temporaries.create(r.file(), "tmp");
            Files.write(tmp, content, StandardOpenOption.WRITE);
            keepOwnerAndPermissions(tmp, r.file());
            return tmp;
        } catch (IOException | RuntimeException e) {
            Temporaries.remove(tmp);
            throw OutputException.of(r.target(), e);
        }
    }

    /** Opened as it is: a FIFO or pipe is not replaced, a device not truncated, a descriptor's file appended to. */
    private static void writeDirectly(Destination.Direct d, byte[] content) throws OutputException {
        try (OutputStream out = Files.newOutputStream(d.path(), StandardOpenOption.WRITE, StandardOpenOption.APPEND)) {
            out.write(content);
        } catch (IOException | RuntimeException e) {
            throw OutputException.of(d.target(), e);
        }
    }

    private void moveIntoPlace(List<Path> temporaries) throws OutputException {
        List<Moved> moved = new ArrayList<>();
        int i = 0;
        try {
            for (; i < entries.size(); i++) {
                if (entries.get(i).destination() instanceof Destination.Replaced r) {
                    Path file = r.file();
                    Path backup = entries.size() > 1 && Files.exists(file) ? Temporaries.link(file) : null;
                    try {
                        move(temporaries.get(i), file);
                    } catch (IOException | RuntimeException e) {
                        Temporaries.remove(backup);
                        throw e;
                    }
                    Temporaries.settled(temporaries.get(i));
                    moved.add(new Moved(file, backup));
                }
            }
        } catch (IOException | RuntimeException e) {
            putBack(moved);
            throw OutputException.of(entries.get(i).destination().target(), e);
        }
        for (Moved m : moved) {
            Temporaries.remove(m.backup());
        }
    }

    /** Undoes the moves that succeeded before one failed: the old files return, new ones go. */
    private static void putBack(List<Moved> moved) {
        for (Moved m : moved) {
            try {
                if (m.backup() != null) {
                    move(m.backup(), m.file());
                    Temporaries.settled(m.backup());
                } else {
                    Files.deleteIfExists(m.file());
                }
            } catch (IOException | RuntimeException ignored) {
                // nothing more can be done; the failure that started this is what gets reported
            }
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /**
     * A report is meant to be shared: it gets the permissions of the file it replaces, or rw-r--r-- when new, and,
     * where the process may (as root in CI), that file's owner and group too.
     */
    private static void keepOwnerAndPermissions(Path tmp, Path target) throws IOException {
        PosixFileAttributeView view = Files.getFileAttributeView(tmp, PosixFileAttributeView.class);
        if (view == null) {
            return;
        }
        if (!Files.exists(target)) {
            view.setPermissions(PosixFilePermissions.fromString("rw-r--r--"));
            return;
        }
        PosixFileAttributes old = Files.readAttributes(target, PosixFileAttributes.class);
        PosixFileAttributes now = view.readAttributes();
        try {
            if (!old.owner().equals(now.owner())) {
                view.setOwner(old.owner());
            }
            if (!old.group().equals(now.group())) {
                view.setGroup(old.group());
            }
        } catch (IOException notAllowed) {
            // only root may give a file away; the report is still written, owned by whoever wrote it
        }
        view.setPermissions(old.permissions());
    }
}
