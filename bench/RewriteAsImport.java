import de.smartregion.answerfile.AnswerFileWriter;
import de.smartregion.load.Inputs;
import de.smartregion.load.LoadedAssessment;
import de.smartregion.load.QuestionnaireRegistry;
import de.smartregion.load.QuestionnaireSource;
import de.smartregion.model.Answer;
import de.smartregion.model.Assessment;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Writes every answer file under SRC again into DEST as `smartregion import` writes the files it makes, with the
 * tool's own writer (AnswerFileWriter): STYLE import-survey as from a survey export (one comment line naming the
 * CSV and its row), import-workbook as from a filled-in workbook, whose answers carry the notes and evidence people
 * type into its cells (every third answer here, long enough to be folded), each with -crlf for CRLF line endings.
 *
 * Run: java -cp target/smartregion.jar bench/RewriteAsImport.java SRC DEST STYLE
 */
public class RewriteAsImport {

    private static final String NOTE = "Beschluss des Gemeinderats vom 12. März 2026 („Digitale Gemeinde 2030“);"
            + " Fortschreibung mit Bürgerbeteiligung und Klausur des Rats für das Frühjahr 2027 vorgesehen.";

    public static void main(String[] args) throws Exception {
        Path src = Path.of(args[0]);
        Path dest = Path.of(args[1]);
        String style = args[2];
        boolean crlf = style.endsWith("-crlf");
        boolean workbook = style.startsWith("import-workbook");
        QuestionnaireSource source = QuestionnaireSource.bundled(QuestionnaireRegistry.shared());
        List<Path> files;
        try (Stream<Path> walk = Files.walk(src)) {
            files = walk.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        }
        int row = 1;
        for (Path file : files) {
            LoadedAssessment loaded = Inputs.assessment(file, source);
            Assessment a = loaded.assessment();
            Map<String, Answer> answers = workbook ? withNotes(a.answers()) : a.answers();
            String comment = workbook ? "Importiert aus " + file.getFileName().toString().replace(".yaml", ".xlsx")
                    : "Importiert aus umfrage.csv, Zeile " + ++row;
            String text = AnswerFileWriter.write(loaded.questionnaire(), a.municipality(), a.period(),
                    a.respondent(), "de", answers, comment, null);
            Path target = dest.resolve(src.relativize(file).toString());
            Files.createDirectories(target.getParent());
            Files.writeString(target, crlf ? text.replace("\n", "\r\n") : text, StandardCharsets.UTF_8);
        }
    }

    private static Map<String, Answer> withNotes(Map<String, Answer> answers) {
        Map<String, Answer> noted = new LinkedHashMap<>();
        int i = 0;
        for (Map.Entry<String, Answer> e : answers.entrySet()) {
            Answer answer = e.getValue();
            if (i++ % 3 == 0 && answer instanceof Answer.Given g) {
                answer = new Answer.Given(g.value(), g.target(), NOTE, "https://example.org/beschluss-" + i + ".pdf");
            }
            noted.put(e.getKey(), answer);
        }
        return noted;
    }
}
