package de.smartregion.cli;

import de.smartregion.answerfile.AnswerSchema;
import de.smartregion.model.Questionnaire;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * The JSON Schema that the answer files {@code init} and {@code import} write name in their first lines, for editors
 * (option {@code --schema FILE|URL|none}). By default it is the questionnaire's own schema, written beside the files
 * and named by its file name alone, so that the name resolves wherever the files are moved together; a schema given
 * is named as given (a path relative to the answer file, or a URL) and nothing is written; {@code none} names none.
 *
 * @param reference what the first lines name; null for no schema lines
 * @param file where the questionnaire's schema is written, beside the answer files; null for nowhere
 * @param command the command that writes the questionnaire's schema, for the skeleton's comment
 */
record EditorSchema(String reference, Path file, String command, Questionnaire questionnaire) {

    static final String NONE = "none";

    /**
     * @param option the value of --schema; null for the default
     * @param questionnaireOption how -q named the questionnaire, for the command in the skeleton's comment
     * @param directory where the answer files go; null when they go to stdout or a device, where nothing lies beside
     */
    static EditorSchema of(String option, Questionnaire q, String questionnaireOption, Path directory)
            throws UsageException {
        String name = AnswerSchema.fileName(q);
        String command = "smartregion schema assessment -q " + questionnaireOption + " > " + name;
        if (option == null) {
            return new EditorSchema(name, directory == null ? null : directory.resolve(name), command, q);
        }
        check(option);
        return new EditorSchema(option.equals(NONE) ? null : option, null, command, q);
    }

    /** Refuses a --schema that no comment line can name: empty, or with a space or a control character. */
    static void check(String option) throws UsageException {
        if (option == null) {
            return;
        }
        boolean bad = option.isEmpty();
        for (int i = 0; i < option.length(); i++) {
            char ch = option.charAt(i);
            // the name stands in a comment line, and the editors end it at a space
            bad |= ch <= ' ' || Character.isISOControl(ch) || Character.isWhitespace(ch) || Character.isSpaceChar(ch);
        }
        if (bad) {
            throw new UsageException("cli.schema-option", option);
        }
    }

    /** Adds the schema file to the files of the run, so that it is written with them or not at all. */
    void addTo(OutputSet files) throws OutputException {
        if (file != null) {
            files.add(file.toString(), AnswerSchema.write(questionnaire)
                    .getBytes(StandardCharsets.UTF_8));
        }
    }
}
