package de.smartregion.cli;

import de.smartregion.load.InvalidInputException;
import de.smartregion.load.Inputs;
import de.smartregion.load.LoadedAssessment;
import de.smartregion.load.Problem;
import de.smartregion.load.QuestionnaireRegistry;
import de.smartregion.load.QuestionnaireSource;
import de.smartregion.model.Assessment;
import de.smartregion.model.Questionnaire;
import de.smartregion.model.Result;
import de.smartregion.report.Format;
import de.smartregion.report.Messages;
import de.smartregion.report.Reports;
import de.smartregion.report.Templates;
import de.smartregion.score.Combine;
import de.smartregion.score.Scorer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code smartregion assess}: scores one municipality and writes its reports. */
@Command(name = "assess", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        resourceBundle = "de.smartregion.cli.help", usageHelpAutoWidth = true)
final class AssessCommand extends BaseCommand {

    @Parameters(paramLabel = "FILE", arity = "1..*", descriptionKey = "assess.files")
    List<Path> files;

    @Mixin
    QuestionnaireOption questionnaire;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT[,FORMAT…]", defaultValue = "md",
            descriptionKey = "assess.format")
    String format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE|DIR", descriptionKey = "assess.output")
    String output;

    @Option(names = "--lang", paramLabel = "LANG", descriptionKey = "lang")
    String lang;

    @Option(names = "--combine", paramLabel = "median|mean", defaultValue = "median", descriptionKey = "combine")
    String combine;

    @Option(names = "--templates", paramLabel = "DIR", descriptionKey = "templates")
    Path templates;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", descriptionKey = "date")
    String date;

    @Override
    protected String language() {
        return Languages.forMessages(lang, parent.env());
    }

    @Override
    protected ExitCode execute() throws Exception {
        Combine how = combineOption();
        List<Format> formats = Format.parseList(format, Format.REPORT);
        if (formats == null) {
            throw new UsageException("cli.format-unknown", format, Format.names(Format.REPORT));
        }
        LocalDate reportDate = ReportDate.resolve(date, parent.env());
        if (templates != null && !Files.isDirectory(templates)) {
            throw new UsageException("cli.templates-missing", templates);
        }
        ReportTargets targets = ReportTargets.of(output, formats.size());
        QuestionnaireRegistry registry = new QuestionnaireRegistry();
        QuestionnaireSource source = questionnaire.resolve(registry);
        List<LoadedAssessment> loaded = loadAll(source);
        Questionnaire q = loaded.get(0).questionnaire();
        String reportLanguage = lang != null ? lang : q.defaultLanguage();
        if (!Messages.LANGUAGES.contains(reportLanguage)) {
            throw new UsageException("cli.lang-unsupported", reportLanguage, String.join(", ", Messages.LANGUAGES));
        }
        List<Assessment> respondents = new ArrayList<>();
        for (LoadedAssessment a : loaded) {
            respondents.add(a.assessment());
        }
        Result result = Scorer.score(q, respondents, how);
        List<Path> inputs = new ArrayList<>(files);
        inputs.addAll(questionnaire.files());
        // render everything before writing anything: a failing template must not leave half the reports behind
        Reports reports = new Reports(new Templates(templates));
        Messages messages = Messages.of(reportLanguage);
        List<Reports.Rendered> rendered = new ArrayList<>();
        for (Format f : formats) {
            rendered.add(reports.render(result, f, messages, reportDate));
        }
        targets.writeAll(rendered, ReportTargets.baseName(result.municipality().id(), result.period()), inputs,
                out(), parent.stdout());
        return ExitCode.OK;
    }

    private Combine combineOption() throws UsageException {
        for (Combine c : Combine.values()) {
            if (c.id().equals(combine)) {
                return c;
            }
        }
        throw new UsageException("cli.combine-unknown", combine);
    }

    /** Loads every file, collecting all problems of all files before giving up. */
    private List<LoadedAssessment> loadAll(QuestionnaireSource source) throws InvalidInputException {
        List<LoadedAssessment> loaded = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        for (Path file : files) {
            try {
                loaded.add(Inputs.assessment(file, source));
            } catch (InvalidInputException e) {
                problems.addAll(e.problems());
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        checkOneAssessment(loaded);
        return loaded;
    }

    /** Several files are several respondents of one assessment, never a mix of municipalities or periods. */
    private static void checkOneAssessment(List<LoadedAssessment> loaded) throws InvalidInputException {
        Assessment first = loaded.get(0).assessment();
        List<Problem> problems = new ArrayList<>();
        for (LoadedAssessment l : loaded.subList(1, loaded.size())) {
            Assessment a = l.assessment();
            boolean sameMunicipality = a.municipality().id().equals(first.municipality().id());
            if (l.questionnaire() != loaded.get(0).questionnaire() || !sameMunicipality
                    || !a.period().equals(first.period())) {
                problems.add(new Problem(sameMunicipality ? l.periodAt() : l.municipalityAt(), "cli.assess.mixed",
                        List.of(a.municipality().id(), a.period(), l.questionnaire().toString(), first.source(),
                                first.municipality().id(), first.period(),
                                loaded.get(0).questionnaire().toString())));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }
}
