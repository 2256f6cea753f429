package de.smartregion.report;

import static org.assertj.core.api.Assertions.assertThat;

import de.smartregion.cli.Main;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The example's reports are byte-identical to the reviewed golden files, whatever the JVM's default locale: German
 * and Turkish defaults (decimal comma, dotless i) must change nothing. Run with -Dgolden.update=true to rewrite
 * the golden files after an intended change, then review the diff by eye.
 */
class ReproducibleOutputTest {

    private static final String EXAMPLE = "examples/musterstadt-2026.yaml";
    private Locale saved;

    @BeforeEach
    void saveLocale() {
        saved = Locale.getDefault();
    }

    @AfterEach
    void restoreLocale() {
        Locale.setDefault(saved);
    }

    private static String run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        var cli = Main.commandLine(Map.of("LANG", "C"));
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        int code = cli.execute(args);
        assertThat(err.toString()).isEmpty();
        assertThat(code).isZero();
        return out.toString();
    }

    /** compare over all examples and trend of Musterstadt over three years, in each language and format. */
    @ParameterizedTest
    @CsvSource({
        "compare-examples.de.md, compare examples -f md --lang de",
        "compare-examples.en.html, compare examples -f html --lang en",
        "compare-examples.json, compare examples -f json",
        "compare-by-state.de.md, compare examples --group-by state -f md --lang de",
        "compare-by-state.en.html, compare examples --group-by state -f html --lang en",
        "trend-musterstadt.de.md, trend examples/musterstadt-2024.yaml examples/musterstadt-2025.yaml "
            + "examples/musterstadt-2026.yaml -f md --lang de",
        "trend-musterstadt.en.html, trend examples/musterstadt-2024.yaml examples/musterstadt-2025.yaml "
            + "examples/musterstadt-2026.yaml -f html --lang en"})
    void comparisonAndTrendMatchTheirGoldenFiles(String golden, String commandLine) throws Exception {
        Path goldenFile = Path.of("src/test/resources/golden", golden);
        Locale.setDefault(Locale.GERMANY);
        String output = run(commandLine.split(" "));
        if (Boolean.getBoolean("golden.update")) {
            Files.writeString(goldenFile, output, StandardCharsets.UTF_8);
        }
        assertThat(output).isEqualTo(Files.readString(goldenFile, StandardCharsets.UTF_8));
    }

    @ParameterizedTest
    @CsvSource({"json,de,musterstadt-2026.json", "md,de,musterstadt-2026.de.md", "md,en,musterstadt-2026.en.md",
        "html,de,musterstadt-2026.de.html", "html,en,musterstadt-2026.en.html"})
    void sameBytesUnderEveryDefaultLocale(String format, String lang, String golden) throws Exception {
        Path goldenFile = Path.of("src/test/resources/golden", golden);
        Locale.setDefault(Locale.ROOT);
        String reference = run("assess", EXAMPLE, "-f", format, "--lang", lang);
        if (Boolean.getBoolean("golden.update")) {
            Files.writeString(goldenFile, reference, StandardCharsets.UTF_8);
        }
        assertThat(reference).isEqualTo(Files.readString(goldenFile, StandardCharsets.UTF_8));
        for (Locale locale : new Locale[] {Locale.GERMANY, Locale.forLanguageTag("tr-TR")}) {
            Locale.setDefault(locale);
            assertThat(run("assess", EXAMPLE, "-f", format, "--lang", lang)).as(locale.toString()).isEqualTo(reference);
        }
    }
}
