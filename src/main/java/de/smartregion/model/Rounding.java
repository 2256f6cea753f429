package de.smartregion.model;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** The one rounding rule: HALF_UP on the decimal value as written, applied only when a number is shown. */
public final class Rounding {

    /** Powers of ten for the decimals the fast path takes. */
    private static final double[] TENS = {1, 10, 100, 1_000, 10_000};
    /**
     * Below this magnitude, {@code value * 10^decimals} is within 4e-6 of the scaled shortest decimal (half an ulp of
     * the value, scaled, plus the product's own rounding), far inside {@link #TIE_MARGIN}.
     */
    private static final double FAST_LIMIT = 1e6;
    /** A scaled value this close to a tie may round either way in binary: the exact decimal rule decides it. */
    private static final double TIE_MARGIN = 1e-4;
    /** No fast answer: the value is left to BigDecimal. */
    private static final long NONE = Long.MIN_VALUE;

    private Rounding() {
    }

    /**
     * Rounds half up. {@link BigDecimal#valueOf(double)} takes the shortest decimal that reads back as the double,
     * so 39.955 rounds to 39.96 as a person expects, not to 39.95 as its binary expansion would.
     */
    public static BigDecimal halfUp(double value, int decimals) {
        long units = fastUnits(value, decimals);
        return units != NONE ? BigDecimal.valueOf(units, decimals)
                : BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP);
    }

    public static double halfUpDouble(double value, int decimals) {
        long units = fastUnits(value, decimals);
        // units / 10^decimals is the nearest double to the decimal, as BigDecimal.doubleValue gives it (0 for
        // -0.004, as BigDecimal has no negative zero)
        return units != NONE ? units / TENS[decimals] : halfUp(value, decimals).doubleValue();
    }

    /**
     * The value rounded half up in units of 10^-decimals, computed in binary where that cannot differ from the
     * rule on the shortest decimal (a cohort rounds millions of scores, and BigDecimal.valueOf writes each out as a
     * string first); {@link #NONE} for a value near a tie, a large or non-finite one, or many decimals.
     */
    private static long fastUnits(double value, int decimals) {
        if (decimals < 0 || decimals >= TENS.length || !(Math.abs(value) < FAST_LIMIT)) {
            return NONE;
        }
        double scaled = Math.abs(value) * TENS[decimals];
        double whole = Math.floor(scaled);
        double fraction = scaled - whole;
        if (Math.abs(fraction - 0.5) < TIE_MARGIN) {
            return NONE;
        }
        long units = (long) whole + (fraction > 0.5 ? 1 : 0);
        return value < 0 ? -units : units;
    }
}
