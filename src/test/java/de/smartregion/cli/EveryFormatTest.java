package de.smartregion.cli;

import static org.assertj.core.api.Assertions.assertThat;

import de.smartregion.report.Format;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.stream.Collectors;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every output format, pushed through every command that offers it, and named in the help of those commands: a new
 * {@link Format} fails here until each command renders it or refuses it, and the help says which.
 */
class EveryFormatTest {

    @ParameterizedTest
    @EnumSource(Format.class)
    void eachFormatIsOfferedBySomeCommand(Format format) {
        assertThat(Format.REPORT.contains(format) || Format.TABLE.contains(format))
                .as("%s is written by assess (Format.REPORT) or compare and trend (Format.TABLE)", format).isTrue();
    }

    @ParameterizedTest
    @EnumSource(Format.class)
    void assessWritesEachOfItsFormatsAndRefusesTheOthers(Format format, @TempDir Path dir) throws IOException {
        CliRun run = CliRun.run("assess", "examples/musterstadt-2026.yaml", "-f", format.extension(),
                "-o", dir + "/", "--quiet");
        if (Format.REPORT.contains(format)) {
            assertThat(run.exitCode()).as(run.describe()).isZero();
            assertThat(Files.size(dir.resolve("09999001-2026." + format.extension()))).isPositive();
        } else {
            assertThat(run.exitCode()).as(run.describe()).isEqualTo(ExitCode.USAGE.code());
            assertThat(run.err()).contains(format.extension());
        }
    }

    @ParameterizedTest
    @EnumSource(Format.class)
    void compareAndTrendWriteEachOfTheirFormatsAndRefuseTheOthers(Format format, @TempDir Path dir)
            throws IOException {
        for (List<String> command : List.of(List.of("compare", "examples"),
                List.of("trend", "examples/musterstadt-2024.yaml", "examples/musterstadt-2025.yaml"))) {
            Path out = dir.resolve(command.get(0) + "." + format.extension());
            List<String> args = new ArrayList<>(command);
            args.addAll(List.of("-f", format.extension(), "-o", out.toString()));
            CliRun run = CliRun.run(args.toArray(String[]::new));
            if (Format.TABLE.contains(format)) {
                assertThat(run.exitCode()).as(run.describe()).isZero();
                assertThat(Files.size(out)).isPositive();
            } else {
                assertThat(run.exitCode()).as(run.describe()).isEqualTo(ExitCode.USAGE.code());
                assertThat(out).doesNotExist();
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"help.properties", "help_de.properties"})
    void theHelpNamesExactlyTheFormatsOfEachCommand(String bundle) throws IOException {
        Properties help = new Properties();
        try (InputStream in = Files.newInputStream(Path.of("src/main/resources/de/smartregion/cli", bundle))) {
            help.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        assertThat(named(help.getProperty("smartregion.assess.format"))).isEqualTo(extensions(Format.REPORT));
        for (String key : List.of("format", "smartregion.compare.format", "smartregion.trend.format")) {
            assertThat(named(help.getProperty(key))).as(key).isEqualTo(extensions(Format.TABLE));
        }
    }

    /** The formats a help text lists after its colon, up to the sentence's end. */
    private static List<String> named(String text) {
        String list = text.substring(text.indexOf(':') + 1, text.indexOf('.', text.indexOf(':')));
        return List.of(list.strip().split(",\\s*")).stream().sorted().collect(Collectors.toList());
    }

    private static List<String> extensions(List<Format> formats) {
        return formats.stream().map(Format::extension).sorted().collect(Collectors.toList());
    }
}
