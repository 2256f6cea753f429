package de.smartregion.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A folder of a year's answers often holds an import map or the questionnaire too: compare and trend leave such
 * files of a directory out, each named in the output, instead of stopping with exit 3. A file named on the command
 * line is loaded as given. An answer file that answers no question (a skeleton {@code init} wrote) describes no
 * municipality: it is left out with a note wherever it is named, never ranked as a ghost.
 */
class FolderScanTest {

    @Test
    void aMapAndAQuestionnaireInTheFolderAreLeftOutAndNamed(@TempDir Path dir) throws IOException {
        Files.copy(Path.of("examples/musterstadt-2026.yaml"), dir.resolve("musterstadt-2026.yaml"));
        Files.copy(Path.of("examples/erlenried-2026.yaml"), dir.resolve("erlenried-2026.yaml"));
        Files.copy(Path.of("src/test/resources/survey/map.yaml"), dir.resolve("map.yaml"));
        Files.copy(Path.of("questionnaires/smart-region.yaml"), dir.resolve("smart-region.yaml"));
        CliRun compare = CliRun.run("compare", dir.toString(), "--lang", "en", "-f", "json", "-o", "-");
        assertThat(compare.exitCode()).as(compare.describe()).isZero();
        JsonNode json = new ObjectMapper().readTree(compare.out());
        assertThat(json.get("municipalities")).hasSize(2);
        assertThat(json.get("warnings").toString()).contains("\"code\":\"not-answers\"",
                "map.yaml left out: a mapping file, not an answer file",
                "smart-region.yaml left out: a questionnaire file, not an answer file");
        CliRun trend = CliRun.run(CliRun.GERMAN, "trend", dir.toString(), "-f", "md", "-o", "-");
        assertThat(trend.exitCode()).as(trend.describe()).isZero();
        assertThat(trend.out()).contains("map.yaml ausgelassen: eine Datei der Art mapping, keine Antwortdatei");
        // named on the command line, the map is taken for what it was given as
        CliRun named = CliRun.run("compare", dir.resolve("map.yaml").toString(), "-o", "-");
        assertThat(named.exitCode()).isEqualTo(3);
        // also when the folder holding it is named too, before or after it
        for (String[] args : new String[][] {{dir.toString(), dir.resolve("map.yaml").toString()},
                {dir.resolve("map.yaml").toString(), dir.toString()}}) {
            CliRun both = CliRun.run("compare", args[0], args[1], "-o", "-");
            assertThat(both.exitCode()).as(both.describe()).isEqualTo(3);
            assertThat(both.err()).as(both.describe()).contains("map.yaml");
        }
    }

    @Test
    void aQuestionnaireTooLargeToReadIsLeftOutOfAFolderAsAnyOther(@TempDir Path dir) throws IOException {
        Files.copy(Path.of("examples/musterstadt-2026.yaml"), dir.resolve("musterstadt-2026.yaml"));
        // over the 4 MB an input may have: its kind at its start still says what it is
        Files.writeString(dir.resolve("big.yaml"), "kind: questionnaire\n# " + "x".repeat(5 << 20) + "\n");
        CliRun compare = CliRun.run("compare", dir.toString(), "--lang", "en", "-f", "json", "-o", "-");
        assertThat(compare.exitCode()).as(compare.describe()).isZero();
        assertThat(compare.out()).contains("big.yaml left out: a questionnaire file, not an answer file");
    }

    /** A skeleton as {@code init} writes it: every answer empty, the questions as comments. */
    private static Path skeleton(Path file) {
        CliRun init = CliRun.run("init", "-o", file.toString());
        assertThat(init.exitCode()).as(init.describe()).isZero();
        return file;
    }

    @Test
    void aLeftoverSkeletonInTheFolderIsNoMunicipality(@TempDir Path dir) throws IOException {
        Files.copy(Path.of("examples/musterstadt-2026.yaml"), dir.resolve("musterstadt-2026.yaml"));
        Files.copy(Path.of("examples/erlenried-2026.yaml"), dir.resolve("erlenried-2026.yaml"));
        Path skeleton = skeleton(dir.resolve("neu.yaml"));
        CliRun compare = CliRun.run("compare", dir.toString(), "--lang", "en", "-f", "json", "-o", "-");
        assertThat(compare.exitCode()).as(compare.describe()).isZero();
        JsonNode json = new ObjectMapper().readTree(compare.out());
        assertThat(json.get("municipalities")).extracting(m -> m.get("id").asText())
                .containsExactly("09999001", "09999012");
        assertThat(json.get("warnings").toString()).contains("\"code\":\"no-answers\"",
                skeleton + " left out: it answers no question (an empty answer file, as init writes it)");
        CliRun german = CliRun.run("compare", dir.toString(), "--lang", "de", "-f", "md", "-o", "-");
        assertThat(german.exitCode()).as(german.describe()).isZero();
        assertThat(german.out()).contains("> " + skeleton
                        + " ausgelassen: Keine Frage ist beantwortet (eine leere Antwortdatei, wie init sie anlegt)")
                .doesNotContain("Name der Kommune");
        CliRun trend = CliRun.run("trend", dir.toString(), "--lang", "en", "-f", "json", "-o", "-");
        assertThat(trend.exitCode()).as(trend.describe()).isZero();
        JsonNode t = new ObjectMapper().readTree(trend.out());
        assertThat(t.get("municipalities")).hasSize(2);
        assertThat(t.get("warnings").toString()).contains("\"code\":\"no-answers\"");
    }

