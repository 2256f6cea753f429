package de.smartregion.compare;

/** The usual German size classes by inhabitants, for peer groups. */
public enum SizeClass {
    RURAL("rural", 0),
    SMALL_TOWN("small-town", 5_000),
    MEDIUM_TOWN("medium-town", 20_000),
    LARGE_CITY("large-city", 100_000);

    private final String id;
    private final long from;

    SizeClass(String id, long from) {
        this.id = id;
        this.from = from;
    }

    public String id() {
        return id;
    }

    /** The class of a population; null when the population is not known. */
    public static SizeClass of(Long population) {
        if (population == null) {
            return null;
        }
        SizeClass found = RURAL;
        for (SizeClass c : values()) {
            if (population >= c.from) {
                found = c;
            }
        }
        return found;
    }
}
