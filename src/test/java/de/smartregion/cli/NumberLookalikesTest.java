package de.smartregion.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code validate} warns of unquoted texts that smartregion keeps as written but a YAML 1.2 reader (an editor, a
 * script) takes for another number: located, with the quoted form, in the user's language; the file stays valid.
 */
class NumberLookalikesTest {

    static final String NUMBERED = "src/test/resources/schema/good/questionnaire-numbered-ids.yaml";

    private static Path answers(Path dir, String municipalityId, String more) throws IOException {
        Path file = dir.resolve("a.yaml");
        Files.writeString(file, """
                kind: assessment
                questionnaire: numbered@2026.10
                municipality:
                  id: %s
                  name: Musterdorf
                period: 2026
                respondent: {role: citizens}
                answers:
                %s""".formatted(municipalityId, more.indent(2)));
        return file;
    }

    @Test
    void anUnquotedIdWithALeadingZeroIsWarnedOfWithTheFix(@TempDir Path dir) throws IOException {
        Path file = answers(dir, "09999001", "level: 2");
        CliRun run = CliRun.run("validate", "-q", NUMBERED, file.toString());
        assertThat(run.exitCode()).as(run.describe()).isZero();
        assertThat(run.out()).contains(": ok (answers of Musterdorf for 2026: 14% answered");
        assertThat(run.errLines()).containsExactly(file + ":4:7: warning: 09999001 is read as text here, but editors"
                + " and other YAML 1.2 readers take it for the number 9999001; put it in quotes: id: \"09999001\"");
        CliRun german = CliRun.run(CliRun.GERMAN, "validate", "-q", NUMBERED, file.toString());
        assertThat(german.exitCode()).isZero();
        assertThat(german.errLines()).containsExactly(file + ":4:7: Warnung: 09999001 wird hier als Text gelesen,"
                + " Editoren und andere Programme mit YAML 1.2 lesen daraus aber die Zahl 9999001; bitte in"
                + " Anführungszeichen setzen: id: \"09999001\"");
    }

    /** Written as a YAML 1.2 reader writes the number, or quoted: both read it alike. */
    @ParameterizedTest
    @ValueSource(strings = {"\"09999001\"", "'09999001'", "9999001", "!!str 09999001", "Musterdorf"})
    void whatEveryReaderReadsAlikeIsNoWarning(String id, @TempDir Path dir) throws IOException {
        Path file = answers(dir, id, "level: 4\nshare: 12.5\ncount: 400\nchannels: [\"01\", '02']\ngrid: {web: 1, app: 0}");
        CliRun run = CliRun.run("validate", "-q", NUMBERED, file.toString());
        assertThat(run.exitCode()).as(run.describe()).isZero();
        assertThat(run.err()).isEmpty();
    }

    @Test
    void optionIdsNotesAndNamesAreTextsToo(@TempDir Path dir) throws IOException {
        Path file = answers(dir, "\"1\"", """
                grade: {value: 01, note: 1e3, evidence: 0x1F}
                channels: [02]
                open: {value: yes, note: 2026.10}""");
        CliRun run = CliRun.run("validate", "-q", NUMBERED, file.toString());
        assertThat(run.exitCode()).as(run.describe()).isZero();
        assertThat(run.errLines()).hasSize(5);
        assertThat(run.err()).contains(
                file + ":9:18: warning: 01 is read as text here",
                "number 1; put it in quotes: value: \"01\"",
                file + ":9:28: warning: 1e3 ", "number 1000; put it in quotes: note: \"1e3\"",
                "number 31; put it in quotes: evidence: \"0x1F\"",
                file + ":10:14: warning: 02 ", "number 2; put it in quotes: \"02\"",
                "the number 2026.1; put it in quotes: note: \"2026.10\"");
    }

    /** A file within the fast reader's subset: the flag comes from there. */
    @Test
    void theFastReaderTellsPlainFromQuotedToo(@TempDir Path dir) throws IOException {
        Path file = answers(dir, "\"1\"", "open: {value: yes, note: 2026.10, evidence: \"2026.10\"}");
        CliRun run = CliRun.run("validate", "-q", NUMBERED, file.toString());
        assertThat(run.exitCode()).as(run.describe()).isZero();
        assertThat(run.errLines()).singleElement().asString().startsWith(file + ":9:28: warning: 2026.10 ");
    }

    /** Where the tool expects numbers, it reads them as numbers, as editors do; an invalid file gets its errors. */
    @Test
    void numbersWhereNumbersBelongAreNoWarningAndErrorsComeAlone(@TempDir Path dir) throws IOException {
        Path file = answers(dir, "09999001", "level: 2.0\nshare: 1e1\ncount: +7");
        CliRun run = CliRun.run("validate", "-q", NUMBERED, file.toString());
        assertThat(run.exitCode()).as(run.describe()).isZero();
        assertThat(run.errLines()).singleElement().asString().contains(":4:7: warning: 09999001");
        Path broken = answers(dir, "09999001", "level: 3");
        CliRun refused = CliRun.run("validate", "-q", NUMBERED, broken.toString());
        assertThat(refused.exitCode()).isEqualTo(3);
        assertThat(refused.err()).contains(":9:10: ").doesNotContain("warning");
    }
}
