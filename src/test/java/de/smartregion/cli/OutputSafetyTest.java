package de.smartregion.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An output path is never replaced by something else (README, "Reports go to stdout unless"; nothing lost,
 * nothing half-written, nothing damaged): links are written through, FIFOs and devices written to, a set of reports is committed together, and
 * no temporary file stays behind. Devices and FIFOs are made here, in a temporary directory, never the machine's.
 */
class OutputSafetyTest {

    private static final String EXAMPLE = "examples/musterstadt-2026.yaml";
    private static final String BASE = "09999001-2026";

    private static void make(String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String said = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assumeTrue(p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0, String.join(" ", command) + ": " + said);
    }

    private static boolean isRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    /** What a reader of the FIFO gets, read on another thread until the writer closes it. */
    private static CompletableFuture<String> drain(Path fifo) {
        return CompletableFuture.supplyAsync(() -> {
            try (InputStream in = Files.newInputStream(fifo)) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    /** The file type bits of {@code st_mode}: 0020000 a character device, 0060000 a block device. */
    private static int type(Path path) throws IOException {
        return (Integer) Files.getAttribute(path, "unix:mode", LinkOption.NOFOLLOW_LINKS) & 0170000;
    }

    private static List<String> hidden(Path dir) throws IOException {
        try (var files = Files.list(dir)) {
            return files.map(f -> f.getFileName().toString()).filter(n -> n.startsWith(".")).toList();
        }
    }

    @Test
    void aSymlinkStaysAndItsTargetGetsTheReport(@TempDir Path dir) throws Exception {
        Path real = Files.writeString(dir.resolve("real.md"), "old report");
        Path sub = Files.createDirectory(dir.resolve("links"));
        Path link = Files.createSymbolicLink(sub.resolve("report.md"), Path.of("../real.md"));
        Path second = Files.createSymbolicLink(dir.resolve("second.md"), link);

        CliRun run = CliRun.run("assess", EXAMPLE, "-o", second.toString());

        assertThat(run.exitCode()).as(run.describe()).isZero();
        assertThat(Files.isSymbolicLink(second)).isTrue();
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.readSymbolicLink(link)).isEqualTo(Path.of("../real.md"));
        assertThat(Files.readString(real)).startsWith("# Digitale Reife: Musterstadt");
        assertThat(hidden(dir)).isEmpty();
        assertThat(hidden(sub)).isEmpty();
    }

    @Test
    void aDanglingSymlinkGetsItsTargetMade(@TempDir Path dir) throws Exception {
        Path link = Files.createSymbolicLink(dir.resolve("report.md"), Path.of("new.md"));

        CliRun run = CliRun.run("assess", EXAMPLE, "-o", link.toString());

        assertThat(run.exitCode()).as(run.describe()).isZero();
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.readString(dir.resolve("new.md"))).startsWith("# Digitale Reife: Musterstadt");
    }

    @Test
    void aLoopOfLinksIsNamedAndLeftAsItIs(@TempDir Path dir) throws Exception {
        Path a = dir.resolve("a.md");
        Path b = dir.resolve("b.md");
        Files.createSymbolicLink(a, b);
        Files.createSymbolicLink(b, a);

        CliRun run = CliRun.run("assess", EXAMPLE, "-o", a.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.OUTPUT_FAILED.code());
        assertThat(run.err()).isEqualTo("cannot write " + a + ": too many levels of symbolic links\n");
        assertThat(Files.readSymbolicLink(a)).isEqualTo(b);
        assertThat(Files.readSymbolicLink(b)).isEqualTo(a);
    }

    @Test
    void aFifoIsWrittenToAndStaysAFifo(@TempDir Path dir) throws Exception {
        Path fifo = dir.resolve("report.fifo");
        make("mkfifo", fifo.toString());
        CompletableFuture<String> reader = drain(fifo);

        CliRun run = CliRun.run("assess", EXAMPLE, "-f", "json", "-o", fifo.toString());

        assertThat(run.exitCode()).as(run.describe()).isZero();
        assertThat(reader.get(30, TimeUnit.SECONDS)).startsWith("{").contains("\"kind\": \"result\"");
        assertThat(Files.isRegularFile(fifo, LinkOption.NOFOLLOW_LINKS)).isFalse();
        assertThat(Files.isDirectory(fifo) || Files.isSymbolicLink(fifo)).isFalse();
        assertThat(hidden(dir)).isEmpty();
    }

    @Test
    void aCharacterDeviceIsWrittenToNotReplaced(@TempDir Path dir) throws Exception {
        assumeTrue(isRoot(), "only root makes device nodes");
        Path device = dir.resolve("null");
        make("mknod", device.toString(), "c", "1", "3");

        CliRun run = CliRun.run("assess", EXAMPLE, "-o", device.toString());

        assertThat(run.exitCode()).as(run.describe()).isZero();
        assertThat(type(device)).isEqualTo(0020000);
        assertThat(Files.size(device)).isZero();
        assertThat(hidden(dir)).isEmpty();
    }

    @Test
    void aBlockDeviceIsRefused(@TempDir Path dir) throws Exception {
        assumeTrue(isRoot(), "only root makes device nodes");
        Path disk = dir.resolve("disk");
        make("mknod", disk.toString(), "b", "7", "200");

        CliRun run = CliRun.run("assess", EXAMPLE, "-o", disk.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.OUTPUT_FAILED.code());
        assertThat(run.err()).isEqualTo("cannot write " + disk
                + ": it is a block device (a disk); reports are never written to disks\n");
        assertThat(type(disk)).isEqualTo(0060000);
    }

    @Test
    void aSocketIsRefused(@TempDir Path dir) throws Exception {
        Path socket = dir.resolve("report.sock");
        try (var channel = java.nio.channels.ServerSocketChannel.open(java.net.StandardProtocolFamily.UNIX)) {
            channel.bind(java.net.UnixDomainSocketAddress.of(socket));

            CliRun run = CliRun.run("assess", EXAMPLE, "-o", socket.toString());

            assertThat(run.exitCode()).isEqualTo(ExitCode.OUTPUT_FAILED.code());
            assertThat(run.err()).isEqualTo("cannot write " + socket + ": it is a socket, not a file, device or FIFO\n");
            assertThat(Files.isRegularFile(socket, LinkOption.NOFOLLOW_LINKS)).isFalse();
        }
    }

    @Test
    void aSetOfReportsReplacesNoneWhenOneCannotBeWritten(@TempDir Path dir) throws Exception {
        Path json = Files.writeString(dir.resolve(BASE + ".json"), "old json");
        Path md = Files.writeString(dir.resolve(BASE + ".md"), "old markdown");
        // the HTML report's place is taken by a directory: the run must fail before replacing anything
        Files.createDirectory(dir.resolve(BASE + ".html"));

        CliRun run = CliRun.run("assess", EXAMPLE, "-f", "json,md,html", "-o", dir.toString());

        assertThat(run.exitCode()).as(run.describe()).isEqualTo(ExitCode.OUTPUT_FAILED.code());
        assertThat(run.err()).contains(BASE + ".html: it is a directory");
        assertThat(Files.readString(json)).isEqualTo("old json");
        assertThat(Files.readString(md)).isEqualTo("old markdown");
        assertThat(hidden(dir)).isEmpty();
    }

    @Test
    void aSetOfReportsReplacesAllOldOnes(@TempDir Path dir) throws Exception {
        Path json = Files.writeString(dir.resolve(BASE + ".json"), "old json");
        Path md = Files.writeString(dir.resolve(BASE + ".md"), "old markdown");

        CliRun run = CliRun.run("assess", EXAMPLE, "-f", "json,md", "-o", dir.toString());

        assertThat(run.exitCode()).as(run.describe()).isZero();
        assertThat(Files.readString(json)).startsWith("{");
        assertThat(Files.readString(md)).startsWith("# Digitale Reife");
        assertThat(hidden(dir)).isEmpty();
    }

    @Test
    void leftoversOfAKilledRunAreRemovedButNotThoseOfALiveOne(@TempDir Path dir) throws Exception {
        // no process has id 999999999 (Linux's pid_max is at most 2^22)
        Path killed = Files.writeString(dir.resolve(".report.md.smartregion-999999999-1.tmp"), "half a report");
        Files.setLastModifiedTime(killed, FileTime.from(Instant.now().minusSeconds(3600)));
        Path recent = Files.writeString(dir.resolve(".report.md.smartregion-999999999-2.tmp"), "being written elsewhere");
        long self = ProcessHandle.current().pid();
        Path alive = Files.writeString(dir.resolve(".report.md.smartregion-" + self + "-999999.tmp"), "ours");
        Files.setLastModifiedTime(alive, FileTime.from(Instant.now().minusSeconds(3600)));
        Path unrelated = Files.writeString(dir.resolve(".notes.tmp"), "somebody's");
        // a user's own hidden file that merely looks like name.number-number.bak
        Path users = Files.writeString(dir.resolve(".budget.2023-12.bak"), "a precious backup");
        Files.setLastModifiedTime(users, FileTime.from(Instant.now().minusSeconds(3600)));

        CliRun run = CliRun.run("assess", EXAMPLE, "-o", dir.resolve("report.md").toString());

        assertThat(run.exitCode()).as(run.describe()).isZero();
        assertThat(killed).doesNotExist();
        assertThat(recent).exists();
        assertThat(alive).exists();
        assertThat(unrelated).exists();
        assertThat(users).exists();
    }

    @Test
    void aTargetWithTheLongestNameAFileSystemTakesIsWritten(@TempDir Path dir) throws Exception {
        Path target = dir.resolve("ä".repeat(60) + "r".repeat(250 - 120) + ".md");
        assertThat(target.getFileName().toString().getBytes(StandardCharsets.UTF_8)).hasSize(253);

        CliRun run = CliRun.run("assess", EXAMPLE, "-o", target.toString());

        assertThat(run.exitCode()).as(run.describe()).isZero();
        assertThat(Files.readString(target)).startsWith("# Digitale Reife");
        assertThat(hidden(dir)).isEmpty();
    }

    @Test
    void aTrailingSlashNamesADirectoryEvenForOneFormat(@TempDir Path dir) throws Exception {
        Path reports = dir.resolve("newdir");

        CliRun run = CliRun.run("assess", EXAMPLE, "-o", reports + "/");

        assertThat(run.exitCode()).as(run.describe()).isZero();
        assertThat(Files.readString(reports.resolve(BASE + ".md"))).startsWith("# Digitale Reife");
    }

    @Test
    void aTrailingSlashOnAFileIsAUsageError(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("report.md"), "old");

        CliRun run = CliRun.run("assess", EXAMPLE, "-o", file + "/");

        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE.code());
        assertThat(run.err()).isEqualTo(file + "/ ends with / but is a file, not a directory\n");
        assertThat(Files.readString(file)).isEqualTo("old");
    }

    @Test
    void anImportWritesAllItsFilesOrNone(@TempDir Path dir) throws Exception {
        Path csv = Files.writeString(dir.resolve("survey.csv"), "open-data\nsome\nall\nnone\n");
        Path out = Files.createDirectory(dir.resolve("out"));
        Path first = Files.writeString(out.resolve("01-2026-001.yaml"), "earlier import");
        Files.createDirectory(out.resolve("01-2026-003.yaml"));

        CliRun run = CliRun.run("import", csv.toString(), "-q", BadInputTest.TINY, "--municipality", "01",
                "--period", "2026", "-o", out.toString());

        assertThat(run.exitCode()).as(run.describe()).isEqualTo(ExitCode.OUTPUT_FAILED.code());
        assertThat(run.err()).contains("01-2026-003.yaml: it is a directory");
        assertThat(Files.readString(first)).isEqualTo("earlier import");
        assertThat(out.resolve("01-2026-002.yaml")).doesNotExist();
        assertThat(hidden(out)).isEmpty();
    }

    @Test
    void initWritesToAFifoWithoutForceButNeverOverAFile(@TempDir Path dir) throws Exception {
        Path fifo = dir.resolve("answers.fifo");
        make("mkfifo", fifo.toString());
        CompletableFuture<String> reader = drain(fifo);

        CliRun run = CliRun.run("init", "--period", "2026", "-o", fifo.toString());

        assertThat(run.exitCode()).as(run.describe()).isZero();
        assertThat(reader.get(30, TimeUnit.SECONDS)).contains("kind: assessment");
        Path answers = Files.writeString(dir.resolve("answers.yaml"), "half filled");
        assertThat(CliRun.run("init", "-o", answers.toString()).exitCode()).isEqualTo(ExitCode.USAGE.code());
        assertThat(Files.readString(answers)).isEqualTo("half filled");
    }

    @Test
    void fileNamesFromIdsAreNeitherHiddenNorOptions() {
        assertThat(ReportTargets.baseName("-02", "2026")).isEqualTo("_02-2026");
        assertThat(ReportTargets.baseName(".hidden", "2026")).isEqualTo("_hidden-2026");
        assertThat(ReportTargets.baseName("09162000", "2026")).isEqualTo("09162000-2026");
    }

    @Test
    void aLinkWhoseTargetGoesUpFromALinkedDirectoryReachesWhatTheKernelReaches(@TempDir Path dir) throws Exception {
        Path d = Files.createDirectory(dir.resolve("d"));
        Path deep = Files.createDirectories(dir.resolve("other/deep"));
        Files.createSymbolicLink(d.resolve("sub"), Path.of("../other/deep"));
        Path link = Files.createSymbolicLink(d.resolve("L"), Path.of("sub/../x"));
        Path users = Files.writeString(d.resolve("x"), "user data");
        Path reached = Files.writeString(deep.resolveSibling("x"), "old report");
        assertThat(link.toRealPath()).isEqualTo(reached.toRealPath());

        CliRun run = CliRun.run("assess", EXAMPLE, "-o", link.toString());

        assertThat(run.exitCode()).as(run.describe()).isZero();
        assertThat(Files.readString(users)).isEqualTo("user data");
        assertThat(Files.readString(reached)).startsWith("# Digitale Reife: Musterstadt");
        assertThat(Files.isSymbolicLink(link)).isTrue();
    }

    @Test
    @SuppressWarnings("try") // the stream is held open only to give the file a descriptor
    void aDescriptorOpenOnlyForReadingIsNeverWrittenTo(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("held.txt"), "read only");
        try (InputStream held = Files.newInputStream(file)) {
            String descriptor = null;
            try (var fds = Files.list(Path.of("/proc/self/fd"))) {
                for (Path fd : fds.toList()) {
                    try {
                        if (Files.readSymbolicLink(fd).equals(file.toRealPath())) {
                            descriptor = fd.getFileName().toString();
                        }
                    } catch (IOException closedMeanwhile) {
                        // the listing's own descriptor, gone by now
                    }
                }
            }
            assumeTrue(descriptor != null, "the test's descriptor is found in /proc/self/fd");

            CliRun run = CliRun.run("assess", EXAMPLE, "-o", "/dev/fd/" + descriptor);

            assertThat(run.exitCode()).as(run.describe()).isEqualTo(ExitCode.OUTPUT_FAILED.code());
            assertThat(run.err()).contains("the descriptor is not open for writing");
            assertThat(Files.readString(file)).isEqualTo("read only");
        }
        CliRun closed = CliRun.run("assess", EXAMPLE, "-o", "/dev/fd/987654");
        assertThat(closed.exitCode()).as(closed.describe()).isEqualTo(ExitCode.OUTPUT_FAILED.code());
    }

    @Test
    void aLinkIntoAMissingDirectoryNamesThatDirectory(@TempDir Path dir) throws Exception {
        Path a = Files.createDirectory(dir.resolve("a"));
        Path link = Files.createSymbolicLink(a.resolve("report.md"), Path.of("../nodir/x.md"));

        CliRun run = CliRun.run("assess", EXAMPLE, "-o", link.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.OUTPUT_FAILED.code());
        assertThat(run.err()).contains("the directory " + dir.resolve("nodir") + " does not exist");
    }

    @Test
    void aDanglingLinkNamedAsADirectoryIsAUsageError(@TempDir Path dir) throws Exception {
        Path dangling = Files.createSymbolicLink(dir.resolve("dang"), Path.of("nowhere"));

        CliRun run = CliRun.run("assess", EXAMPLE, "-o", dangling + "/");

        assertThat(run.exitCode()).as(run.describe()).isEqualTo(ExitCode.USAGE.code());
        assertThat(run.err()).isEqualTo(dangling + "/ ends with / but is a file, not a directory\n");
    }
}
