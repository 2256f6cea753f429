package de.smartregion.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code smartregion assess}: scores a municipality and writes its reports. Several files of one municipality and
 * period are its respondents; a directory stands for its answer files; files of several municipalities or periods
 * give one set of reports each, in a directory.
 */
final class AssessCommand extends BaseCommand {

    @Parameters(paramLabel = "FILE|DIR", arity = "1..*", descriptionKey = "assess.files")
    List<Path> files;

    @Mixin
    QuestionnaireOption questionnaire;

    @Mixin
    ReportOptions report;

    @Mixin
    GateOptions gates;

    @Option(names = "--previous", arity = "1..*", paramLabel = "FILE", descriptionKey = "assess.previous")
    List<Path> previous = new ArrayList<>();

    @Option(names = "--peers", arity = "1..*", paramLabel = "FILE|DIR", descriptionKey = "assess.peers")
    List<Path> peers = new ArrayList<>();

    @Override
    protected String language() {
        return Languages.forMessages(report.lang, parent.env());
    }

    @Override
    protected ExitCode execute() throws Exception {
        return new AssessRun(this).run();
    }
}
