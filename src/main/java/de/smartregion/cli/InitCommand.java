package de.smartregion.cli;

import de.smartregion.answerfile.AnswerSkeleton;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code smartregion init}: an answer-file skeleton with every question as comments. */
final class InitCommand extends BaseCommand {

    /** The questionnaire a skeleton is for when -q is not given. */
    static final String DEFAULT_QUESTIONNAIRE = FillIn.DEFAULT_QUESTIONNAIRE;

    @Mixin
    QuestionnaireOption questionnaire;

    @Option(names = "--lang", paramLabel = "LANG", descriptionKey = "init.lang")
    String lang;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", descriptionKey = "init.output")
    String output;

    @Option(names = "--force", descriptionKey = "init.force")
    boolean force;

    @Option(names = "--period", paramLabel = "PERIOD", descriptionKey = "init.period")
    String period;

    @Option(names = "--role", paramLabel = "ROLE", descriptionKey = "init.role")
    String role;

    @Option(names = "--schema", paramLabel = "FILE|URL|none", descriptionKey = "schema-option")
    String schema;

    @Override
    protected String language() {
        return Languages.forMessages(lang, parent.env());
    }

    @Override
    protected ExitCode execute() throws Exception {
        EditorSchema.check(schema);
        FillIn form = FillIn.resolve("init", questionnaire, lang, period, role);
        FillIn.refuseToReplace(output, force);
        EditorSchema editor = EditorSchema.of(schema, form.questionnaire(),
                questionnaire.values.isEmpty() ? DEFAULT_QUESTIONNAIRE : questionnaire.values.get(0), beside());
        String skeleton = AnswerSkeleton.write(form.questionnaire(), form.messages(), form.period(), form.role(),
                editor.reference(), editor.command());
        if (Output.isStdout(output)) {
            Output.write(output, skeleton, out());
            return ExitCode.OK;
        }
        OutputSet files = new OutputSet();
        files.add(output, skeleton.getBytes(StandardCharsets.UTF_8));
        editor.addTo(files);
        files.commit();
        return ExitCode.OK;
    }

    /** The directory the skeleton goes to, where its schema is written too; null for stdout, a FIFO or a device. */
    private Path beside() throws OutputException {
        if (Output.isStdout(output) || !(Destination.of(output) instanceof Destination.Replaced)) {
            return null;
        }
        Path parent = Path.of(output).getParent();
        return parent == null ? Path.of("") : parent;
    }
}
