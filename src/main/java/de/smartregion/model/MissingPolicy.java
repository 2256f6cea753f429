package de.smartregion.model;

/** What an unanswered question counts as. */
public enum MissingPolicy {
    /** Left out of every mean; lowers the coverage only. */
    EXCLUDE("exclude"),
    /** Counts as score 0: the municipality has not shown that it has the thing. */
    ZERO("zero");

    private final String id;

    MissingPolicy(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }
}
