package de.smartregion.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The compiler honours {@code -XDstringConcat=inline} (pom.xml), a hidden javac option that a javac could drop
 * without a word: no compiled class refers to {@code StringConcatFactory}, whose call sites every run would link
 * anew (see bench/README.md, Start-up).
 */
class StringConcatInlineTest {

    private static final byte[] FACTORY = "java/lang/invoke/StringConcatFactory".getBytes(StandardCharsets.UTF_8);
    private static final byte[] BUILDER = "java/lang/StringBuilder".getBytes(StandardCharsets.UTF_8);

    @Test
    void noClassConcatenatesThroughInvokedynamic() throws IOException {
        List<Path> classes;
        try (Stream<Path> files = Files.walk(Path.of("target/classes"))) {
            classes = files.filter(f -> f.toString().endsWith(".class")).toList();
        }
        assertThat(classes).as("compiled classes").hasSizeGreaterThan(100);
        List<String> indy = classes.stream().filter(c -> contains(read(c), FACTORY)).map(Path::toString).toList();
        assertThat(indy).as("classes whose string concatenation javac compiled to invokedynamic").isEmpty();
        // and the scan sees concatenation where there is some: Charts joins coordinates with "+"
        assertThat(contains(read(Path.of("target/classes/de/smartregion/report/Charts.class")), BUILDER)).isTrue();
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Whether {@code bytes} holds {@code part}: a constant-pool entry is its UTF-8 text, as is. */
    private static boolean contains(byte[] bytes, byte[] part) {
        outer:
        for (int i = 0; i + part.length <= bytes.length; i++) {
            for (int j = 0; j < part.length; j++) {
                if (bytes[i + j] != part[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
