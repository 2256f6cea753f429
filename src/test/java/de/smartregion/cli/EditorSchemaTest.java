package de.smartregion.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The first lines of the answer files {@code init} and {@code import} write name a JSON Schema that resolves wherever
 * the files lie: the questionnaire's own, written beside them, or the one given with --schema; and the files they
 * write carry no text that an editor would read as a number.
 */
class EditorSchemaTest {

    private static final String NAME = "smartregion-smart-region-2026.1.schema.json";
    private static final String MODELINE = "# yaml-language-server: $schema=" + NAME;
    private static final String JETBRAINS = "# $schema: " + NAME;

    @Test
    void initWritesTheQuestionnairesSchemaBesideTheFileAndNamesItByItsName(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("answers/musterstadt-2027.yaml");
        Files.createDirectories(file.getParent());
        CliRun run = CliRun.run("init", "--period", "2027", "-o", file.toString());
        assertThat(run.exitCode()).as(run.describe()).isZero();
        List<String> lines = Files.readAllLines(file);
        assertThat(lines.subList(0, 2)).containsExactly(MODELINE, JETBRAINS);
        Path schema = file.resolveSibling(NAME);
        assertThat(schema).exists();
        assertThat(Files.readString(schema)).isEqualTo(schemaOf("smart-region"));
        // the pair moves together: in another directory the name still resolves
        Path moved = Files.createDirectories(dir.resolve("elsewhere"));
        Files.move(file, moved.resolve(file.getFileName()));
        Files.move(schema, moved.resolve(NAME));
        assertThat(moved.resolve(NAME)).exists();
        CliRun valid = CliRun.run("validate", moved.resolve(file.getFileName()).toString());
        assertThat(valid.exitCode()).as(valid.describe()).isZero();
        assertThat(valid.err()).as("no warning for what init writes").isEmpty();
    }

    @Test
    void initToStdoutNamesTheSchemaAndSaysHowToWriteIt(@TempDir Path dir) throws IOException {
        CliRun run = CliRun.run("init", "--lang", "en");
        assertThat(run.exitCode()).as(run.describe()).isZero();
        assertThat(run.outLines().subList(0, 2)).containsExactly(MODELINE, JETBRAINS);
        assertThat(run.out()).contains("\n#   smartregion schema assessment -q smart-region > " + NAME + "\n");
        CliRun german = CliRun.run(CliRun.GERMAN, "init", "-q", "questionnaires/smart-region.yaml");
        assertThat(german.out()).contains("geschrieben wird es\n# mit:\n#   smartregion schema assessment -q "
                + "questionnaires/smart-region.yaml > " + NAME + "\n");
    }

    @Test
    void aSchemaGivenIsNamedAsGivenAndNoneNamesNone(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("a.yaml");
        String url = "https://example.org/schemas/smart-region.schema.json";
        CliRun run = CliRun.run("init", "--schema", url, "-o", file.toString());
        assertThat(run.exitCode()).as(run.describe()).isZero();
        assertThat(Files.readAllLines(file).subList(0, 2))
                .containsExactly("# yaml-language-server: $schema=" + url, "# $schema: " + url);
        assertThat(dir.resolve(NAME)).doesNotExist();

        CliRun none = CliRun.run("init", "--schema", "none", "-o", file.toString(), "--force");
        assertThat(none.exitCode()).as(none.describe()).isZero();
        assertThat(Files.readString(file)).doesNotStartWith("# yaml-language-server").doesNotContain("$schema:")
                .contains("#   smartregion schema assessment -q smart-region > " + NAME + "\n");
        assertThat(dir.resolve(NAME)).doesNotExist();
    }

