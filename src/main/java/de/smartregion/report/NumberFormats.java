package de.smartregion.report;

import de.smartregion.model.Rounding;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** Numbers as a report in one language shows them (47,4 in German, 47.4 in English), rounded HALF_UP. */
public final class NumberFormats {

    private final DecimalFormatSymbols symbols;

    public NumberFormats(String language) {
        this.symbols = DecimalFormatSymbols.getInstance(Locale.forLanguageTag(language));
    }

    /** {@code value} with exactly {@code decimals} decimals, no grouping. */
    public String fixed(double value, int decimals) {
        BigDecimal rounded = Rounding.halfUp(value, decimals);
        String plain = rounded.toPlainString();
        return plain.replace('.', symbols.getDecimalSeparator()).replace('-', symbols.getMinusSign());
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
        DecimalFormat format = new DecimalFormat("#,##0", symbols);
        return format.format(value);
    }
}
