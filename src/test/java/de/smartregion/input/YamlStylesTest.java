package de.smartregion.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The fast reader against the full parser on answer files in every YAML style that people and tools write: the
 * project's generator, PyYAML's default dump and its safe_dump with UTF-8, ruamel's default dump, the files of
 * {@code smartregion init} (as written, and filled in as a person does), and of {@code smartregion import} (survey
 * exports and a filled-in workbook), and each of them with CRLF line endings. The files under
 * src/test/resources/yaml-styles/ were written by bench/yaml-styles.sh
 * from the bundled examples and the tests' survey and workbook fixtures (see the README there). The ruamel files are
 * hand-made: ruamel.yaml cannot be installed here, so the script imitates its round-trip defaults with PyYAML's
 * emitter (which ruamel forked): keys in insertion order, UTF-8, width 80, block style, "- " at the key's column
 * (indent mapping=2, sequence=2, offset=0), None written as nothing. That is our assumption about its defaults,
 * not ruamel's own output.
 *
 * <p>Both readers must build the same tree, locations and the plain/quoted flag included. Each style is either
 * read on the fast path, every file of it, or named below as falling back, in which case its tree must still be
 * the full parser's.
 */
class YamlStylesTest {

    private static final Path STYLES = Path.of("src/test/resources/yaml-styles");

    /** The styles the fast reader leaves to the full parser; every other style must take the fast path. */
    private static final List<String> FALLS_BACK = List.of();

    private static Map<String, List<Path>> styles() throws IOException {
        Map<String, List<Path>> styles = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(STYLES)) {
            walk.filter(p -> p.toString().endsWith(".yaml"))
                    .forEach(p -> styles.computeIfAbsent(p.getParent().getFileName().toString(),
                            k -> new ArrayList<>()).add(p));
        }
        return styles;
    }

    @Test
    void everyStyleIsThere() throws IOException {
        Map<String, List<Path>> styles = styles();
        for (String style : List.of("generator", "pyyaml-default", "pyyaml-unicode", "ruamel-default", "init",
                "init-filled", "import-survey", "import-workbook")) {
            assertThat(styles.get(style)).as(style).isNotEmpty();
            assertThat(styles.get(style + "-crlf")).as(style + "-crlf").hasSameSizeAs(styles.get(style));
        }
        for (Path crlf : styles.get("pyyaml-default-crlf")) {
            assertThat(Files.readString(crlf)).as("written with CRLF").contains("\r\n").doesNotContain("\r\r");
        }
    }

    @Test
    void theFastReaderBuildsTheFullParsersTreeOnEveryStyle() throws IOException {
        Map<String, List<Path>> styles = styles();
        List<String> fast = new ArrayList<>();
        List<String> fellBack = new ArrayList<>();
        for (Map.Entry<String, List<Path>> style : styles.entrySet()) {
            int taken = 0;
            for (Path file : style.getValue()) {
                byte[] bytes = Files.readAllBytes(file);
                String text = new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
                String name = file.toString();
                Problems fullProblems = new Problems();
                Node full = YamlReader.parseFull(name, text, fullProblems);
                assertThat(full).as(name + ": the full parser reads it").isNotNull();
                assertThat(fullProblems.isEmpty()).as(name + ": " + fullProblems.list()).isTrue();

                Problems fastProblems = new Problems();
                Node byFast = FastYaml.parse(name, text, fastProblems);
                if (byFast != null) {
                    taken++;
                    assertThat(byFast).as(name).isEqualTo(full);
                    assertThat(fastProblems.list()).as(name).isEqualTo(fullProblems.list());
                }
                // and whichever path it takes, the reader every command uses gives the full parser's tree, on the
                // same path
                Problems readProblems = new Problems();
                long fallbacks = FastYaml.fallbacks();
                assertThat(YamlReader.read(name, bytes, readProblems)).as(name).isEqualTo(full);
                assertThat(readProblems.isEmpty()).as(name + ": " + readProblems.list()).isTrue();
                assertThat(FastYaml.fallbacks() - fallbacks).as(name + ": fell back").isEqualTo(byFast == null ? 1 : 0);
            }
            if (taken == style.getValue().size()) {
                fast.add(style.getKey());
            } else {
                fellBack.add(style.getKey() + " (" + (style.getValue().size() - taken) + " of "
                        + style.getValue().size() + ")");
            }
        }
        System.out.println("YAML styles on the fast path: " + fast.size() + " of " + styles.size() + " " + fast
                + "; falling back: " + fellBack);
        assertThat(fellBack).as("styles falling back to the full parser")
                .containsExactlyInAnyOrderElementsOf(FALLS_BACK);
    }
}
