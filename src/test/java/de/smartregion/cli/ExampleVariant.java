package de.smartregion.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The Musterstadt example with a hostile name, respondent and note, for tests of what reaches the reports. */
final class ExampleVariant {

    private ExampleVariant() {
    }

    /** Writes the variant as {@code dir/file}; the three values go in double quotes, as written. */
    static Path write(Path dir, String file, String name, String respondent, String notePrefix) throws IOException {
        String yaml = Files.readString(Path.of("examples/musterstadt-2026.yaml"))
                .replace("  name: Musterstadt\n", "  name: \"" + name + "\"\n")
                .replace("name: Amt für Digitales}", "name: \"" + respondent + "\"}")
                .replace("    note: \"Digitalstrategie ", "    note: \"" + notePrefix + " Digitalstrategie ");
        assertThat(yaml).as("the example still has the name, respondent and note replaced here")
                .contains(name, respondent, notePrefix);
        return Files.writeString(dir.resolve(file), yaml);
    }
}
