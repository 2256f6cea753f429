package de.smartregion.cli;

import de.smartregion.score.Gate;
import picocli.CommandLine.Option;

/** The CI gates of assess and compare: a minimum overall index, and all theses met. */
final class GateOptions {

    @Option(names = "--fail-under", paramLabel = "SCORE", descriptionKey = "gate.fail-under")
    Double failUnder;

    @Option(names = "--fail-on-thesis", descriptionKey = "gate.fail-on-thesis")
    boolean failOnThesis;

    Gate gate() throws UsageException {
        if (failUnder != null && (failUnder < 0 || failUnder > 100 || failUnder.isNaN())) {
            throw new UsageException("cli.fail-under-range", failUnder);
        }
        return new Gate(failUnder, failOnThesis);
    }
}
