package de.smartregion.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputTest {

    private static final String EXAMPLE = "examples/musterstadt-2026.yaml";

    @Test
    void aNewReportIsReadableByOthersAndAReplacedOneKeepsItsPermissions(@TempDir Path dir) throws Exception {
        Path report = dir.resolve("report.md");
        assertThat(CliRun.run("assess", EXAMPLE, "-o", report.toString()).exitCode()).isZero();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(report))).isEqualTo("rw-r--r--");
        Files.setPosixFilePermissions(report, PosixFilePermissions.fromString("rw-rw----"));
        assertThat(CliRun.run("assess", EXAMPLE, "-o", report.toString(), "--lang", "en").exitCode()).isZero();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(report))).isEqualTo("rw-rw----");
        assertThat(Files.readString(report)).startsWith("# Digital maturity of Musterstadt");
    }

    @Test
    void aReportBeingWrittenIsReadableByItsOwnerOnly(@TempDir Path dir) throws Exception {
        Path first = Temporaries.create(dir.resolve("report.md"), "tmp");
        Path second = Temporaries.create(dir.resolve("report.md"), "tmp");
        assertThat(first).isNotEqualTo(second);
        assertThat(first.getFileName().toString()).startsWith(".report.md.").endsWith(".tmp");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(first))).isEqualTo("rw-------");
    }

    @Test
    void filesOfDifferentMunicipalitiesAreReportedAtTheMunicipalityId() {
        String two = "src/test/resources/bad/a-municipality-two.yaml";
        CliRun run = CliRun.run("assess", "src/test/resources/bad/a-municipality-one.yaml", two);
        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.err()).startsWith(two + ":3:20: belongs to municipality 09999002");
    }
}
