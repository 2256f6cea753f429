package de.smartregion.cli;

import static de.smartregion.cli.BadInputTest.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the YAML readers make of input whose meaning depends on the YAML version or the reader: numbers with a
 * leading zero or colons, {@code !!binary}, nesting past the limit, a block scalar ending the file. Each through
 * the command line, with its exit code and located message.
 */
class YamlReadingTest {

    private static final String HEAD = "kind: assessment\nquestionnaire: smart-region@2026.1\n"
            + "municipality: {id: \"09999001\", name: Musterstadt}\nperiod: 2026\nanswers:\n";

    @TempDir
    Path dir;

    private String file(String name, String text) throws IOException {
        Path f = dir.resolve(name);
        Files.writeString(f, text);
        return f.toString();
    }

    @Test
    void aNumberWithALeadingZeroIsRefusedWithThePlainNumberToWrite() throws IOException {
        // YAML 1.1 reads 041 as octal 33, YAML 1.2 as 41: neither is chosen silently
        String octal = file("octal.yaml", HEAD + "  str-budget: 041\n");
        assertProblem(CliRun.run("validate", octal), octal, 6, 15, "'041'", "leading zero", "write 41");
        assertProblem(CliRun.run("assess", octal), octal, 6, 15, "'041'", "write 41");
        assertProblem(CliRun.run(CliRun.GERMAN, "validate", octal), octal, 6, 15, "'041'", "führender Null",
                "schreiben Sie 41");

        String quoted = file("quoted.yaml", HEAD + "  str-budget: \"-0_7\"\n");
        assertProblem(CliRun.run("validate", quoted), quoted, 6, 15, "'-0_7'", "write -7");
    }

    @Test
    void aNumberWithColonsIsRefusedAsBaseSixty() throws IOException {
        // YAML 1.1 reads 1:30 as 90 (and 1:30.5 as 90.5), YAML 1.2 as text
        String time = file("time.yaml", HEAD + "  str-budget: 1:30\n");
        assertProblem(CliRun.run("validate", time), time, 6, 15, "'1:30'", "base 60", "one plain number");
        String fraction = file("fraction.yaml", HEAD + "  str-budget: 1:30.5\n");
        assertProblem(CliRun.run(CliRun.GERMAN, "validate", fraction), fraction, 6, 15, "'1:30.5'", "Basis 60");
    }

    @Test
    void aPlainNumberStillReadsAndAnIdKeepsItsLeadingZero() throws IOException {
        String ok = file("ok.yaml", HEAD.replace("\"09999001\"", "01001000") + "  str-budget: 41\n");
        CliRun run = CliRun.run("assess", ok, "-f", "json");
        assertThat(run.exitCode()).as(run.describe()).isZero();
        assertThat(run.out()).contains("\"01001000\"").contains("\"str-budget\"");
    }

    @Test
    void binaryDataIsRefusedWhereItStands() throws IOException {
        String municipality = "municipality: {id: \"09999001\", name: !!binary TXVzdGVy}";
        String binary = file("binary.yaml", HEAD.replace("municipality: {id: \"09999001\", name: Musterstadt}",
                municipality));
        int column = municipality.indexOf("!!binary") + 1;
        assertProblem(CliRun.run("validate", binary), binary, 3, column, "binary data (!!binary)",
                "write the value as text");
        assertProblem(CliRun.run(CliRun.GERMAN, "validate", binary), binary, 3, column, "Binärdaten (!!binary)");

        // not even valid base64: the same message, at the same place
        String broken = file("broken.yaml", HEAD + "  str-budget: !!binary |\n    @@@\n");
        assertProblem(CliRun.run("validate", broken), broken, 6, 15, "binary data (!!binary)");
        assertThat(CliRun.run("validate", broken).err()).doesNotContain("EMBEDDED", "base64");
    }

    @Test
    void nestingTooDeepIsReportedWhereTheLimitIsPassed() throws IOException {
        // answers' list is level 1, the 65th bracket level 65: one more than the limit of 64
        String flow = file("flow.yaml", HEAD + "x: " + "[".repeat(80) + "]".repeat(80) + "\n");
        assertProblem(CliRun.run("validate", flow), flow, 6, 3 + 65, "nesting deeper than 64 levels");

        String scalar = file("scalar.yaml", HEAD + "x: " + "[".repeat(64) + "1" + "]".repeat(64) + "\n");
        assertProblem(CliRun.run("validate", scalar), scalar, 6, 3 + 65, "nesting deeper than 64 levels");

        StringBuilder block = new StringBuilder("kind: assessment\n");
        for (int level = 1; level <= 80; level++) {
            block.append("  ".repeat(level - 1)).append("k").append(level).append(":\n");
        }
        // the mapping of level n starts with k(n+1) on line n+2: level 65 with k66, on line 67
        String blocks = file("block.yaml", block.toString());
        assertProblem(CliRun.run("validate", blocks), blocks, 67, 2 * 65 + 1, "nesting deeper than 64 levels");
    }

