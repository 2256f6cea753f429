package de.smartregion.cli;

import de.smartregion.answerfile.AnswerSkeleton;
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

    @Override
    protected String language() {
        return Languages.forMessages(lang, parent.env());
    }

    @Override
    protected ExitCode execute() throws Exception {
        FillIn form = FillIn.resolve("init", questionnaire, lang, period, role);
        FillIn.refuseToReplace(output, force);
        Output.write(output, AnswerSkeleton.write(form.questionnaire(), form.messages(), form.period(), form.role()),
                out());
        return ExitCode.OK;
    }
}
