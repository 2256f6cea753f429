package de.smartregion.cli;

import de.smartregion.input.Suggest;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import picocli.CommandLine.Parameters;

/** {@code smartregion schema NAME}: prints a JSON Schema of an input or output format. */
final class SchemaCommand extends BaseCommand {

    static final List<String> NAMES = List.of("questionnaire", "assessment", "result", "comparison", "trend",
            "mapping");

    @Parameters(paramLabel = "NAME", descriptionKey = "schema.name", completionCandidates = Names.class)
    String name;

    /** The schema names, for help and shell completion. */
    static final class Names extends java.util.ArrayList<String> {
        private static final long serialVersionUID = 1L;

        Names() {
            super(NAMES);
        }
    }

    @Override
    protected ExitCode execute() throws Exception {
        if (!NAMES.contains(name)) {
            String nearest = Suggest.nearest(name, NAMES);
            throw nearest == null ? new UsageException("cli.schema-unknown", name, String.join(", ", NAMES))
                    : new UsageException("cli.schema-unknown.suggest", name, nearest);
        }
        Output.write(null, read(name), out());
        return ExitCode.OK;
    }

    static String read(String name) {
        try (InputStream in = SchemaCommand.class.getResourceAsStream("/schemas/" + name + ".schema.json")) {
            if (in == null) {
                throw new IllegalStateException("schema missing from the jar: " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
