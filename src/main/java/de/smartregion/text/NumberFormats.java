package de.smartregion.text;

import de.smartregion.model.Rounding;
import java.math.BigDecimal;

/**
 * Numbers as a report in one language shows them (47,4 in German, 47.4 in English), rounded HALF_UP, with the
 * separators {@link Language} gives.
 */
public final class NumberFormats {

    private final char decimal;
    private final char grouping;

    /** The numbers of the language with code {@code language}, the fallback's for one reports are not written in. */
    public NumberFormats(String language) {
        this(Language.orFallback(language));
    }

    public NumberFormats(Language language) {
        this.decimal = language.decimal();
        this.grouping = language.grouping();
    }

    /** {@code value} with exactly {@code decimals} decimals, no grouping. */
    public String fixed(double value, int decimals) {
        return Rounding.halfUp(value, decimals).toPlainString().replace('.', decimal);
    }

    /** A number as given in a questionnaire or answer: no trailing zeros, the language's decimal separator. */
    public String plain(double value) {
        String s = BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
        int dot = s.indexOf('.');
        return fixed(value, dot < 0 ? 0 : s.length() - dot - 1);
    }

    /** A share 0..1 as a whole percentage, e.g. "93 %" (German) or "93%" (English). */
    public String percent(double share, String pattern) {
        return Messages.fill(pattern, new Object[] {fixed(share * 100, 0)});
    }

    /** A count with the language's grouping, e.g. 12.480 or 12,480. */
    public String grouped(long value) {
        String digits = Long.toString(Math.abs(value));
        StringBuilder out = new StringBuilder(digits.length() + 4);
        for (int i = 0; i < digits.length(); i++) {
            if (i > 0 && (digits.length() - i) % 3 == 0) {
                out.append(grouping);
            }
            out.append(digits.charAt(i));
        }
        return (value < 0 ? "-" : "") + out;
    }
}
