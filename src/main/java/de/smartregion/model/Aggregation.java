package de.smartregion.model;

/** How question scores combine into a field score, or field scores into the overall index. */
public enum Aggregation {
    WEIGHTED_MEAN("weighted-mean"),
    /** The weakest link, as in the OZG maturity model. */
    MIN("min");

    private final String id;

    Aggregation(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }
}
