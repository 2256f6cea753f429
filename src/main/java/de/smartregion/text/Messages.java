package de.smartregion.text;

import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The user-facing texts of one language, from the bundles {@code messages_de} and {@code messages_en}.
 * Placeholders {0}, {1}, … are filled with the arguments as text, so that no number is ever formatted by the
 * JVM's default locale behind our back.
 */
public final class Messages {

    private static final String BUNDLE = "de.smartregion.text.messages";

    private final String language;
    private final ResourceBundle bundle;
    /** {@link #texts} by its prefixes, each set collected once. */
    private final java.util.Map<String, java.util.Map<String, String>> texts =
            new java.util.concurrent.ConcurrentHashMap<>();

    private Messages(String language) {
        this.language = language;
        // no fallback to the default locale: a German JVM must not turn an English report German
        this.bundle = ResourceBundle.getBundle(BUNDLE, Locale.forLanguageTag(language),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** The messages of the language with code {@code language}; one reports are not written in gets the fallback. */
    public static Messages of(String language) {
        return of(Language.orFallback(language));
    }

    public static Messages of(Language language) {
        return new Messages(language.code());
    }

    public String language() {
        return language;
    }

    public java.util.Enumeration<String> keys() {
        return bundle.getKeys();
    }

    /**
     * The texts whose keys start with one of the prefixes, keyed without it, for templates to use as
     * {@code text.key}; a later prefix wins where two give the same key.
     */
    public java.util.Map<String, String> texts(String... prefixes) {
        // made once per set of prefixes: a run of 10,000 reports asks for the same texts 10,000 times
        String key = String.join("\n", prefixes);
        java.util.Map<String, String> made = texts.get(key);
        if (made == null) {
            // not computeIfAbsent: its lambda would cost a class on every run's start-up
            made = collect(prefixes);
            texts.put(key, made);
        }
        return made;
    }

    private java.util.Map<String, String> collect(String... prefixes) {
        java.util.Map<String, String> texts = new java.util.HashMap<>();
        for (String prefix : prefixes) {
            for (java.util.Enumeration<String> keys = bundle.getKeys(); keys.hasMoreElements();) {
                String key = keys.nextElement();
                if (key.startsWith(prefix)) {
                    texts.put(key.substring(prefix.length()), get(key));
                }
            }
        }
        return java.util.Map.copyOf(texts);
    }

    public boolean has(String key) {
        return bundle.containsKey(key);
    }

    /**
     * A count in running text: two to twelve as a word ("drei Thesen", "three theses"), as style guides for
     * public texts ask; one is left to texts of its own, as its word takes the gender of its noun; others as given.
     *
     * @param digits the count as the report writes numbers, for counts without a word
     */
    public String count(long n, String digits) {
        String key = "number.word." + n;
        return n >= 2 && n <= 12 && has(key) ? get(key) : digits;
    }

    public String get(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            throw new IllegalStateException("message key missing from bundle " + language + ": " + key, e);
        }
        return fill(pattern, args);
    }

    public String get(String key, List<Object> args) {
        return get(key, args.toArray());
    }

    static String fill(String pattern, Object[] args) {
        StringBuilder out = new StringBuilder(pattern.length() + 16);
        for (int i = 0; i < pattern.length(); i++) {
            char ch = pattern.charAt(i);
            int close = ch == '{' ? pattern.indexOf('}', i) : -1;
            if (close > i + 1 && close <= i + 3 && pattern.substring(i + 1, close).chars().allMatch(Character::isDigit)) {
                int n = Integer.parseInt(pattern.substring(i + 1, close));
                out.append(n < args.length ? String.valueOf(args[n]) : pattern.substring(i, close + 1));
                i = close;
            } else {
                out.append(ch);
            }
        }
        return out.toString();
    }
}
