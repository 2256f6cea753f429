package de.smartregion.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Hostile and broken input: every case exits with 3, a located message and no stack trace. */
class HardeningTest {

    private static CliRun validate(Path file) {
        CliRun run = CliRun.run("validate", file.toString());
        assertThat(run.exitCode()).as(run.describe()).isEqualTo(3);
        assertThat(run.err()).as(run.describe()).doesNotContain("\tat ", "Exception");
        return run;
    }

    @Test
    void aFileOverTheSizeLimitIsRefusedBeforeParsing(@TempDir Path dir) throws IOException {
        Path big = dir.resolve("big.yaml");
        Files.writeString(big, "kind: assessment\n# " + "x".repeat(4 * 1024 * 1024) + "\n");
        assertThat(validate(big).err()).startsWith(big + ":1:1: the file has > 4194304 bytes; the limit is 4194304");
    }

    @Test
    void nestingTooDeepIsRefused(@TempDir Path dir) throws IOException {
        Path flow = dir.resolve("flow.yaml");
        Files.writeString(flow, "kind: assessment\nanswers: " + "[".repeat(80) + "]".repeat(80) + "\n");
        assertThat(validate(flow).err()).contains(flow + ":").contains("nesting deeper than 64 levels")
                .doesNotContain("StreamReadConstraints");
        Path block = dir.resolve("block.yaml");
        StringBuilder y = new StringBuilder();
        for (int i = 0; i < 80; i++) {
            y.append("  ".repeat(i)).append("k").append(i).append(":\n");
        }
        Files.writeString(block, y.toString());
        assertThat(validate(block).err()).contains("nesting deeper than 64 levels");
    }

    @Test
    void anchorsAndAliasesAreRefused(@TempDir Path dir) throws IOException {
        // an alias bomb: each level doubles the one before
        Path bomb = dir.resolve("bomb.yaml");
        StringBuilder y = new StringBuilder("kind: assessment\na0: &a0 [x, x]\n");
        for (int i = 1; i < 20; i++) {
            y.append("a").append(i).append(": &a").append(i).append(" [*a").append(i - 1).append(", *a")
                    .append(i - 1).append("]\n");
        }
        Files.writeString(bomb, y.toString());
        assertThat(validate(bomb).err()).contains(bomb + ":3:").contains("aliases (*name) are not accepted");
    }

    @Test
    void binaryAndNonUtf8InputIsNamedAsSuch(@TempDir Path dir) throws IOException {
        Path binary = dir.resolve("binary.yaml");
        Files.write(binary, new byte[] {'k', 'i', 'n', 'd', ':', ' ', 0, 1, 2, 3});
        assertThat(validate(binary).err()).startsWith(binary + ":1:7: the file contains a NUL byte");
        Path latin1 = dir.resolve("latin1.yaml");
        Files.write(latin1, "kind: assessment\nname: Gr\u00f6\u00dfe\n".getBytes(StandardCharsets.ISO_8859_1));
        assertThat(validate(latin1).err()).startsWith(latin1 + ":2:9: the file is not UTF-8 text");
    }

    @Test
    void emptyFilesAreNamedAsSuchAlsoInADirectory(@TempDir Path dir) throws IOException {
        Path empty = Files.writeString(dir.resolve("empty.yaml"), "   \n\n");
        assertThat(validate(empty).err()).startsWith(empty + ":1:1: the file is empty");
        // a directory stands for its YAML files
        assertThat(validate(dir).err()).startsWith(empty + ":1:1: the file is empty");
    }
}
