package de.smartregion.model;

/** Fixture of ArchitectureTest: the model using the report layer, which the layer rule forbids. */
public final class ForbiddenUse {

    private ForbiddenUse() {
    }

    public static String render() {
        return de.smartregion.report.ForbiddenUse.class.getName();
    }
}
