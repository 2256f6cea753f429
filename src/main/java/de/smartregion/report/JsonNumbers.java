package de.smartregion.report;

import de.smartregion.model.Rounding;

/** Numbers in JSON and CSV: two decimals at most, HALF_UP, never locale-formatted. */
public final class JsonNumbers {

    public static final int DECIMALS = 2;

    private JsonNumbers() {
    }

    public static Double round(Double value) {
        return value == null ? null : Rounding.halfUpDouble(value, DECIMALS);
    }
}
