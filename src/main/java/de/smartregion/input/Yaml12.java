package de.smartregion.input;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.regex.Pattern;

/**
 * How a YAML 1.2 reader (its core schema: editors with yaml-language-server, most scripting languages' parsers)
 * resolves a plain scalar as a number. The tool itself reads YAML 1.1 and keeps texts as written, so the two can
 * disagree about a value such as {@code 09999001}.
 */
public final class Yaml12 {

    private static final Pattern DECIMAL = Pattern.compile("[-+]?(\\.[0-9]+|[0-9]+(\\.[0-9]*)?)([eE][-+]?[0-9]+)?");
    private static final Pattern OCTAL = Pattern.compile("0o[0-7]+");
    private static final Pattern HEX = Pattern.compile("0x[0-9a-fA-F]+");
    /** Beyond 2^53, a reader that holds numbers as doubles (JavaScript, and so every JSON schema in an editor). */
    private static final BigDecimal EXACT = BigDecimal.valueOf(1L << 53);

    private Yaml12() {
    }

    /**
     * The number a YAML 1.2 reader takes the plain scalar {@code text} for, as JSON writes it (9999001 for
     * {@code 09999001}, 2026.1 for {@code 2026.10}, 1000 for {@code 1e3}); null when it takes it for no number.
     */
    public static String number(String text) {
        if (text.isEmpty() || !(Character.isDigit(text.charAt(0)) || "+-.".indexOf(text.charAt(0)) >= 0)) {
            return null; // the usual case, a word, without a regular expression
        }
        BigDecimal value;
        if (OCTAL.matcher(text).matches()) {
            value = new BigDecimal(new BigInteger(text.substring(2), 8));
        } else if (HEX.matcher(text).matches()) {
            value = new BigDecimal(new BigInteger(text.substring(2), 16));
        } else if (DECIMAL.matcher(text).matches()) {
            try {
                value = new BigDecimal(text.startsWith("+") ? text.substring(1) : text);
            } catch (NumberFormatException | ArithmeticException e) {
                return null; // an exponent beyond what anyone means by a number
            }
        } else {
            return null;
        }
        if (value.abs().compareTo(EXACT) > 0 || value.scale() > 20) {
            double rounded = value.doubleValue();
            return Double.isInfinite(rounded) ? value.toString()
                    : BigDecimal.valueOf(rounded).stripTrailingZeros().toPlainString();
        }
        return value.signum() == 0 ? "0" : value.stripTrailingZeros().toPlainString();
    }

    /** Whether a YAML 1.2 reader takes the plain scalar {@code text} for a number written otherwise. */
    public static boolean readsAsOtherNumber(String text) {
        String number = number(text);
        return number != null && !number.equals(text);
    }
}
