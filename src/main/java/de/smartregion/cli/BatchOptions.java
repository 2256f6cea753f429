package de.smartregion.cli;

import de.smartregion.model.Questionnaire;
import de.smartregion.report.Format;
import de.smartregion.report.Messages;
import de.smartregion.score.Combine;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Option;

/** The options that compare and trend share. */
final class BatchOptions {

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT[,FORMAT…]", defaultValue = "md",
            descriptionKey = "batch.format")
    String format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE|DIR", descriptionKey = "batch.output")
    String output;

    @Option(names = "--lang", paramLabel = "LANG", descriptionKey = "lang")
    String lang;

    @Option(names = {"-j", "--threads"}, paramLabel = "THREADS", descriptionKey = "batch.threads")
    Integer threads;

    @Option(names = "--keep-going", descriptionKey = "batch.keep-going")
    boolean keepGoing;

    @Option(names = "--combine", paramLabel = "median|mean", defaultValue = "median", descriptionKey = "combine")
    String combine;

    @Option(names = "--templates", paramLabel = "DIR", descriptionKey = "templates")
    Path templates;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", descriptionKey = "date")
    String date;

    List<Format> formats() throws UsageException {
        List<Format> formats = Format.parseList(format, Format.TABLE);
        if (formats == null) {
            throw new UsageException("cli.format-unknown", format, Format.names(Format.TABLE));
        }
        if (templates != null && !java.nio.file.Files.isDirectory(templates)) {
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

    int threads() throws UsageException {
        if (threads == null) {
            return Runtime.getRuntime().availableProcessors();
        }
        if (threads < 1) {
            throw new UsageException("cli.threads-invalid", threads);
        }
        return threads;
    }

    String reportLanguage(Questionnaire q) throws UsageException {
        String language = lang != null ? lang : q.defaultLanguage();
        if (!Messages.LANGUAGES.contains(language)) {
            throw new UsageException("cli.lang-unsupported", language, String.join(", ", Messages.LANGUAGES));
        }
        return language;
    }
}
