package de.smartregion.text;

import java.math.BigDecimal;

/** Numbers in messages: as a person would write them, independent of the JVM's locale. */
public final class Numbers {

    private Numbers() {
    }

    /**
     * Plain digits (42, 0.5, 2026.1); very large and very small magnitudes in scientific notation (1E+308), as
     * three hundred digits would bury the message that quotes them.
     */
    public static String plain(double v) {
        BigDecimal d = BigDecimal.valueOf(v).stripTrailingZeros();
        double magnitude = Math.abs(v);
        return magnitude == 0 || magnitude >= 1e-6 && magnitude < 1e15 ? d.toPlainString() : d.toString();
    }
}