    @Test
    void aSkeletonNamedOnTheCommandLineIsLeftOutToo(@TempDir Path dir) throws IOException {
        Path skeleton = skeleton(dir.resolve("neu.yaml"));
        CliRun compare = CliRun.run("compare", "examples/musterstadt-2026.yaml", skeleton.toString(), "--lang", "en",
                "-f", "json", "-o", "-");
        assertThat(compare.exitCode()).as(compare.describe()).isZero();
        JsonNode json = new ObjectMapper().readTree(compare.out());
        assertThat(json.get("municipalities")).hasSize(1);
        assertThat(json.get("warnings").toString()).contains("\"code\":\"no-answers\"", skeleton + " left out");
    }

    @Test
    void onlySkeletonsLeaveNothingToCompareAndSaySo(@TempDir Path dir) {
        skeleton(dir.resolve("a.yaml"));
        skeleton(dir.resolve("b.yaml"));
        for (String command : new String[] {"compare", "trend"}) {
            CliRun run = CliRun.run(command, dir.toString(), "-o", "-");
            assertThat(run.exitCode()).as(run.describe()).isEqualTo(ExitCode.USAGE.code());
            assertThat(run.err()).contains("no answer file in " + dir
                    + " answers a single question: each is empty, as init writes it; nothing to compare");
            assertThat(run.out()).isEmpty();
        }
        CliRun german = CliRun.run(CliRun.GERMAN, "compare", dir.toString(), "-o", "-");
        assertThat(german.exitCode()).isEqualTo(ExitCode.USAGE.code());
        assertThat(german.err()).contains("keine Antwortdatei in " + dir + " beantwortet eine Frage");
    }

    @Test
    void aSkeletonBesideABrokenFileWithKeepGoingStillExits3(@TempDir Path dir) throws IOException {
        skeleton(dir.resolve("a.yaml"));
        Files.writeString(dir.resolve("b.yaml"), "kind: assessment\nquestionnaire: smart-region\nanswers: [\n");
        CliRun run = CliRun.run("compare", dir.toString(), "--keep-going", "-o", "-");
        assertThat(run.exitCode()).as(run.describe()).isEqualTo(ExitCode.INVALID_INPUT.code());
        assertThat(run.err()).contains("b.yaml:");
    }

    @Test
    void assessScoresASkeletonAsNothingAnsweredAndSaysSoBesideTheScore(@TempDir Path dir) {
        Path skeleton = skeleton(dir.resolve("neu.yaml"));
        CliRun md = CliRun.run("assess", skeleton.toString(), "--lang", "de", "-f", "md", "-o", "-");
        assertThat(md.exitCode()).as(md.describe()).isZero();
        assertThat(md.out()).contains("| **–** (nur 0 % beantwortet) | – | 0 % (0/121) |");
    }

    /** PyYAML sorts keys, so kind: can come after the answers, cut by the end of the part read for it. */
    @Test
    void aKindLineCutByTheHeadIsNoOtherKind(@TempDir Path dir) throws IOException {
        String example = Files.readString(Path.of("examples/erlenried-2026.yaml"));
        String withoutKind = example.replaceFirst("(?m)^kind: assessment\n", "");
        // comments up to byte 4087, so that the kind line is cut after "kind: ass"
        String padding = "#".repeat(4086) + "\n";
        Files.writeString(dir.resolve("erlenried-2026.yaml"), padding + "kind: assessment\n" + withoutKind);
        assertThat(padding.length()).isEqualTo(4087);
        Files.copy(Path.of("examples/musterstadt-2026.yaml"), dir.resolve("musterstadt-2026.yaml"));
        CliRun compare = CliRun.run("compare", dir.toString(), "--lang", "en", "-f", "json", "-o", "-");
        assertThat(compare.exitCode()).as(compare.describe()).isZero();
        assertThat(new ObjectMapper().readTree(compare.out()).get("municipalities")).hasSize(2);
    }
}
