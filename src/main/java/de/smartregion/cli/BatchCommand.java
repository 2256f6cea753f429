package de.smartregion.cli;

import de.smartregion.report.CsvDialect;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** What compare and trend share: many answer files or folders, their questionnaire, reports and batch options. */
abstract class BatchCommand extends BaseCommand {

    @Parameters(paramLabel = "FILE|DIR", arity = "1..*", descriptionKey = "files")
    List<Path> inputs;

    @Mixin
    QuestionnaireOption questionnaire;

    @Mixin
    ReportOptions report;

    @Mixin
    BatchOptions batch;

    @Option(names = "--csv-dialect", paramLabel = "rfc4180|excel-de", defaultValue = "rfc4180",
            descriptionKey = "csv-dialect")
    String csvDialect;

    /** How the CSV is written: --csv-dialect, checked whether or not CSV is among the formats. */
    CsvDialect csvDialect() throws UsageException {
        CsvDialect dialect = CsvDialect.parse(csvDialect);
        if (dialect == null) {
            throw new UsageException("cli.csv-dialect-unknown", csvDialect);
        }
        return dialect;
    }

    @Override
    protected String language() {
        return Languages.forMessages(report.lang, parent.env());
    }
}
