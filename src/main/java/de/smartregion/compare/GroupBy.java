package de.smartregion.compare;

import de.smartregion.model.Municipality;

/** How a cohort is split into peer groups. */
public enum GroupBy {
    STATE("state"), SIZE("size"), TYPE("type");

    /** The group of municipalities whose state, type or population is not given. */
    public static final String UNKNOWN = "unknown";

    private final String id;

    GroupBy(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public static GroupBy parse(String id) {
        for (GroupBy g : values()) {
            if (g.id.equals(id)) {
                return g;
            }
        }
        return null;
    }

    /** The peer group of a municipality. */
    public String groupOf(Municipality m) {
        String group = switch (this) {
            case STATE -> m.state();
            case TYPE -> m.type();
            case SIZE -> sizeGroup(m);
        };
        return group == null ? UNKNOWN : group;
    }

    /**
     * The size class of a Gemeinde or Stadt (or a municipality of no given type); a Landkreis or a Region is
     * grouped with its own kind, as its inhabitants live in many municipalities and no size class describes it.
     */
    private static String sizeGroup(Municipality m) {
        if (m.regional()) {
            return m.type();
        }
        SizeClass size = SizeClass.of(m.population());
        return size == null ? null : size.id();
    }
}
