package de.smartregion.cli;

import de.smartregion.answerfile.AnswerFileWriter;
import de.smartregion.input.Problems;
import de.smartregion.input.Xlsx;
import de.smartregion.load.AssessmentLoader;
import de.smartregion.load.LoadedAssessment;
import de.smartregion.load.WorkbookImport;
import de.smartregion.model.Assessment;
import de.smartregion.load.Inputs;
import de.smartregion.load.QuestionnaireRegistry;
import de.smartregion.load.QuestionnaireSource;
import de.smartregion.load.SurveyImport;
import de.smartregion.model.BidiControls;
import de.smartregion.model.Municipality;
import de.smartregion.model.Questionnaire;
import de.smartregion.model.Respondent;
import de.smartregion.text.Messages;
import de.smartregion.text.UserText;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code smartregion import}: turns a survey export (CSV or XLSX) into one answer file per respondent, and a
 * workbook of {@code smartregion workbook} into the answer file it describes.
 */
final class ImportCommand extends BaseCommand {

    @Parameters(paramLabel = "FILE", descriptionKey = "import.csv")
    Path csv;

    @Mixin
    QuestionnaireOption questionnaire;

    @Option(names = "--municipality", paramLabel = "ID", descriptionKey = "import.municipality")
    String municipality;

    @Option(names = "--name", paramLabel = "NAME", descriptionKey = "import.name")
    String name;

    @Option(names = "--period", paramLabel = "PERIOD", descriptionKey = "import.period")
    String period;

    @Option(names = "--map", paramLabel = "MAPPING.yaml", descriptionKey = "import.map")
    Path map;

    @Option(names = {"-o", "--output"}, paramLabel = "DIR", required = true, descriptionKey = "import.output")
    Path output;

    @Option(names = "--role", paramLabel = "ROLE", descriptionKey = "import.role")
    String role;

    @Option(names = "--include-incomplete", descriptionKey = "import.include-incomplete")
    boolean includeIncomplete;

    @Option(names = "--encoding", paramLabel = "CHARSET", descriptionKey = "import.encoding")
    String encoding;

    @Option(names = "--replace", descriptionKey = "import.replace")
    boolean replace;

    @Option(names = "--schema", paramLabel = "FILE|URL|none", descriptionKey = "schema-option")
    String schema;

