package de.smartregion.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The fast reader must build exactly the tree of the full parser, locations included, or give up: compared on
 * every YAML file of the project and on generated ones full of the constructs it handles and those it must not.
 */
class FastYamlTest {

    /** Compares both paths on one text; returns whether the fast path took it. */
    private static boolean same(String name, String text) {
        Problems fastProblems = new Problems();
        Node fast = FastYaml.parse(name, text, fastProblems);
        if (fast == null) {
            assertThat(fastProblems.isEmpty()).as(name + ": gave up without problems").isTrue();
            return false;
        }
        Problems fullProblems = new Problems();
        Node full = YamlReader.parseFull(name, text, fullProblems);
        assertThat(fast).as(name + "\n" + text).isEqualTo(full);
        assertThat(fastProblems.list()).as(name).isEqualTo(fullProblems.list());
        return true;
    }

    @Test
    void agreesWithTheFullParserOnEveryProjectFile() throws IOException {
        List<Path> files = new ArrayList<>();
        for (String dir : List.of("examples", "questionnaires", "src/test/resources", "docs")) {
            try (Stream<Path> walk = Files.walk(Path.of(dir))) {
                walk.filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".yml")).forEach(files::add);
            }
        }
        int taken = 0;
        for (Path f : files) {
            String text = new String(Files.readAllBytes(f), StandardCharsets.UTF_8);
            if (text.startsWith("\uFEFF")) {
                text = text.substring(1);
            }
            if (!text.isBlank() && same(f.toString(), text)) {
                taken++;
            }
        }
        assertThat(files).hasSizeGreaterThan(50);
        // the plain answer files at least must take the fast path, or it is pointless
        assertThat(taken).isGreaterThan(files.size() / 3);
        assertThat(same("example", Files.readString(Path.of("examples/musterstadt-2026.yaml")))).isTrue();
    }

    @Test
    void agreesOnHandWrittenEdgeCases() {
        String[] cases = {
            "a: 1\nb: -2\nc: 2.50\nd: -0.5\ne: yes\nf: No\ng: ~\nh: null\ni:\nj:   \nk: n/a\n",
            "a: 'it''s'\nb: \"q \\\"x\\\" \\\\ y\"\nc: \"yes\"\nd: '12'\n",
            "# c\n\nm:\n  id: \"0916\"   # key\n  name: Musterstadt\n\nx: {a: b, c: [d, e], f: \"g\", h: []}\n",
            "l: [1, 2.5, yes, null, ~, 'x']\nn:\n  - a\n  - {x: 1}\n  - [c]\n  - -3\nlast:\n",
            "deep:\n  er:\n    est:\n      x: 1\n  back: 2\nout: 3\n",
            "dup: 1\ndup: 2\nm: {a: 1, a: 2}\n",
            "ümlaut: Größe\nname: Bürgerbüro am Markt\n",
            // beyond the subset: the fast path must give up, and the test then only checks that
            "a: |\n  text\n", "a: >\n  text\n", "a: &x 1\nb: *x\n", "a: !tag x\n", "a: 012\n", "a: 1e3\n",
            "a: 0x1F\n", "a: 2026-05-01\n", "a: y\n", "a: .5\n", "a: +5\n", "a: b: c\n", "a: [1,\n  2]\n",
            "a: plain\n  continued\n", "a:\n- x\n", "- a: 1\n", "---\na: 1\n", "a: 1\n---\nb: 2\n",
            "\"q\": 1\n", "2026: x\n", "yes: x\n", "a\tb: 1\n", "a: 1\r\nb: 2\r\n", "a: 'open\n", "a: {b: 1\n",
            " a: 1\n", "a: 1\n  b: 2\n", "a: x # c\nb: \"s\" # c\n", "a: Musterstadt, Nord\n", "a: x]\n",
            "a: 1\nb:\n  - x\n  -\n    y: 1\n", "a: \"\\u00e4\"\n", "k :  v\n", "a: -\n", "a: [1, 2, ]\n",
            // found by review: line separators, colons and question marks in flow scalars, \/, deep blank lines
            "a: 1\n# c\u2028b: 2\n", "# c\u2028\na: 1\n", "a: b\u2028c\n", "a: [a:]\n", "a: [b,c:]\n",
            "a: [x:y:]\n", "a: {b: [c:]}\n", "a: {x: a:}\n", "a: [a?b]\n", "a: {b: c?d}\n", "a: \"\\/\"\n",
            "a: |\n    \n  foo\n", "a: >\n    \n  foo\n", "a: |-\n     \n    foo\n", "- a: |\n     \n    x\n",
            "a: https://example.org/x\nb: [https://x]\n", "a: |\n  x\n\n  y\nb: >-\n  p\n  q\n\n  r\n",
        };
        int taken = 0;
        for (int i = 0; i < cases.length; i++) {
            if (same("case" + i + ".yaml", cases[i])) {
                taken++;
            }
        }
        assertThat(taken).isGreaterThanOrEqualTo(7);
    }

    @Test
    void agreesOnRandomAnswerFiles() {
        Random random = new Random(7);
        String[] scalars = {"1", "0", "-4", "2.5", "0.25", "yes", "no", "true", "n/a", "some", "Bürger", "x y z",
            "'quoted'", "\"dq\"", "~", "null", "tablets", "a-b", "[]", "{}"};
        int taken = 0;
        for (int n = 0; n < 300; n++) {
            StringBuilder y = new StringBuilder("kind: assessment\nanswers:\n");
            int entries = 1 + random.nextInt(12);
            for (int e = 0; e < entries; e++) {
                y.append("  q").append(random.nextInt(8)).append(": ");
                switch (random.nextInt(5)) {
                    case 0 -> y.append(scalars[random.nextInt(scalars.length)]);
                    case 1 -> y.append('[').append(scalars[random.nextInt(scalars.length)]).append(", ")
                            .append(scalars[random.nextInt(scalars.length)]).append(']');
                    case 2 -> y.append("{r: ").append(scalars[random.nextInt(scalars.length)]).append(", s: [")
                            .append(scalars[random.nextInt(scalars.length)]).append("]}");
                    case 3 -> y.append("{value: ").append(scalars[random.nextInt(scalars.length)])
                            .append(", note: \"n\"}");
                    default -> y.append(random.nextBoolean() ? "" : "   # later");
                }
                y.append(random.nextInt(4) == 0 ? "  # comment\n" : "\n");
                if (random.nextInt(6) == 0) {
                    y.append("\n");
                }
            }
            if (same("random" + n + ".yaml", y.toString())) {
                taken++;
            }
        }
        assertThat(taken).isGreaterThan(150);
    }
}
