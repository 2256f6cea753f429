package de.smartregion.cli;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Map;

/**
 * The date a report shows: --date, else SOURCE_DATE_EPOCH (the reproducible-builds convention), else none, so that
 * the same input gives the same output.
 */
final class ReportDate {

    private ReportDate() {
    }

    static LocalDate resolve(String option, Map<String, String> env) throws UsageException {
        if (option != null) {
            try {
                return LocalDate.parse(option);
            } catch (DateTimeParseException e) {
                throw new UsageException("cli.date-invalid", option);
            }
        }
        String epoch = env.get("SOURCE_DATE_EPOCH");
        if (epoch == null || epoch.isBlank()) {
            return null;
        }
        try {
            return LocalDate.ofInstant(Instant.ofEpochSecond(Long.parseLong(epoch.strip())), ZoneOffset.UTC);
        } catch (NumberFormatException | java.time.DateTimeException e) {
            throw new UsageException("cli.epoch-invalid", epoch);
        }
    }
}
