package de.smartregion.load;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** LimeSurvey's language codes as an answer file's {@code language:} takes them. */
class SurveyLanguageTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(nullValues = "none", value = {
        // tags of a language, a script and a region stay as they are, in their usual case
        "de, de", "en, en", "DE, de", "de-CH, de-CH", "pt-br, pt-BR", "zh-Hans, zh-Hans", "zh-Hant-TW, zh-Hant-TW",
        "sr-Latn, sr-Latn", "es-419, es-419", "swh, swh",
        // LimeSurvey's own additions are cut to the language
        "de-informal, de", "de-easy, de", "es-AR-informal, es", "nl-informal, nl",
        // what names no language gives none
        "' ', none", "-, none", "x, none", "12345, none", "deutsch, none", "x-klingon, none", "'de\u0007', none"})
    void limeSurveysCodes(String cell, String tag) {
        assertThat(SurveyLanguage.tag(cell)).isEqualTo(tag);
    }
}
