package de.smartregion.cli;

import de.smartregion.report.Format;
import de.smartregion.report.Reports;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Where reports go: stdout (one report, no -o or -o -), one file (-o FILE), or one file per format in a directory
 * (-o DIR, or -o NEWDIR/ with a trailing slash), named after the municipality id and the period.
 */
final class ReportTargets {

    private final String output;
    private final boolean directory;

    private ReportTargets(String output, boolean directory) {
        this.output = output;
        this.directory = directory;
    }

    static ReportTargets of(String output, int formats) throws UsageException {
        boolean stdout = Output.isStdout(output);
        // "-o reports/" names a directory, as for cp and rsync, whether or not it exists yet
        boolean namedDir = !stdout && (output.endsWith("/") || output.endsWith(File.separator));
        boolean existingDir = !stdout && Files.isDirectory(Path.of(output));
        if (formats > 1) {
            if (stdout) {
                throw new UsageException("cli.formats-need-dir");
            }
            if (Files.exists(Path.of(output)) && !existingDir) {
                throw new UsageException("cli.formats-need-dir");
            }
            // "-o out.html -f html,json" meant a file: a directory named out.html would surprise
            String extension = extensionOf(output);
            if (!existingDir && !namedDir && extension != null) {
                throw new UsageException("cli.formats-output-is-file", output, extension,
                        output.substring(0, output.length() - extension.length() - 1));
            }
            return new ReportTargets(output, true);
        }
        // a file, a dangling link or a loop of links named as a directory
        if (namedDir && Files.exists(Path.of(output), java.nio.file.LinkOption.NOFOLLOW_LINKS) && !existingDir) {
            throw new UsageException("cli.output-not-a-directory", output);
        }
        return new ReportTargets(output, existingDir || namedDir);
    }

    /** The report format extension {@code output} ends with (".html" gives "html"), or null. */
    private static String extensionOf(String output) {
        String name = Path.of(output).getFileName() == null ? "" : Path.of(output).getFileName().toString();
        for (Format f : Format.values()) {
            if (name.length() > f.extension().length() + 1 && name.endsWith("." + f.extension())) {
                return f.extension();
            }
        }
        return null;
    }

    /**
     * A file base name from parts such as municipality id and period, made safe for every file system, neither
     * hidden (a leading dot) nor taken for an option by a later command line (a leading dash).
     */
    static String baseName(String... parts) {
        return String.join("-", parts).replaceAll("[^A-Za-z0-9._-]", "_").replaceFirst("^[.-]", "_");
    }

    /** The file a report goes to, or null for stdout. */
    private String target(Reports.Rendered report, String baseName) {
        return target(report.format(), baseName);
    }

    private String target(Format format, String baseName) {
        if (!directory && Output.isStdout(output)) {
            return null;
        }
        return directory ? Path.of(output).resolve(baseName + "." + format.extension()).toString() : output;
    }

    /** Whether every report goes to a directory, one file per format named after its municipality and period. */
    boolean directory() {
        return directory;
    }

    /** Refuses, before anything is rendered, a target of these formats that is one of the inputs. */
    void checkFormats(List<Format> formats, String baseName, List<Path> inputs) throws UsageException {
        for (Format f : formats) {
            Output.checkNotAnInput(target(f, baseName), inputs);
        }
    }

    /** Refuses, before anything is written, a target that is one of the inputs. */
    void check(List<Reports.Rendered> reports, String baseName, List<Path> inputs) throws UsageException {
        for (Reports.Rendered r : reports) {
            Output.checkNotAnInput(target(r, baseName), inputs);
        }
    }

    /**
     * Checks all targets, then writes every report: one to stdout, or all files together, so that a failure leaves
     * the previous set of reports as it was.
     */
    void writeAll(List<Reports.Rendered> reports, String baseName, List<Path> inputs, PrintWriter out,
                  OutputStream binaryOut) throws UsageException, OutputException {
        check(reports, baseName, inputs);
        if (reports.size() == 1 && target(reports.get(0), baseName) == null) {
            writeToStdout(reports.get(0), out, binaryOut);
            return;
        }
        if (directory) {
            try {
                Files.createDirectories(Path.of(output));
            } catch (IOException e) {
                throw OutputException.of(output, e);
            }
        }
        OutputSet set = new OutputSet();
        for (Reports.Rendered r : reports) {
            set.add(target(r, baseName), r.bytes());
        }
        set.commit();
    }

    private static void writeToStdout(Reports.Rendered report, PrintWriter out, OutputStream binaryOut)
            throws UsageException, OutputException {
        if (report.text()) {
            Output.write(null, new String(report.bytes(), StandardCharsets.UTF_8), out);
        } else {
            writeBinary(report, binaryOut);
        }
    }

    private static void writeBinary(Reports.Rendered report, OutputStream binaryOut)
            throws UsageException, OutputException {
        if (System.console() != null) {
            // a PDF on a terminal is noise and can upset it; ask for a file instead
            throw new UsageException("cli.binary-to-terminal", report.format());
        }
        try {
            binaryOut.write(report.bytes());
            binaryOut.flush();
        } catch (IOException e) {
            throw OutputException.stdoutClosed(e);
        }
    }
}
