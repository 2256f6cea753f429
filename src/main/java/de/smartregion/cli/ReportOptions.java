package de.smartregion.cli;

import de.smartregion.model.Questionnaire;
import de.smartregion.report.Format;
import de.smartregion.score.Combine;
import de.smartregion.text.Language;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Option;

/** The options of every command that writes reports: formats, target, language, respondents, templates, date. */
final class ReportOptions {

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT[,FORMAT…]", defaultValue = "md",
            descriptionKey = "format")
    String format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE|DIR", descriptionKey = "output")
    String output;

    @Option(names = "--lang", paramLabel = "LANG", descriptionKey = "lang")
    String lang;

    @Option(names = "--combine", paramLabel = "median|mean", defaultValue = "median", descriptionKey = "combine")
    String combine;

    @Option(names = "--templates", paramLabel = "DIR", descriptionKey = "templates")
    Path templates;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", descriptionKey = "date")
    String date;

    /** The requested formats, each of which must be among {@code allowed}; checks --templates too. */
    List<Format> formats(List<Format> allowed) throws UsageException {
        List<Format> formats = Format.parseList(format, allowed);
        if (formats == null) {
            throw new UsageException("cli.format-unknown", format, Format.names(allowed));
        }
        if (templates != null && !Files.isDirectory(templates)) {
            throw new UsageException("cli.templates-missing", templates);
        }
        return formats;
    }

    Combine combine() throws UsageException {
        for (Combine c : Combine.values()) {
            if (c.id().equals(combine)) {
                return c;
            }
        }
        throw new UsageException("cli.combine-unknown", combine);
    }

    LocalDate date(Map<String, String> env) throws UsageException {
        return ReportDate.resolve(date, env);
    }

    ReportTargets targets(int formats) throws UsageException {
        return ReportTargets.of(output, formats);
    }

    /** --lang, else the questionnaire's first language; it must be one the reports have texts for. */
    String reportLanguage(Questionnaire q) throws UsageException {
        String language = lang != null ? lang : q.defaultLanguage();
        if (Language.of(language) == null) {
            throw new UsageException("cli.lang-unsupported", language, Language.codes());
        }
        return language;
    }
}
