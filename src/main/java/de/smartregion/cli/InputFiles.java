package de.smartregion.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The input files of a run, to refuse an output target that is one of them: by file identity, looked up in a set,
 * so that 100,000 reports are checked against 100,000 inputs in linear time ({@link Output#checkNotAnInput} compares
 * each target with every input).
 */
final class InputFiles {

    private final List<Path> inputs;
    /** The inputs' file keys; null where the file system gives none, and then each target is compared one by one. */
    private final Set<Object> keys;

    private InputFiles(List<Path> inputs, Set<Object> keys) {
        this.inputs = inputs;
        this.keys = keys;
    }

    static InputFiles of(List<Path> inputs) {
        Set<Object> keys = new HashSet<>();
        for (Path in : inputs) {
            Object key = key(in);
            if (key == null && Files.exists(in)) {
                return new InputFiles(inputs, null);
            }
            if (key != null) {
                keys.add(key);
            }
        }
        return new InputFiles(inputs, keys);
    }

    /** Refuses a target that is one of the inputs; a target that does not exist yet is none of them. */
    void check(Path target) throws UsageException {
        if (keys == null) {
            Output.checkNotAnInput(target.toString(), inputs);
            return;
        }
        Object key = key(target);
        if (key != null && keys.contains(key)) {
            throw new UsageException("cli.output-is-input", target.toString());
        }
    }

    /** The identity of a regular file (device and inode), following links; null for anything else. */
    private static Object key(Path file) {
        try {
            BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
            return a.isRegularFile() ? a.fileKey() : null;
        } catch (IOException e) {
            return null;
        }
    }
}
