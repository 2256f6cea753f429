package de.smartregion.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A translatable text: either one text for every language, or one text per language code.
 * A language without its own text falls back to the questionnaire's default language.
 */
public record Text(Map<String, String> byLanguage) {

    /** Key under which a plain (untranslated) string is stored. */
    private static final String ANY = "*";

    public Text {
        Objects.requireNonNull(byLanguage, "byLanguage");
        if (byLanguage.isEmpty()) {
            throw new IllegalArgumentException("a text needs at least one language");
        }
        byLanguage = Collections.unmodifiableMap(new LinkedHashMap<>(byLanguage));
    }

    public static Text of(String plain) {
        return new Text(Map.of(ANY, plain));
    }

    public static Text of(Map<String, String> byLanguage) {
        return new Text(byLanguage);
    }

    /** The text in {@code language}, else in {@code fallback}, else the first one given. */
    public String in(String language, String fallback) {
        String text = byLanguage.get(language);
        if (text == null) {
            text = byLanguage.get(ANY);
        }
        if (text == null) {
            text = byLanguage.get(fallback);
        }
        return text != null ? text : byLanguage.values().iterator().next();
    }
}
