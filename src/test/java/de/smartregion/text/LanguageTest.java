package de.smartregion.text;

import static org.assertj.core.api.Assertions.assertThat;

import de.smartregion.text.Language;
import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** Each {@link Language} is complete: its message and help bundles hold every key the English base holds. */
class LanguageTest {

    private static final String[] BUNDLES = {"de/smartregion/text/messages", "de/smartregion/cli/help"};

    private static Set<String> keys(String resource) throws IOException {
        try (InputStream in = LanguageTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            Properties p = new Properties();
            p.load(in);
            return new TreeSet<>(p.stringPropertyNames());
        }
    }

    @Test
    void everyLanguageHasEveryText() throws IOException {
        for (String bundle : BUNDLES) {
            Set<String> base = keys(bundle + ".properties");
            for (Language language : Language.values()) {
                if (language == Language.FALLBACK) {
                    continue; // the base bundle is its text
                }
                assertThat(keys(bundle + "_" + language.code() + ".properties")).as(bundle + " in " + language)
                        .isEqualTo(base);
            }
        }
    }

    @Test
    void codesAndLocaleNamesFindTheirLanguage() {
        assertThat(Language.of("de")).isEqualTo(Language.DE);
        assertThat(Language.of("fr")).isNull();
        assertThat(Language.orFallback("fr")).isEqualTo(Language.EN);
        assertThat(Language.ofLocaleName("de_AT.UTF-8")).isEqualTo(Language.DE);
        assertThat(Language.ofLocaleName("C.UTF-8")).isEqualTo(Language.EN);
        assertThat(Language.codes()).isEqualTo("de, en");
    }
}
