package de.smartregion.cli;

import static org.assertj.core.api.Assertions.assertThat;

import de.smartregion.answerfile.AnswerFileWriter;
import de.smartregion.answerfile.AnswerSchema;
import de.smartregion.model.Answer;
import de.smartregion.model.AnswerValue;
import de.smartregion.model.Municipality;
import de.smartregion.model.Questionnaire;
import de.smartregion.model.Respondent;
import de.smartregion.testing.Fixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The workbook round trip: {@code workbook} writes it, a test fills it in with the XLSX library as a respondent
 * would (labels, ticks, numbers typed with a decimal comma, targets, notes, evidence), {@code import} reads it back
 * into exactly the answer file it describes; every question type, in both languages.
 */
class WorkbookTest {

    static final String Q = "src/test/resources/workbook/bilingual.yaml";
    private static final Questionnaire QUESTIONNAIRE = Fixtures.questionnaire(Fixtures.read(Q));

    static Map<String, Map<Character, Object>> cells(Object... keyColumnValue) {
        Map<String, Map<Character, Object>> cells = new LinkedHashMap<>();
        for (int i = 0; i < keyColumnValue.length; i += 3) {
            cells.computeIfAbsent((String) keyColumnValue[i], k -> new LinkedHashMap<>())
                    .put((Character) keyColumnValue[i + 1], keyColumnValue[i + 2]);
        }
        return cells;
    }

    static Path workbook(Path dir, String lang, String name) throws IOException {
        Path wb = dir.resolve(name);
        CliRun run = CliRun.run("workbook", "-q", Q, "--lang", lang, "--period", "2026", "-o", wb.toString());
        assertThat(run.exitCode()).as(run.describe()).isZero();
        return wb;
    }

    static Path filled(Path dir, String lang, Map<String, Map<Character, Object>> cells) throws IOException {
        Path wb = workbook(dir, lang, lang + "-blank.xlsx");
        Path filled = dir.resolve(lang + ".xlsx");
        Files.write(filled, WorkbookFiller.fill(Files.readAllBytes(wb), cells));
        return filled;
    }

    private static Answer.Given given(AnswerValue value) {
        return new Answer.Given(value, null, null, null);
    }

    private static AnswerValue.MultiValue multi(String... ids) {
        return new AnswerValue.MultiValue(List.of(ids));
    }

    /** What the German test fills in: every question type, labels, ticks, a decimal comma, target, note, evidence. */
    static Map<String, Map<Character, Object>> germanCells() {
        return cells(
                "municipality:id", 'C', "09162000",
                "municipality:name", 'C', "Musterstadt",
                "municipality:type", 'C', "Stadt",
                "municipality:state", 'C', "Bayern",
                "municipality:population", 'C', 12480,
                "respondent:name", 'C', "Amt für Digitales",
                "s1", 'D', "1 – Entwurf",
                "s1", 'E', "2 – Beschlossen",
                "s1", 'F', "Beschluss im März\nzweite Zeile: \"zitiert\"",
                "s1", 'G', "https://example.org/strategie.pdf",
                "c1", 'D', " cdo, MIT stab ",
                "b1", 'D', "Ja",
                "m1=portal", 'D', "x",
                "m1=app", 'D', "X",
                "m1=portal", 'E', "x",
                "n1", 'D', "6,5",
                "n1", 'E', 80,
                "n2", 'D', 250,
                "x1.cloud=invested", 'D', "x",
                "x1.ai=planned", 'D', "✓",
                "x2.a", 'D', "Ja",
                "x2.b", 'D', "Nein");
    }

