package de.smartregion.model;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** The one rounding rule: HALF_UP on the decimal value as written, applied only when a number is shown. */
public final class Rounding {

    private Rounding() {
    }

    /**
     * Rounds half up. {@link BigDecimal#valueOf(double)} takes the shortest decimal that reads back as the double,
     * so 39.955 rounds to 39.96 as a person expects, not to 39.95 as its binary expansion would.
     */
    public static BigDecimal halfUp(double value, int decimals) {
        return BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP);
    }

    public static double halfUpDouble(double value, int decimals) {
        return halfUp(value, decimals).doubleValue();
    }
}
