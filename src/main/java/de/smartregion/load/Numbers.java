package de.smartregion.load;

import java.math.BigDecimal;

/** Numbers in messages: as a person would write them, independent of the JVM's locale. */
final class Numbers {

    private Numbers() {
    }

    static String plain(double v) {
        return BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }
}