    /** The answer file the German workbook describes, as imported from {@code workbook}. */
    static String germanAnswerFile(String workbook) {
        Map<String, Answer> answers = new LinkedHashMap<>();
        answers.put("s1", new Answer.Given(new AnswerValue.LevelValue(1), new AnswerValue.LevelValue(2),
                "Beschluss im März\nzweite Zeile: \"zitiert\"", "https://example.org/strategie.pdf"));
        answers.put("c1", given(new AnswerValue.ChoiceValue("cdo")));
        answers.put("b1", given(new AnswerValue.BoolValue(true)));
        answers.put("m1", new Answer.Given(multi("portal", "app"), multi("portal"), null, null));
        answers.put("n1", new Answer.Given(new AnswerValue.NumberValue(6.5), new AnswerValue.NumberValue(80), null,
                null));
        answers.put("n2", given(new AnswerValue.NumberValue(250)));
        Map<String, AnswerValue> x1 = new LinkedHashMap<>();
        x1.put("cloud", multi("invested"));
        x1.put("ai", multi("planned"));
        answers.put("x1", given(new AnswerValue.MatrixValue(x1)));
        Map<String, AnswerValue> x2 = new LinkedHashMap<>();
        x2.put("a", new AnswerValue.ChoiceValue("yes"));
        x2.put("b", new AnswerValue.ChoiceValue("no"));
        answers.put("x2", given(new AnswerValue.MatrixValue(x2)));
        return AnswerFileWriter.write(QUESTIONNAIRE,
                new Municipality("09162000", "Musterstadt", "Bayern", "Stadt", 12480L), "2026",
                new Respondent("administration", "Amt für Digitales"), "de", answers,
                "Importiert aus " + workbook, AnswerSchema.fileName(QUESTIONNAIRE));
    }

    /** The blank German workbook filled in with {@link #germanCells()}, by the XLSX library. */
    static Path germanFilled(Path dir) throws IOException {
        return filled(dir, "de", germanCells());
    }

    @Test
    void aGermanWorkbookFilledInWithLabelsTicksAndDecimalCommasGivesBackItsAnswerFile(@TempDir Path dir)
            throws IOException {
        Path xlsx = filled(dir, "de", germanCells());
        Path out = dir.resolve("out");
        CliRun run = CliRun.run("import", xlsx.toString(), "-q", Q, "-o", out.toString());
        assertThat(run.exitCode()).as(run.describe()).isZero();
        String expected = germanAnswerFile("de.xlsx");
        Path written = out.resolve("09162000-2026-administration-Amt_f_r_Digitales.yaml");
        assertThat(Files.readString(written)).isEqualTo(expected);
    }

    @Test
    void anEnglishWorkbookWithNotApplicableAnswersAndTheCommandLineInPlaceOfTheMunicipalitySheet(@TempDir Path dir)
            throws IOException {
        Path xlsx = filled(dir, "en", cells(
                "s1", 'D', "does not apply",
                "s1", 'F', "no strategy process yet",
                "c1", 'D', "CDO, with staff",
                "b1", 'D', false,
                "m1", 'D', "does not apply",
                "n1", 'D', 12.25,
                "n2", 'D', "250",
                "n2", 'E', 1000,
                "x1.ai=invested", 'D', "✔",
                "x2.a", 'D', "Yes"));
        Path out = dir.resolve("out");
        CliRun run = CliRun.run("import", xlsx.toString(), "-q", Q, "--municipality", "01001000", "--name", "Flensburg",
                "--period", "2025", "--role", "Citizens", "-o", out.toString());
        assertThat(run.exitCode()).as(run.describe()).isZero();
        Map<String, Answer> answers = new LinkedHashMap<>();
        answers.put("s1", new Answer.NotApplicable("no strategy process yet"));
        answers.put("c1", given(new AnswerValue.ChoiceValue("cdo")));
        answers.put("b1", given(new AnswerValue.BoolValue(false)));
        answers.put("m1", new Answer.NotApplicable(null));
        answers.put("n1", given(new AnswerValue.NumberValue(12.25)));
        answers.put("n2", new Answer.Given(new AnswerValue.NumberValue(250), new AnswerValue.NumberValue(1000), null,
                null));
        answers.put("x1", given(new AnswerValue.MatrixValue(Map.of("ai", multi("invested")))));
        answers.put("x2", given(new AnswerValue.MatrixValue(Map.of("a", new AnswerValue.ChoiceValue("yes")))));
        // --role takes the place of the workbook's respondent, as --municipality and --period do
        String expected = AnswerFileWriter.write(QUESTIONNAIRE,
                new Municipality("01001000", "Flensburg", null, null, null), "2025",
                new Respondent("citizens", null), "en", answers, "Importiert aus en.xlsx",
                AnswerSchema.fileName(QUESTIONNAIRE));
        assertThat(Files.readString(out.resolve("01001000-2025-citizens.yaml"))).isEqualTo(expected);
    }

