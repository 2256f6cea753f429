package de.smartregion.cli;

import picocli.CommandLine.Option;

/** The options that compare and trend add: parallel reading and what to do with a broken file. */
final class BatchOptions {

    @Option(names = {"-j", "--threads"}, paramLabel = "THREADS", descriptionKey = "batch.threads")
    Integer threads;

    @Option(names = "--keep-going", descriptionKey = "batch.keep-going")
    boolean keepGoing;

    int threads() throws UsageException {
        if (threads == null) {
            return Runtime.getRuntime().availableProcessors();
        }
        if (threads < 1) {
            throw new UsageException("cli.threads-invalid", threads);
        }
        return threads;
    }
}
