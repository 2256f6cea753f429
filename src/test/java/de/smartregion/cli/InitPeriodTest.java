package de.smartregion.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** init writes only skeletons that validate: a period the loader would refuse is a usage error, nothing written. */
class InitPeriodTest {

    @ParameterizedTest
    @ValueSource(strings = {"0", "-1", "999", "20260", "2026-00", "2026-13", "2026-5", "2026-05-01", "abcd", " 2026"})
    void aPeriodTheLoaderRefusesIsAUsageError(String period, @TempDir Path dir) {
        Path file = dir.resolve("answers.yaml");
        CliRun run = CliRun.run("init", "--period=" + period, "-o", file.toString());
        assertThat(run.exitCode()).as(run.describe()).isEqualTo(ExitCode.USAGE.code());
        assertThat(run.errLines()).as(run.describe())
                .containsExactly("--period " + period + " is not a year (2026) or a month (2026-05)");
        assertThat(file).doesNotExist();
        // the loader's own verdict on the same period
        CliRun german = CliRun.run(CliRun.GERMAN, "init", "--period=" + period);
        assertThat(german.exitCode()).isEqualTo(ExitCode.USAGE.code());
        assertThat(german.err()).startsWith("--period " + period + " ist weder ein Jahr (2026) noch ein Monat");
        assertThat(german.out()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026", "0001", "2026-01", "2026-12"})
    void everyPeriodTheLoaderTakesGivesAValidSkeleton(String period, @TempDir Path dir) {
        Path file = dir.resolve("answers.yaml");
        CliRun run = CliRun.run("init", "--period", period, "-o", file.toString());
        assertThat(run.exitCode()).as(run.describe()).isZero();
        CliRun validate = CliRun.run("validate", file.toString());
        assertThat(validate.exitCode()).as(validate.describe()).isZero();
        assertThat(validate.out()).contains("for " + period + ": 0% answered, 0 of ");
    }
}
