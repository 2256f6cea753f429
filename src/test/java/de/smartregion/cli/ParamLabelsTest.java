package de.smartregion.cli;

import static org.assertj.core.api.Assertions.assertThat;

import de.smartregion.text.Messages;
import org.junit.jupiter.api.Test;

/** Placeholders in the user's language: each word in capitals translated, values typed literally kept. */
class ParamLabelsTest {

    private static final Messages GERMAN = Messages.of("de");
    private static final Messages ENGLISH = Messages.of("en");

    @Test
    void wordsInCapitalsAreTranslatedAndLiteralValuesKept() {
        assertThat(ParamLabels.translated("FILE|DIR", GERMAN)).isEqualTo("DATEI|VERZEICHNIS");
        assertThat(ParamLabels.translated("FILE|URL|none", GERMAN)).isEqualTo("DATEI|URL|none");
        assertThat(ParamLabels.translated("YYYY-MM-DD", GERMAN)).isEqualTo("JJJJ-MM-TT");
        assertThat(ParamLabels.translated("MAPPING.yaml", GERMAN)).isEqualTo("ZUORDNUNG.yaml");
        assertThat(ParamLabels.translated("median|mean", GERMAN)).isEqualTo("median|mean");
        assertThat(ParamLabels.translated("FILE|DIR", ENGLISH)).isEqualTo("FILE|DIR");
    }

    @Test
    void helpAndTheManPageShowThemInTheUsersLanguage() {
        String german = CliRun.run(CliRun.GERMAN, "report", "--help").out();
        assertThat(german).contains("[-o=VERZEICHNIS]", "[--min-coverage=ANTEIL]", "DATEI|VERZEICHNIS...")
                .doesNotContain("=DIR", "FILE|DIR");
        assertThat(CliRun.run("report", "--help").out()).contains("[-o=DIR]", "[--min-coverage=SHARE]");
        assertThat(CliRun.run(CliRun.GERMAN, "man", "report").out()).contains("\\fIVERZEICHNIS\\fR");
    }
}
