package de.smartregion.compare;

import de.smartregion.model.Municipality;
import de.smartregion.model.Result;
import java.nio.file.Path;
import java.util.List;

/**
 * A municipality's period left out of a comparison or trend because less of it is answered than asked for
 * ({@code --min-coverage}): a score resting on a few answers would stand beside complete ones as their equal.
 *
 * @param coverage answered / applicable questions of the period, all its respondents together, 0..1
 * @param files the answer files of the period, in file order, so that the reader knows which to complete
 */
public record BelowCoverage(Municipality municipality, String period, double coverage, List<Path> files) {

    public BelowCoverage {
        files = List.copyOf(files);
    }

    static BelowCoverage of(Result r, List<Submission> group) {
        return new BelowCoverage(r.municipality(), r.period(), r.overall().coverage(),
                group.stream().map(Submission::file).toList());
    }

    /** Whether a period of this coverage is left out; a period without applicable questions has none to judge. */
    static boolean below(Double coverage, double minimum) {
        return coverage != null && coverage < minimum;
    }
}
