package de.smartregion.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes a report to stdout or to a path, which is never damaged: a regular file is replaced atomically, a link
 * written through, a device or FIFO written to (see {@link Destination}, {@link OutputSet}).
 */
final class Output {

    private Output() {
    }

    static boolean isStdout(String target) {
        return target == null || target.equals("-");
    }

    /** Refuses to overwrite one of the inputs: a wrong -o must not destroy the analyst's answers. */
    static void checkNotAnInput(String target, List<Path> inputs) throws UsageException {
        if (isStdout(target)) {
            return;
        }
        Path out = Path.of(target);
        for (Path in : inputs) {
            // an answer file read from stdin may be a file too, and -o /dev/stdin would reach it
            Path input = in.toString().equals("-") ? Path.of("/dev/stdin") : in;
            try {
                if (Files.exists(out) && Files.isRegularFile(input) && Files.isSameFile(out, input)) {
                    throw new UsageException("cli.output-is-input", target);
                }
            } catch (IOException e) {
                // an unreadable output path fails later, when writing, with exit code 5
            }
        }
    }

    static void write(String target, String content, PrintWriter stdout) throws OutputException {
        if (isStdout(target)) {
            stdout.print(content);
            stdout.flush();
            if (stdout.checkError()) {
                throw OutputException.stdoutClosed(null);
            }
            return;
        }
        write(target, content.getBytes(StandardCharsets.UTF_8));
    }

    /** Writes {@code content} to {@code target}, which is replaced only once the new content is complete. */
    static void write(String target, byte[] content) throws OutputException {
        OutputSet set = new OutputSet();
        set.add(target, content);
        set.commit();
    }
}