    @Test
    void aBlockScalarEndingTheFileWithoutALineBreakGainsNone() throws IOException {
        // the fast reader made this "some\n", an unknown option; the full parser reads "some"
        String tiny = file("tiny.yaml", "kind: assessment\nquestionnaire: tiny@1\n"
                + "municipality: {id: \"09999001\", name: Musterstadt}\nperiod: 2026\n"
                + "answers:\n  tools: {cloud: in-use, sensors: absent}\n  open-data: |\n    some");
        CliRun run = CliRun.run("validate", "-q", BadInputTest.TINY, tiny);
        assertThat(run.exitCode()).as(run.describe()).isZero();
    }

    @Test
    void aUnicodeSpaceIsTextAsInFullYaml() throws IOException {
        // U+3000 is no YAML white space: "some\u3000" is not the option "some", whichever reader runs
        String tiny = file("space.yaml", "kind: assessment\nquestionnaire: tiny@1\n"
                + "municipality: {id: \"09999001\", name: Musterstadt}\nperiod: 2026\n"
                + "answers:\n  tools: {cloud: in-use, sensors: absent}\n  open-data: some\u3000\n");
        assertProblem(CliRun.run("validate", "-q", BadInputTest.TINY, tiny), tiny, 7, 14, "unknown",
                "'some\u3000'");
        // a file of nothing but U+3000 is not empty to YAML either: it holds one text
        String lone = file("lone.yaml", "\u3000\n");
        CliRun run = CliRun.run("validate", lone);
        assertProblem(run, lone, 1, 1, "kind");
        assertThat(run.err()).doesNotContain("empty");
    }

    @Test
    void aTagThatChangesWhatAValueMeansIsRefusedWhereItStands() throws IOException {
        // !!null would make an answer "not answered" without a trace in what a reader of the file sees
        String tagged = file("tagged.yaml", HEAD + "  str-budget: !!null 3\n  adm-eid: !local 2\n");
        assertProblem(CliRun.run("validate", tagged), tagged, 6, 15, "the tag !!null is not accepted");
        assertProblem(CliRun.run("validate", tagged), tagged, 7, 12, "the tag !local is not accepted");
        assertProblem(CliRun.run(CliRun.GERMAN, "validate", tagged), tagged, 6, 15, "Markierung !!null");
        // !!str says only what quotes say
        String text = file("text.yaml", HEAD.replace("name: Musterstadt", "name: !!str Musterstadt"));
        assertThat(CliRun.run("validate", text).exitCode()).isZero();
    }

    @Test
    void aControlCharacterFromAnEscapeIsRefusedWhereItStands() throws IOException {
        // ESC c resets a terminal and ESC ] sets its title: a report printed there must not carry them
        String escaped = file("escaped.yaml", HEAD.replace("name: Musterstadt", "name: \"Muster\\ecstadt\\e]0;x\\a\""));
        assertProblem(CliRun.run("assess", escaped), escaped, 3, 38, "control character U+001B");
        assertProblem(CliRun.run(CliRun.GERMAN, "validate", escaped), escaped, 3, 38, "Steuerzeichen U+001B");
        // tabs and line breaks are text
        String multiline = file("multiline.yaml", HEAD + "  str-budget: {value: 6, note: \"eins\\tzwei\\r\\ndrei\"}\n");
        assertThat(CliRun.run("validate", multiline).exitCode()).isZero();
    }

    @Test
    void aControlCharacterInASurveyCellIsRefusedAtItsCell() throws IOException {
        String csv = file("survey.csv", "open-data,role\nsome,\"cit\u001bizens\"\n");
        CliRun run = CliRun.run("import", csv, "-q", BadInputTest.TINY, "--municipality", "01", "--period", "2026",
                "-o", dir.resolve("out").toString());
        assertProblem(run, csv, 2, 6, "control character U+001B");
        assertThat(dir.resolve("out")).doesNotExist();
    }
}
