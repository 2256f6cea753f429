package de.smartregion.cli;

import static org.assertj.core.api.Assertions.assertThat;

import de.smartregion.load.Inputs;
import de.smartregion.load.QuestionnaireRegistry;
import de.smartregion.load.QuestionnaireSource;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Both imports say in which language a file's own words are written, as {@code init} does: a workbook in its own
 * language, a LimeSurvey reply in the language it was answered in; and the files load back with it.
 */
class ImportLanguageTest {

    private static final String Q = WorkbookTest.Q;

    @TempDir
    Path dir;

    private static String language(Path file) throws Exception {
        QuestionnaireSource source = QuestionnaireSource.given(Inputs.questionnaire(Path.of(Q)),
                new QuestionnaireRegistry());
        return Inputs.assessment(file, source).assessment().language();
    }

    @ParameterizedTest
    @ValueSource(strings = {"de", "en"})
    void aWorkbookImportWritesTheWorkbooksLanguageWhereInitWritesIt(String lang) throws Exception {
        Path xlsx = WorkbookTest.filled(dir, lang, WorkbookTest.cells(
                "municipality:id", 'C', "09162000",
                "s1", 'D', "1",
                "s1", 'F', lang.equals("en") ? "a draft in March" : "ein Entwurf im März"));
        Path out = dir.resolve("out");
        CliRun run = CliRun.run("import", xlsx.toString(), "-q", Q, "-o", out.toString());
        assertThat(run.exitCode()).as(run.describe()).isZero();
        Path written = out.resolve("09162000-2026-administration.yaml");
        // after the respondent, before the answers, as in the skeleton of init
        assertThat(Files.readString(written)).contains("respondent:\n  role: administration\nlanguage: " + lang
                + "\nanswers:\n");
        assertThat(language(written)).isEqualTo(lang);
    }

    @Test
    void limeSurveysStartLanguageIsEachReplysLanguageCutToOneTheFileCanSay() throws Exception {
        Path csv = dir.resolve("results-survey123456.csv");
        Files.writeString(csv, "id,submitdate,startlanguage,s1\n"
                + "1,2026-11-02 10:15:00,de,1\n"
                + "2,2026-11-02 10:16:00,en,2\n"
                + "3,2026-11-02 10:17:00,de-informal,1\n"
                + "4,2026-11-02 10:18:00,,0\n");
        Path out = dir.resolve("out");
        CliRun run = CliRun.run("import", csv.toString(), "-q", Q, "--role", "citizens", "--municipality", "01",
                "--period", "2026", "-o", out.toString());
        assertThat(run.exitCode()).as(run.describe()).isZero();
        String[] expected = {"de", "en", "de", null};
        for (int i = 0; i < expected.length; i++) {
            Path file = out.resolve("01-2026-00" + (i + 1) + "-citizens.yaml");
            String text = Files.readString(file);
            if (expected[i] == null) {
                assertThat(text).doesNotContain("language:").contains("  role: citizens\nanswers:\n");
            } else {
                assertThat(text).contains("  role: citizens\nlanguage: " + expected[i] + "\nanswers:\n");
            }
            assertThat(language(file)).as(file.getFileName().toString()).isEqualTo(expected[i]);
        }
    }

    /** LimeSurvey's full headings in English and German name the same column. */
    @ParameterizedTest
    @ValueSource(strings = {"Start language", "Start-Sprache", "STARTLANGUAGE"})
    void theStartLanguageIsFoundByItsHeadings(String heading) throws Exception {
        Path csv = dir.resolve("export.csv");
        Files.writeString(csv, "Response ID," + heading + ",s1\n1,en,2\n");
        Path out = dir.resolve("out");
        CliRun run = CliRun.run("import", csv.toString(), "-q", Q, "--municipality", "01", "--period", "2026",
                "-o", out.toString());
        assertThat(run.exitCode()).as(run.describe()).isZero();
        assertThat(language(out.resolve("01-2026-001.yaml"))).isEqualTo("en");
    }

    /** The column is a survey tool's metadata: what no language tag can be is no line, never a failed import. */
    @Test
    void aStartLanguageThatNamesNoLanguageWritesNoLineAndFailsNothing() throws Exception {
        Path csv = dir.resolve("export.csv");
        Files.writeString(csv, "startlanguage,s1\n\u001b[31m,1\n-,2\n12345,0\n\"de\nen\",1\n");
        Path out = dir.resolve("out");
        CliRun run = CliRun.run("import", csv.toString(), "-q", Q, "--municipality", "01", "--period", "2026",
                "-o", out.toString());
        assertThat(run.exitCode()).as(run.describe()).isZero();
        for (int i = 1; i <= 4; i++) {
            Path file = out.resolve("01-2026-00" + i + ".yaml");
            assertThat(Files.readString(file)).doesNotContain("language:");
            assertThat(language(file)).isNull();
        }
    }
}
