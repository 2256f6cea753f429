package de.smartregion.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The view model is a contract with users' own templates (docs/templates.md): the bundled templates of an earlier
 * release, given with {@code --templates}, still render, and exactly as the bundled ones of today do.
 */
class EarlierTemplatesTest {

    /** The bundled templates as of commit 680a682, before the statistics became a list of cells. */
    private static final String EARLIER = "src/test/resources/templates/earlier";

    @ParameterizedTest
    @ValueSource(strings = {"md", "html"})
    void earlierTemplatesRenderEveryDocumentAsTodaysDo(String format) {
        for (List<String> command : List.of(
                List.of("assess", "examples/musterstadt-2026.yaml"),
                List.of("compare", "examples", "--group-by", "state"),
                List.of("trend", "examples/musterstadt-2024.yaml", "examples/musterstadt-2025.yaml",
                        "examples/musterstadt-2026.yaml"))) {
            CliRun today = run(command, format);
            CliRun earlier = run(command, format, "--templates", EARLIER);
            assertThat(today.exitCode()).as(today.describe()).isZero();
            assertThat(earlier.exitCode()).as(earlier.describe()).isZero();
            assertThat(earlier.out()).as(String.join(" ", command)).isEqualTo(today.out());
        }
    }

    private static CliRun run(List<String> command, String format, String... more) {
        List<String> args = new java.util.ArrayList<>(command);
        args.addAll(List.of("-f", format, "-o", "-"));
        args.addAll(List.of(more));
        return CliRun.run(args.toArray(String[]::new));
    }
}