    @Override
    protected ExitCode execute() throws Exception {
        EditorSchema.check(schema);
        String id = municipality == null ? null : plainText("municipality", municipality);
        String shownName = name == null ? null : plainText("name", name);
        if (period != null && !AssessmentLoader.isPeriod(period)) {
            throw new UsageException("cli.period-invalid", period);
        }
        QuestionnaireRegistry registry = QuestionnaireRegistry.shared();
        QuestionnaireSource source = questionnaire.resolve(registry);
        if (questionnaire.values.size() > 1) {
            throw new UsageException("cli.import-questionnaire");
        }
        byte[] bytes = Inputs.read(csv);
        List<Xlsx.XlsxSheet> sheets = null;
        if (Xlsx.isOle2(bytes)) {
            throw new UsageException("cli.import-xls", csv.toString());
        }
        if (Xlsx.isXlsx(bytes)) {
            Problems problems = new Problems();
            sheets = Xlsx.read(csv.toString(), bytes, problems);
            problems.throwIfAny();
            if (WorkbookImport.isWorkbook(sheets)) {
                return workbook(sheets, source, id, shownName);
            }
        }
        if (source.explicit() == null) {
            throw new UsageException(sheets != null ? "cli.import-not-a-workbook" : "cli.import-questionnaire");
        }
        if (id == null || period == null) {
            throw new UsageException("cli.import-needs", id == null ? "--municipality" : "--period");
        }
        Questionnaire q = source.explicit();
        // a survey of one group (the citizens) often has no role column: every row is of the group given
        String given = role == null ? null : RoleOption.named(q, role).id();
        SurveyImport.Mapping mapping = map == null ? SurveyImport.Mapping.NONE
                : SurveyImport.mapping(map.toString(), Inputs.read(map));
        SurveyImport.Survey survey = sheets == null
                ? SurveyImport.read(csv.toString(), bytes, charset(), q, mapping, includeIncomplete)
                : SurveyImport.read(csv.toString(), sheets, q, mapping, includeIncomplete);
        List<SurveyImport.Reply> replies = survey.replies();
        EditorSchema editor = editorSchema(q);
        Municipality m = new Municipality(id, shownName == null ? id : shownName, null, null, null);
        OutputSet files = new OutputSet();
        List<Path> inputs = inputs();
        // numbered with as many digits as the largest number needs, so that the files sort in row order
        String number = "%0" + Math.max(3, Integer.toString(replies.size()).length()) + "d";
        List<Path> targets = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < replies.size(); i++) {
            SurveyImport.Reply reply = replies.get(i);
            String replyRole = reply.role() != null ? reply.role() : given;
            String text = AnswerFileWriter.write(q, m, period, new Respondent(replyRole, null), reply.language(),
                    reply.answers(), comment(q).get("import.comment", csv.getFileName(), reply.line()),
                    editor.reference());
            String file = ReportTargets.baseName(id, period, String.format(java.util.Locale.ROOT, number, i + 1))
                    + (replyRole == null ? "" : "-" + ReportTargets.baseName(replyRole)) + ".yaml";
            Path target = output.resolve(file);
            // every file must load back as it will be read later; a bad period or id shows here, not later
            AssessmentLoader.load(target.toString(), text.getBytes(StandardCharsets.UTF_8), source);
            texts.add(text);
            targets.add(target);
        }
        List<Path> stale = stale(id, period, targets);
        if (!stale.isEmpty() && !replace) {
            // an earlier import's respondents that this one does not write would be counted beside the new ones
            throw new UsageException("cli.import-stale", UserText.visible(output.toString()), stale.size(),
                    UserText.visible(stale.get(0).getFileName().toString()));
        }
        createOutput();
        // all files or none: a re-import that fails half-way must not leave a mix of old and new respondents
        for (int i = 0; i < targets.size(); i++) {
            Output.checkNotAnInput(targets.get(i).toString(), inputs);
            files.add(targets.get(i).toString(), texts.get(i).getBytes(StandardCharsets.UTF_8));
        }
        if (!targets.isEmpty()) {
            editor.addTo(files);
        }
        files.commit();
        for (Path p : stale) {
            try {
                Files.deleteIfExists(p);
            } catch (java.io.IOException e) {
                throw OutputException.of(p.toString(), e);
            }
        }
        if (survey.incomplete() > 0) {
            err().println(messages().get("cli.import-incomplete", survey.incomplete()));
        }
        if (survey.withoutAnswers() > 0) {
            err().println(messages().get("cli.import-without-answers", survey.withoutAnswers(),
                    survey.firstWithoutAnswers()));
        }
        err().println(messages().get(targets.size() == 1 ? "cli.import-written.one" : "cli.import-written",
                targets.size(), UserText.visible(output.toString())));
        return ExitCode.OK;
    }

    /**
     * A workbook of {@code smartregion workbook}: one respondent, one answer file; the command line's municipality,
     * name and period take the place of the workbook's.
     */
    private ExitCode workbook(List<Xlsx.XlsxSheet> sheets, QuestionnaireSource source, String id, String shownName)
            throws Exception {
        if (map != null) {
            throw new UsageException("cli.import-workbook-map");
        }
        LoadedAssessment loaded = WorkbookImport.read(csv.toString(), sheets, source,
                new WorkbookImport.Given(id, shownName, period, role));
        Assessment a = loaded.assessment();
        EditorSchema editor = editorSchema(loaded.questionnaire());
        String text = AnswerFileWriter.write(loaded.questionnaire(), a.municipality(), a.period(), a.respondent(),
                a.language(), a.answers(),
                comment(loaded.questionnaire()).get("import.comment.workbook", csv.getFileName()),
                editor.reference());
        String base = ReportTargets.baseName(a.municipality().id(), a.period());
        String respondentRole = a.respondent() == null ? null : a.respondent().role();
        String respondentName = a.respondent() == null ? null : a.respondent().name();
        String file = base + (respondentRole == null ? "" : "-" + ReportTargets.baseName(respondentRole))
                + (respondentName == null ? "" : "-" + ReportTargets.baseName(respondentName)) + ".yaml";
        Path target = output.resolve(file);
        AssessmentLoader.load(target.toString(), text.getBytes(StandardCharsets.UTF_8), source);
        if (!replace && importedFromElsewhere(target, text)) {
            // two respondents of one group without a name would share a file: the second must not erase the first
            throw new UsageException("cli.import-workbook-exists", UserText.visible(target.toString()));
        }
        createOutput();
        Output.checkNotAnInput(target.toString(), inputs());
        OutputSet files = new OutputSet();
        files.add(target.toString(), text.getBytes(StandardCharsets.UTF_8));
        editor.addTo(files);
        files.commit();
        if (a.answers().isEmpty()) {
            err().println(messages().get("cli.import-workbook-empty", UserText.visible(csv.toString())));
        }
        err().println(messages().get("cli.import-written.one", 1, UserText.visible(output.toString())));
        return ExitCode.OK;
    }

    /** The schema the answer files name, written into the output directory beside them unless --schema says other. */
    private EditorSchema editorSchema(Questionnaire q) throws UsageException {
        String named = questionnaire.values.isEmpty() ? q.id() : questionnaire.values.get(0);
        return EditorSchema.of(schema, q, named, output);
    }

    /**
     * The messages of the answer files' comment line: in the questionnaire's language, not the user's, so that the
     * same import writes the same bytes on every machine.
     */
    private static Messages comment(Questionnaire q) {
        return Messages.of(q.defaultLanguage());
    }

    /**
     * The answer files of an earlier import of this municipality and period in the output directory (named as
     * this import names its files) that this import does not write again.
     */
    private List<Path> stale(String id, String period, List<Path> targets) throws OutputException {
        if (!Files.isDirectory(output)) {
            return List.of();
        }
        java.util.regex.Pattern imported = java.util.regex.Pattern.compile(
                java.util.regex.Pattern.quote(ReportTargets.baseName(id, period)) + "-\\d{3,}(-[^/]*)?\\.yaml");
        List<Path> stale = new ArrayList<>();
        try (java.util.stream.Stream<Path> files = Files.list(output)) {
            files.filter(f -> imported.matcher(f.getFileName().toString()).matches() && !targets.contains(f))
                    .sorted().forEach(stale::add);
        } catch (java.io.IOException e) {
            throw OutputException.of(output.toString(), e);
        }
        return stale;
    }

    /** The --encoding given, or null to tell the encoding from the file. */
    private java.nio.charset.Charset charset() throws UsageException {
        if (encoding == null) {
            return null;
        }
        try {
            return java.nio.charset.Charset.forName(encoding);
        } catch (IllegalArgumentException e) {
            throw new UsageException("cli.import-encoding", encoding);
        }
    }

    /** Whether {@code target} holds the answers of another workbook than the one this import writes there. */
    private static boolean importedFromElsewhere(Path target, String text) throws OutputException {
        if (!Files.isRegularFile(target)) {
            return false;
        }
        try {
            // the first comment after the schema lines names the file the answers came from
            String source = source(Files.readAllLines(target, StandardCharsets.UTF_8));
            return source == null || !source.equals(source(text.lines().toList()));
        } catch (java.io.IOException | java.io.UncheckedIOException e) {
            return true;
        }
    }

    /** The comment line that names where an answer file's answers came from; null when it has none. */
    private static String source(List<String> lines) {
        for (String line : lines) {
            if (!AnswerFileWriter.isSchemaLine(line)) {
                return line.startsWith("# ") ? line : null;
            }
        }
        return null;
    }

    private List<Path> inputs() {
        List<Path> inputs = new ArrayList<>(questionnaire.files());
        inputs.add(csv);
        if (map != null) {
            inputs.add(map);
        }
        return inputs;
    }

    private void createOutput() throws OutputException {
        try {
            Files.createDirectories(output);
        } catch (java.io.IOException e) {
            throw OutputException.of(output.toString(), e);
        }
    }

    /**
     * An option's value as it goes into every answer file: stripped, not empty, without control characters (a line
     * break or an escape sequence would forge lines wherever the name is shown).
     */
    private static String plainText(String option, String value) throws UsageException {
        String text = value.strip();
        if (text.isEmpty()) {
            throw new UsageException("cli.import-blank", option);
        }
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            if (Character.getType(cp) == Character.CONTROL || BidiControls.isControlOrMark(cp)) {
                throw new UsageException("cli.import-control", option,
                        String.format(java.util.Locale.ROOT, "%04X", cp));
            }
            i += Character.charCount(cp);
        }
        return text;
    }
}
