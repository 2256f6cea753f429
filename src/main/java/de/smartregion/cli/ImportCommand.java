package de.smartregion.cli;

import de.smartregion.answerfile.AnswerFileWriter;
import de.smartregion.load.AssessmentLoader;
import de.smartregion.load.Inputs;
import de.smartregion.load.QuestionnaireRegistry;
import de.smartregion.load.QuestionnaireSource;
import de.smartregion.load.SurveyImport;
import de.smartregion.model.BidiControls;
import de.smartregion.model.Municipality;
import de.smartregion.model.Questionnaire;
import de.smartregion.model.Respondent;
import de.smartregion.text.UserText;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code smartregion import}: turns a survey export into one answer file per respondent. */
final class ImportCommand extends BaseCommand {

    @Parameters(paramLabel = "CSV", descriptionKey = "import.csv")
    Path csv;

    @Mixin
    QuestionnaireOption questionnaire;

    @Option(names = "--municipality", paramLabel = "ID", required = true, descriptionKey = "import.municipality")
    String municipality;

    @Option(names = "--name", paramLabel = "NAME", descriptionKey = "import.name")
    String name;

    @Option(names = "--period", paramLabel = "PERIOD", required = true, descriptionKey = "import.period")
    String period;

    @Option(names = "--map", paramLabel = "MAPPING.yaml", descriptionKey = "import.map")
    Path map;

    @Option(names = {"-o", "--output"}, paramLabel = "DIR", required = true, descriptionKey = "import.output")
    Path output;

    @Option(names = "--role", paramLabel = "ROLE", descriptionKey = "import.role")
    String role;

    @Option(names = "--include-incomplete", descriptionKey = "import.include-incomplete")
    boolean includeIncomplete;

    @Override
    protected ExitCode execute() throws Exception {
        if (questionnaire.values.size() != 1) {
            throw new UsageException("cli.import-questionnaire");
        }
        String id = plainText("municipality", municipality);
        String shownName = name == null ? id : plainText("name", name);
        if (!AssessmentLoader.isPeriod(period)) {
            throw new UsageException("cli.period-invalid", period);
        }
        QuestionnaireRegistry registry = QuestionnaireRegistry.shared();
        QuestionnaireSource source = questionnaire.resolve(registry);
        Questionnaire q = source.explicit();
        // a survey of one group (the citizens) often has no role column: every row is of the group given
        String given = role == null ? null : RoleOption.named(q, role).id();
        SurveyImport.Mapping mapping = map == null ? SurveyImport.Mapping.NONE
                : SurveyImport.mapping(map.toString(), Inputs.read(map));
        SurveyImport.Survey survey = SurveyImport.read(csv.toString(), Inputs.read(csv), q, mapping,
                includeIncomplete);
        List<SurveyImport.Reply> replies = survey.replies();
        Municipality m = new Municipality(id, shownName, null, null, null);
        List<String> texts = new ArrayList<>();
        List<Path> targets = new ArrayList<>();
        // numbered with as many digits as the largest number needs, so that the files sort in row order
        String number = "%0" + Math.max(3, Integer.toString(replies.size()).length()) + "d";
        for (int i = 0; i < replies.size(); i++) {
            SurveyImport.Reply reply = replies.get(i);
            String replyRole = reply.role() != null ? reply.role() : given;
            String text = AnswerFileWriter.write(q, m, period, new Respondent(replyRole, null), reply.answers(),
                    messages().get("import.comment", csv.getFileName(), reply.line()));
            String file = ReportTargets.baseName(id, period, String.format(java.util.Locale.ROOT, number, i + 1))
                    + (replyRole == null ? "" : "-" + ReportTargets.baseName(replyRole)) + ".yaml";
            Path target = output.resolve(file);
            // every file must load back as it will be read later; a bad period or id shows here, not later
            AssessmentLoader.load(target.toString(), text.getBytes(StandardCharsets.UTF_8), source);
            texts.add(text);
            targets.add(target);
        }
        try {
            Files.createDirectories(output);
        } catch (java.io.IOException e) {
            throw OutputException.of(output.toString(), e);
        }
        List<Path> inputs = new ArrayList<>(questionnaire.files());
        inputs.add(csv);
        if (map != null) {
            inputs.add(map);
        }
        // all files or none: a re-import that fails half-way must not leave a mix of old and new respondents
        OutputSet files = new OutputSet();
        for (int i = 0; i < targets.size(); i++) {
            Output.checkNotAnInput(targets.get(i).toString(), inputs);
            files.add(targets.get(i).toString(), texts.get(i).getBytes(StandardCharsets.UTF_8));
        }
        files.commit();
        if (survey.incomplete() > 0) {
            err().println(messages().get("cli.import-incomplete", survey.incomplete()));
        }
        if (survey.withoutAnswers() > 0) {
            err().println(messages().get("cli.import-without-answers", survey.withoutAnswers(),
                    survey.firstWithoutAnswers()));
        }
        err().println(messages().get("cli.import-written", targets.size(), UserText.visible(output.toString())));
        return ExitCode.OK;
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
