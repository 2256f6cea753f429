package de.smartregion.input;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * How many of a directory's YAML files the fast reader takes, as compare reads them (YamlReader.read): a style it
 * leaves to the full parser is still read correctly, only slower, and bench/compare-styles.sh names it. In the
 * reader's package, as its count of fallbacks is not public.
 *
 * Run: java -cp target/smartregion.jar:CLASSES de.smartregion.input.FastPathShare DIR
 */
public final class FastPathShare {

    private FastPathShare() {
    }

    public static void main(String[] args) throws Exception {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(Path.of(args[0]))) {
            files = walk.filter(p -> p.toString().endsWith(".yaml")).toList();
        }
        long before = FastYaml.fallbacks();
        for (Path f : files) {
            YamlReader.read(f.toString(), Files.readAllBytes(f), new Problems());
        }
        long fellBack = FastYaml.fallbacks() - before;
        System.out.println((files.size() - fellBack) + " of " + files.size());
    }
}
