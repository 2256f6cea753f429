package de.smartregion.model;

/**
 * Who answered: a role id (one the questionnaire declares, when it declares roles) and optionally a name; either
 * may be null.
 *
 * @param language the language tag of the respondent's own words (notes, evidence); null when the answer file
 *     does not say, which means the questionnaire's default language
 */
public record Respondent(String role, String name, String language) {

    /** A respondent whose words are in the questionnaire's default language. */
    public Respondent(String role, String name) {
        this(role, name, null);
    }

    /** The same respondent writing in {@code language}. */
    public Respondent writingIn(String language) {
        return new Respondent(role, name, language);
    }

    /** The language of this respondent's words: the one declared, else the questionnaire's default. */
    public String languageOr(String defaultLanguage) {
        return language == null ? defaultLanguage : language;
    }
}
