package de.smartregion.cli;

import de.smartregion.compare.GroupBy;
import picocli.CommandLine.Option;

/** --group-by of compare and report: how a cohort is split into peer groups. */
final class GroupByOption {

    @Option(names = "--group-by", paramLabel = "state|size|type", descriptionKey = "compare.group-by")
    String groupBy;

    /** The peer groups asked for; null for none. */
    GroupBy groupBy() throws UsageException {
        GroupBy groups = groupBy == null ? null : GroupBy.parse(groupBy);
        if (groupBy != null && groups == null) {
            throw new UsageException("cli.group-by-unknown", groupBy);
        }
        return groups;
    }
}
