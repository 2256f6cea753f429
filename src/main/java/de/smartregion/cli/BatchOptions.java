package de.smartregion.cli;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.Option;

/**
 * The options that compare and trend add: parallel reading, what to do with a broken file, and how much of a
 * municipality must be answered to be compared.
 */
final class BatchOptions {

    /** A share such as 0.5 or 0,5, or a percentage such as 50% or 50 %: a German user writes either. */
    private static final Pattern SHARE = Pattern.compile("(\\d{1,3}(?:[.,]\\d+)?)\\s*(%?)");

    @Option(names = {"-j", "--threads"}, paramLabel = "THREADS", descriptionKey = "batch.threads")
    Integer threads;

    @Option(names = "--keep-going", descriptionKey = "batch.keep-going")
    boolean keepGoing;

    @Option(names = "--min-coverage", paramLabel = "SHARE", descriptionKey = "batch.min-coverage")
    String minCoverage;

    int threads() throws UsageException {
        if (threads == null) {
            return Runtime.getRuntime().availableProcessors();
        }
        if (threads < 1) {
            throw new UsageException("cli.threads-invalid", threads);
        }
        return threads;
    }

    /** The least coverage, 0..1, a municipality's period needs to be compared; 0 without the option. */
    double minCoverage() throws UsageException {
        if (minCoverage == null) {
            return 0;
        }
        Matcher m = SHARE.matcher(minCoverage.strip());
        if (m.matches()) {
            double value = Double.parseDouble(m.group(1).replace(',', '.'));
            double share = m.group(2).isEmpty() ? value : value / 100;
            if (share <= 1) {
                return share;
            }
        }
        throw new UsageException("cli.min-coverage-invalid", minCoverage);
    }
}
