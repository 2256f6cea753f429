package de.smartregion.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collections;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class MessagesTest {

    private static Set<String> keys(String language) {
        return new TreeSet<>(Collections.list(Messages.of(language).keys()));
    }

    @Test
    void germanAndEnglishHaveTheSameKeys() {
        assertThat(keys("de")).isEqualTo(keys("en")).isNotEmpty();
    }

    @Test
    void aGermanDefaultLocaleDoesNotTurnEnglishGerman() {
        Locale saved = Locale.getDefault();
        try {
            Locale.setDefault(Locale.GERMANY);
            assertThat(Messages.of("en").get("report.thesis.met")).isEqualTo("met");
            assertThat(Messages.of("de").get("report.thesis.met")).isEqualTo("erfüllt");
        } finally {
            Locale.setDefault(saved);
        }
    }

    @Test
    void placeholdersAreFilledAsPlainText() {
        assertThat(Messages.fill("'{0}' at {1}, {2} {5}", new Object[] {"x", 1234, 0.5}))
                .isEqualTo("'x' at 1234, 0.5 {5}");
    }

    @Test
    void numbersFollowTheReportLanguage() {
        assertThat(new NumberFormats("de").fixed(47.35, 1)).isEqualTo("47,4");
        assertThat(new NumberFormats("en").fixed(47.35, 1)).isEqualTo("47.4");
        assertThat(new NumberFormats("en").fixed(39.96, 1)).isEqualTo("40.0");
        assertThat(new NumberFormats("de").grouped(12480)).isEqualTo("12.480");
        assertThat(new NumberFormats("en").grouped(12480)).isEqualTo("12,480");
    }
}
