package de.smartregion.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
        List<Path> files = new ArrayList<>();
        List<OtherKind> others = new ArrayList<>();
        for (Path p : arguments) {
            if (Files.isDirectory(p)) {
                for (Path f : yamlBelow(p)) {
                    String kind = kind(f);
                    if (kind == null || kind.equals("assessment")) {
                        files.add(f);
                    } else {
                        others.add(new OtherKind(f, kind));
                    }
                }
            } else {
                files.add(p);
            }
        }
        return new AnswerFiles(distinct(files), others);
    }

    /**
     * The files without repeats: a folder and a file in it, or one file named twice, would otherwise count one
     * respondent twice.
     */
    static List<Path> distinct(List<Path> files) {
        java.util.Set<Path> seen = new java.util.HashSet<>();
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
        try (Stream<Path> walk = Files.walk(directory)) {
            walk.filter(f -> Files.isRegularFile(f) && isYaml(f)).sorted().forEach(found::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return found;
    }

    /** The kind a file declares at its start, or null when it declares none there (the loader then says so). */
    static String kind(Path f) {
        try (InputStream in = Files.newInputStream(f)) {
            byte[] bytes = in.readNBytes(HEAD);
            String head = new String(bytes, StandardCharsets.UTF_8);
            if (bytes.length == HEAD) {
                // a line cut at the end ("kind: ass") is no kind: only whole lines count
                head = head.substring(0, head.lastIndexOf('\n') + 1);
            }
            Matcher m = KIND.matcher(head);
            return m.find() ? m.group(1) : MAP.matcher(head).find() ? "mapping" : null;
        } catch (IOException e) {
            return null; // the loader reports the file as it reports every unreadable input
        }
    }

    private static boolean isYaml(Path f) {
        String name = f.getFileName().toString();
        return name.endsWith(".yaml") || name.endsWith(".yml");
    }
}
