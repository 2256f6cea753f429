package de.smartregion.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/** The binary fast path gives exactly what HALF_UP on the shortest decimal gives, ties and all. */
class RoundingTest {

    private static BigDecimal byTheRule(double value, int decimals) {
        return BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP);
    }

    @Test
    void tiesRoundAsWrittenNotAsStoredInBinary() {
        // 39.955 and 1.005 are stored just below their decimals; the rule rounds the decimal as written
        assertThat(Rounding.halfUpDouble(39.955, 2)).isEqualTo(39.96);
        assertThat(Rounding.halfUpDouble(1.005, 2)).isEqualTo(1.01);
        assertThat(Rounding.halfUpDouble(2.5, 0)).isEqualTo(3.0);
        assertThat(Rounding.halfUpDouble(-2.5, 0)).isEqualTo(-3.0);
        assertThat(Rounding.halfUpDouble(0.125, 2)).isEqualTo(0.13);
        assertThat(Rounding.halfUp(47.1049, 1).toPlainString()).isEqualTo("47.1");
        assertThat(Rounding.halfUp(47.15, 1).toPlainString()).isEqualTo("47.2");
    }

    @Test
    void aValueRoundingToZeroIsPositiveZero() {
        assertThat(Double.doubleToRawLongBits(Rounding.halfUpDouble(-0.001, 2))).isZero();
        assertThat(Double.doubleToRawLongBits(Rounding.halfUpDouble(-0.0, 1))).isZero();
        assertThat(Rounding.halfUp(-0.001, 2).toPlainString()).isEqualTo("0.00");
    }

    @Test
    void notANumberIsRefusedAsBigDecimalRefusesIt() {
        assertThatThrownBy(() -> Rounding.halfUpDouble(Double.NaN, 2)).isInstanceOf(NumberFormatException.class);
        assertThatThrownBy(() -> Rounding.halfUp(Double.POSITIVE_INFINITY, 0))
                .isInstanceOf(NumberFormatException.class);
    }

    @Property(tries = 20_000)
    void agreesWithTheRuleOnAnyDouble(@ForAll("values") double value, @ForAll @IntRange(min = 0, max = 6) int decimals) {
        BigDecimal expected = byTheRule(value, decimals);
        assertThat(Rounding.halfUp(value, decimals)).isEqualTo(expected);
        assertThat(Rounding.halfUpDouble(value, decimals)).isEqualTo(expected.doubleValue());
    }

    @Property(tries = 20_000)
    void agreesWithTheRuleOnDecimalTies(@ForAll @IntRange(min = -2_000_000, max = 2_000_000) int units,
                                        @ForAll @IntRange(min = 0, max = 4) int decimals) {
        // (k + 0.5) units of the last decimal kept: (2k + 1) * 5 * 10^-(decimals + 1); and the doubles beside it
        double tie = BigDecimal.valueOf(2L * units + 1, decimals + 1).multiply(BigDecimal.valueOf(5)).doubleValue();
        for (double v : new double[] {tie, Math.nextUp(tie), Math.nextDown(tie)}) {
            BigDecimal expected = byTheRule(v, decimals);
            assertThat(Rounding.halfUp(v, decimals)).as("%s to %d", v, decimals).isEqualTo(expected);
            assertThat(Rounding.halfUpDouble(v, decimals)).as("%s to %d", v, decimals)
                    .isEqualTo(expected.doubleValue());
        }
    }

    @Provide
    Arbitrary<Double> values() {
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(4, Arbitraries.doubles().between(-100, 100)),
                net.jqwik.api.Tuple.of(2, Arbitraries.doubles().between(-2e6, 2e6)),
                net.jqwik.api.Tuple.of(2, Arbitraries.doubles().between(0, 100).ofScale(3).map(Double::valueOf)),
                net.jqwik.api.Tuple.of(1, Arbitraries.doubles()));
    }
}
