package de.smartregion.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A language the reports and messages are written in: the one place that lists them. Adding one means a constant
 * here, its message bundles ({@code messages_xx}, {@code help_xx}) and the questionnaire's texts in it; a test
 * checks that every constant has complete bundles.
 */
public enum Language {
    DE("de", ',', '.'),
    EN("en", '.', ',');

    /** The language of messages when nothing asks for another: English, which every user can be expected to read. */
    public static final Language FALLBACK = EN;

    private final String code;
    private final char decimal;
    private final char grouping;

    Language(String code, char decimal, char grouping) {
        this.code = code;
        this.decimal = decimal;
        this.grouping = grouping;
    }

    /** The ISO 639-1 code, as questionnaires and {@code --lang} name the language. */
    public String code() {
        return code;
    }

    /**
     * The decimal separator of numbers in reports. Fixed per language rather than taken from the JDK's locale data:
     * that keeps output independent of the JDK's CLDR version, and start-up free of that data (see bench/README.md,
     * Start-up).
     */
    char decimal() {
        return decimal;
    }

    /** The separator of thousands in counts. */
    char grouping() {
        return grouping;
    }

    /** The language with ISO code {@code code}, or null when reports are not written in it. */
    public static Language of(String code) {
        for (Language l : values()) {
            if (l.code.equals(code)) {
                return l;
            }
        }
        return null;
    }

    /** The language with code {@code code}, else {@link #FALLBACK}. */
    public static Language orFallback(String code) {
        Language l = of(code);
        return l == null ? FALLBACK : l;
    }

    /** The language a POSIX locale name such as "de_DE.UTF-8" asks for, else {@link #FALLBACK}. */
    public static Language ofLocaleName(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        for (Language l : values()) {
            if (lower.startsWith(l.code)) {
                return l;
            }
        }
        return FALLBACK;
    }

    /** The codes, for messages and help: "de, en". */
    public static String codes() {
        List<String> codes = new ArrayList<>();
        for (Language l : values()) {
            codes.add(l.code);
        }
        return String.join(", ", codes);
    }
}
