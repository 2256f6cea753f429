package de.smartregion.model;

import java.util.List;
import java.util.Objects;

/**
 * A legal minimum on a question: answers below it are not a low maturity but a duty not fulfilled, which a council
 * must know before anything else it might improve. Reports list such answers in their own block, and the roadmap
 * takes the measures that fulfil a duty right after those that make a failed thesis condition hold.
 *
 * @param minimum the lowest answer that fulfils the duty, as a bound on the question itself (an option, a level,
 *     yes, or a plain score)
 * @param basis where the duty comes from, e.g. "§ 6 EnEfG"; every duty names one, since a duty nobody can look up
 *     is an opinion
 * @param appliesTo the municipality types the law binds, empty for every type the question is asked of: an ILE or
 *     LEADER region answers about its members' services but receives no invoices of its own
 */
public record Duty(Condition.Bound minimum, Text basis, List<String> appliesTo) {
    public Duty {
        Objects.requireNonNull(minimum, "minimum");
        Objects.requireNonNull(basis, "basis");
        appliesTo = List.copyOf(appliesTo);
        if (!Municipality.TYPES.containsAll(appliesTo)) {
            throw new IllegalArgumentException("unknown municipality type in " + appliesTo);
        }
    }

    /** Whether the law binds this municipality; one whose type is not given is bound, as nothing says otherwise. */
    public boolean binds(Municipality municipality) {
        return appliesTo.isEmpty() || municipality.type() == null || appliesTo.contains(municipality.type());
    }
}