    @Test
    void everyProblemIsLocatedAtItsCellAndNothingIsWritten(@TempDir Path dir) throws IOException {
        Path xlsx = filled(dir, "de", cells(
                "c1", 'D', "Irgendwer",
                "m1=app", 'D', "vielleicht",
                "n1", 'D', "hundert",
                "b1", 'F', "eine Notiz ohne Antwort"));
        Path out = dir.resolve("out");
        CliRun run = CliRun.run(CliRun.GERMAN, "import", xlsx.toString(), "-q", Q, "-o", out.toString());
        assertThat(run.exitCode()).as(run.describe()).isEqualTo(ExitCode.INVALID_INPUT.code());
        String file = xlsx.toString();
        assertThat(run.errLines()).containsExactly(
                file + ":Kommune!C2: der Gemeindeschlüssel (AGS) fehlt: tragen Sie ihn hier ein oder geben Sie"
                        + " --municipality an",
                file + ":Strategie Steuerung!D3: 'Irgendwer' steht nicht in der Liste; wählen Sie eine von: Niemand"
                        + " | CDO, mit Stab",
                file + ":Strategie Steuerung!D4: Ziel, Anmerkung oder Nachweis ohne Antwort: tragen Sie hier die"
                        + " Antwort ein oder leeren Sie die anderen Zellen",
                file + ":Dienste!D4: 'vielleicht' ist kein Kreuz: kreuzen Sie zutreffende Optionen mit x an oder"
                        + " lassen Sie die Zelle leer",
                file + ":Dienste!D6: 'hundert' ist keine Zahl; geben Sie eine Zahl ein, etwa 12,5");
        assertThat(out).doesNotExist();
    }

    static String part(Path xlsx, String name) throws IOException {
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(xlsx.toFile());
             java.io.InputStream in = zip.getInputStream(zip.getEntry(name))) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    @Test
    void theSheetsAreProtectedWithoutAPasswordHideTheIdsFreezeTheHeaderAndPrintOnA4(@TempDir Path dir)
            throws IOException {
        Path wb = workbook(dir, "de", "wb.xlsx");
        String workbook = part(wb, "xl/workbook.xml");
        assertThat(workbook).contains("<sheet name=\"Kommune\"", "<sheet name=\"Strategie Steuerung\"",
                "name=\"lists\" r:id=\"rId7\" sheetId=\"5\" state=\"hidden\"",
                "name=\"smartregion\" r:id=\"rId8\" sheetId=\"6\" state=\"hidden\"");
        String sheet = part(wb, "xl/worksheets/sheet2.xml");
        // no password attribute: Excel would ask for one that nobody knows (fastexcel hashes "" to 0, not CE4B)
        assertThat(sheet).contains("<sheetProtection formatCells=\"false\" formatColumns=\"false\" "
                        + "formatRows=\"false\" insertHyperlinks=\"false\" sheet=\"true\"")
                .doesNotContain("password")
                .contains("<col min=\"1\" max=\"1\"", "hidden=\"true\"/>", "ySplit=\"1\"", "state=\"frozen\"",
                        "paperSize=\"9\"", "orientation=\"landscape\"", "fitToWidth=\"1\"",
                        "<dataValidation sqref=\"D2:D2\" type=\"list\"", "showDropDown=\"false\"",
                        "<formula1>'lists'!$");
        assertThat(part(wb, "docProps/core.xml")).doesNotContain("created");
        // the answer cells, and only they, are unlocked
        assertThat(part(wb, "xl/styles.xml")).contains("<protection locked=\"false\"");
    }

    @Test
    void theSameWorkbookIsWrittenByteForByteOnEveryRun(@TempDir Path dir) throws IOException {
        Path a = workbook(dir, "de", "a.xlsx");
        Path b = workbook(dir, "de", "b.xlsx");
        assertThat(java.util.Arrays.equals(Files.readAllBytes(a), Files.readAllBytes(b))).as("same bytes").isTrue();
    }
}
