package de.smartregion.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every bundled example validates and assesses, and the cohort of examples compares and trends. */
class ExamplesTest {

    private static List<Path> examples() throws IOException {
        try (Stream<Path> s = Files.list(Path.of("examples"))) {
            return s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        }
    }

    @Test
    void everyExampleValidatesAndAssesses() throws IOException {
        List<Path> files = examples();
        assertThat(files).hasSizeGreaterThanOrEqualTo(18);
        for (Path f : files) {
            CliRun run = CliRun.run("assess", f.toString(), "-f", "json");
            assertThat(run.exitCode()).as(run.describe()).isZero();
            assertThat(run.err()).isEmpty();
        }
        CliRun all = CliRun.run(concat("validate", files));
        assertThat(all.exitCode()).as(all.describe()).isZero();
        assertThat(all.outLines()).hasSize(files.size());
    }

    @Test
    void theExamplesCompareAndTrend() {
        CliRun compare = CliRun.run("compare", "examples", "-f", "csv");
        assertThat(compare.exitCode()).as(compare.describe()).isZero();
        // six municipalities, each in its latest period, 2026
        assertThat(compare.out().split("\r\n")).hasSize(7);
        assertThat(compare.out()).contains(",2026,");
        CliRun trend = CliRun.run("trend", "examples", "-f", "csv");
        assertThat(trend.exitCode()).as(trend.describe()).isZero();
        // six municipalities over three periods
        assertThat(trend.out().split("\r\n")).hasSize(19);
    }

    private static String[] concat(String first, List<Path> files) {
        String[] args = new String[files.size() + 1];
        args[0] = first;
        for (int i = 0; i < files.size(); i++) {
            args[i + 1] = files.get(i).toString();
        }
        return args;
    }
}
