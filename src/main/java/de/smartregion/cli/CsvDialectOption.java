package de.smartregion.cli;

import de.smartregion.report.CsvDialect;
import picocli.CommandLine.Option;

/** --csv-dialect of the commands that write CSV tables: compare and trend. */
final class CsvDialectOption {

    @Option(names = "--csv-dialect", paramLabel = "rfc4180|excel-de", defaultValue = "rfc4180",
            descriptionKey = "csv-dialect")
    String csvDialect;

    /** How the CSV is written: --csv-dialect, checked whether or not CSV is among the formats. */
    CsvDialect dialect() throws UsageException {
        CsvDialect dialect = CsvDialect.parse(csvDialect);
        if (dialect == null) {
            throw new UsageException("cli.csv-dialect-unknown", csvDialect);
        }
        return dialect;
    }
}
