package de.smartregion.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The answer files named on a command line: files as given, directories searched recursively. A directory's YAML
 * files of another kind (an import map, a questionnaire beside the answers) are left out, each named: a folder of a
 * year's answers often holds them, and one would stop the whole run.
 *
 * @param files the files to load, in a stable order
 * @param otherKinds the files found in directories that declare another kind, each with that kind
 */
record AnswerFiles(List<Path> files, List<OtherKind> otherKinds) {

    /**
     * Files as named and found, before any is read: a batch learns the kind of a file found in a directory from the
     * bytes it reads anyway ({@link #kind(byte[])}), on its loading threads.
     *
     * @param files in a stable order, without repeats
     * @param scanned for each file, whether it was found in a directory (and may be of another kind) rather than
     *     named
     */
    record Found(List<Path> files, boolean[] scanned) {
    }

    /** A file of a directory that is no answer file, by the kind it declares. */
    record OtherKind(Path file, String kind) {
    }

    /** Only the start of a file is read for its kind: it is the first key of every file the tool writes. */
    private static final int HEAD = 4096;
    private static final Pattern KIND = Pattern.compile("(?m)^kind:[ \\t]*[\"']?([A-Za-z-]+)");
    /** An import map declares no kind; its columns key is its own. */
    private static final Pattern MAP = Pattern.compile("(?m)^columns:");

    AnswerFiles {
        files = List.copyOf(files);
        otherKinds = List.copyOf(otherKinds);
    }

    /** The files, with every answer file ({@code *.yaml}, {@code *.yml}) below each directory. */
    static AnswerFiles expand(List<Path> arguments) {
        Found found = find(arguments);
        List<Path> files = new ArrayList<>();
        List<OtherKind> others = new ArrayList<>();
        for (int i = 0; i < found.files().size(); i++) {
            Path f = found.files().get(i);
            String kind = found.scanned()[i] ? kind(f) : null;
            if (isAnswers(kind)) {
                files.add(f);
            } else {
                others.add(new OtherKind(f, kind));
            }
        }
        return new AnswerFiles(files, others);
    }

    /** The files, with every YAML file below each directory, none read yet. */
    static Found find(List<Path> arguments) {
        List<Path> files = new ArrayList<>();
        List<Boolean> scanned = new ArrayList<>();
        for (Path p : arguments) {
            if (Files.isDirectory(p)) {
                for (Path f : yamlBelow(p)) {
                    files.add(f);
                    scanned.add(true);
                }
            } else {
                files.add(p);
                scanned.add(false);
            }
        }
        // a file named on the command line is loaded as named, also where a directory given too holds it
        List<Path> once = new ArrayList<>();
        List<Boolean> onceScanned = new ArrayList<>();
        Map<Path, Integer> first = new HashMap<>();
        for (int i = 0; i < files.size(); i++) {
            Path f = files.get(i);
            Integer seen = f.toString().equals("-") ? null : first.putIfAbsent(f.toAbsolutePath().normalize(),
                    once.size());
            if (seen == null) {
                once.add(f);
                onceScanned.add(scanned.get(i));
            } else if (!scanned.get(i)) {
                onceScanned.set(seen, false);
            }
        }
        boolean[] flags = new boolean[once.size()];
        for (int i = 0; i < flags.length; i++) {
            flags[i] = onceScanned.get(i);
        }
        return new Found(once, flags);
    }

    /** Whether a file declaring {@code kind} (null: none at its start) is loaded as an answer file. */
    static boolean isAnswers(String kind) {
        return kind == null || kind.equals("assessment");
    }

    /**
     * The files without repeats: a folder and a file in it, or one file named twice, would otherwise count one
     * respondent twice.
     */
    static List<Path> distinct(List<Path> files) {
        Set<Path> seen = new HashSet<>();
        List<Path> once = new ArrayList<>();
        for (Path f : files) {
            if (f.toString().equals("-") || seen.add(f.toAbsolutePath().normalize())) {
                once.add(f);
            }
        }
        return once;
    }

    /** Every YAML file ({@code *.yaml}, {@code *.yml}) below a directory, sorted, so that runs agree. */
    static List<Path> yamlBelow(Path directory) {
        List<Path> found = new ArrayList<>();
        // the attributes the walk has read already, so that a hundred thousand files cost no second stat each; a
        // link is followed as a file named on the command line would be
        try (Stream<Path> walk = Files.find(directory, Integer.MAX_VALUE, (f, attributes) -> isYaml(f)
                && (attributes.isRegularFile() || attributes.isSymbolicLink() && Files.isRegularFile(f)))) {
            walk.sorted().forEach(found::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return found;
    }

    /** The kind a file declares at its start, or null when it declares none there (the loader then says so). */
    static String kind(Path f) {
        try (InputStream in = Files.newInputStream(f)) {
            return kind(in.readNBytes(HEAD));
        } catch (IOException e) {
            return null; // the loader reports the file as it reports every unreadable input
        }
    }

    /** The kind a file's bytes declare at their start, or null, as {@link #kind(Path)}. */
    static String kind(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, HEAD), StandardCharsets.UTF_8);
        if (bytes.length >= HEAD) {
            // a line cut at the end ("kind: ass") is no kind: only whole lines count
            head = head.substring(0, head.lastIndexOf('\n') + 1);
        }
        Matcher m = KIND.matcher(head);
        return m.find() ? m.group(1) : MAP.matcher(head).find() ? "mapping" : null;
    }

    private static boolean isYaml(Path f) {
        String name = f.getFileName().toString();
        return name.endsWith(".yaml") || name.endsWith(".yml");
    }
}