    @Test
    void aSchemaNameWithASpaceIsAUsageError(@TempDir Path dir) {
        Path file = dir.resolve("a.yaml");
        CliRun run = CliRun.run("init", "--schema", "my schema.json", "-o", file.toString());
        assertThat(run.exitCode()).as(run.describe()).isEqualTo(2);
        assertThat(run.err()).contains("--schema", "'my schema.json'");
        assertThat(file).doesNotExist();
        CliRun german = CliRun.run(CliRun.GERMAN, "import", "x.csv", "-q", "smart-region", "--municipality", "1",
                "--period", "2026", "--schema", "a\tb", "-o", dir.resolve("out").toString());
        assertThat(german.exitCode()).as(german.describe()).isEqualTo(2);
        assertThat(german.err()).contains("--schema nimmt einen Dateinamen");
    }

    @Test
    void aSurveyImportWritesTheSchemaIntoTheDirectoryAndQuotesIdsThatLookLikeNumbers(@TempDir Path dir)
            throws IOException {
        Path q = Path.of(NumberLookalikesTest.NUMBERED);
        Path csv = dir.resolve("survey.csv");
        Files.writeString(csv, "grade,channels,share\n01,01;02,50\n6,none,\n");
        Path out = dir.resolve("out");
        CliRun run = CliRun.run("import", csv.toString(), "-q", q.toString(), "--municipality", "09999001",
                "--period", "2026", "-o", out.toString());
        assertThat(run.exitCode()).as(run.describe()).isZero();
        String name = "smartregion-numbered-2026.10.schema.json";
        assertThat(Files.readString(out.resolve(name))).isEqualTo(schemaOf(q.toString()));
        List<Path> answers = answerFiles(out);
        assertThat(answers).hasSize(2);
        for (Path a : answers) {
            String text = Files.readString(a);
            assertThat(text).startsWith("# yaml-language-server: $schema=" + name + "\n# $schema: " + name + "\n")
                    .contains("  id: \"09999001\"", "period: \"2026\"");
        }
        assertThat(Files.readString(answers.get(0))).contains("  grade: \"01\"", "    - \"01\"", "    - \"02\"");
        CliRun valid = CliRun.run(Stream.concat(Stream.of("validate", "-q", q.toString()),
                answers.stream().map(Path::toString)).toArray(String[]::new));
        assertThat(valid.exitCode()).as(valid.describe()).isZero();
        assertThat(valid.err()).as("no warning for what import writes").isEmpty();
        // importing again leaves the one schema, and --schema none writes none
        assertThat(CliRun.run("import", csv.toString(), "-q", q.toString(), "--municipality", "09999001",
                "--period", "2026", "--schema", "none", "-o", dir.resolve("plain").toString()).exitCode()).isZero();
        assertThat(dir.resolve("plain").resolve(name)).doesNotExist();
        assertThat(Files.readString(answerFiles(dir.resolve("plain")).get(0))).startsWith("# Importiert aus");
    }

    @Test
    void aWorkbookImportWritesTheSchemaBesideItsAnswerFile(@TempDir Path dir) throws IOException {
        Path xlsx = WorkbookTest.germanFilled(dir);
        Path out = dir.resolve("out");
        CliRun run = CliRun.run("import", xlsx.toString(), "-q", WorkbookTest.Q, "-o", out.toString());
        assertThat(run.exitCode()).as(run.describe()).isZero();
        assertThat(Files.readString(out.resolve("smartregion-bilingual-1.schema.json")))
                .isEqualTo(schemaOf(WorkbookTest.Q));
        // a second respondent's workbook of the same group is still told apart by the line that names its source
        Path other = dir.resolve("other.xlsx");
        Files.copy(xlsx, other);
        CliRun again = CliRun.run("import", other.toString(), "-q", WorkbookTest.Q, "-o", out.toString());
        assertThat(again.exitCode()).as(again.describe()).isEqualTo(2);
    }

    private static String schemaOf(String questionnaire) {
        CliRun run = CliRun.run("schema", "assessment", "-q", questionnaire);
        assertThat(run.exitCode()).as(run.describe()).isZero();
        return run.out();
    }

    private static List<Path> answerFiles(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        }
    }
}
