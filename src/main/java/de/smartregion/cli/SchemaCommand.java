package de.smartregion.cli;

import de.smartregion.answerfile.AnswerSchema;
import de.smartregion.input.Suggest;
import de.smartregion.load.QuestionnaireRegistry;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/**
 * {@code smartregion schema NAME}: prints a JSON Schema of an input or output format; {@code schema assessment -q}
 * the schema of the answer files to one questionnaire, for editors.
 */
final class SchemaCommand extends BaseCommand {

    static final List<String> NAMES = List.of("questionnaire", "assessment", "result", "comparison", "trend",
            "mapping");

    @Parameters(paramLabel = "NAME", descriptionKey = "schema.name", completionCandidates = Names.class)
    String name;

    @Mixin
    QuestionnaireOption questionnaire;

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
        if (questionnaire.values.isEmpty()) {
            Output.write(null, read(name), out());
            return ExitCode.OK;
        }
        if (!name.equals("assessment")) {
            throw new UsageException("cli.schema-questionnaire", name);
        }
        if (questionnaire.values.size() > 1) {
            throw new UsageException("cli.one-questionnaire", "schema");
        }
        Output.write(null, AnswerSchema.write(questionnaire.resolve(QuestionnaireRegistry.shared()).explicit()),
                out());
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
