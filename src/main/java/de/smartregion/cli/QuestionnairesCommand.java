package de.smartregion.cli;

import de.smartregion.load.QuestionnaireRegistry;
import de.smartregion.model.Questionnaire;
import de.smartregion.model.QuestionnaireRef;
import de.smartregion.text.Messages;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** {@code smartregion questionnaires}: lists the bundled questionnaires. */
final class QuestionnairesCommand extends BaseCommand {

    @Option(names = "--lang", paramLabel = "LANG", descriptionKey = "questionnaires.lang")
    String lang;

    @Override
    protected String language() {
        return Languages.forMessages(lang, parent.env());
    }

    @Override
    protected ExitCode execute() throws Exception {
        Messages messages = messages();
        QuestionnaireRegistry registry = QuestionnaireRegistry.shared();
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {messages.get("questionnaires.id"), messages.get("questionnaires.version"),
            messages.get("questionnaires.fields"), messages.get("questionnaires.questions"),
            messages.get("questionnaires.languages"), messages.get("questionnaires.title")});
        for (String id : registry.ids()) {
            Questionnaire q = registry.find(new QuestionnaireRef(id, null));
            rows.add(new String[] {q.id(), q.version(), Integer.toString(q.fields().size()),
                Integer.toString(q.questions().size()), String.join(",", q.languages()),
                q.title().in(messages.language(), q.defaultLanguage())});
        }
        int[] widths = new int[rows.get(0).length];
        for (String[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                widths[i] = Math.max(widths[i], row[i].length());
            }
        }
        for (String[] row : rows) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < row.length; i++) {
                line.append(i == row.length - 1 ? row[i] : String.format("%-" + (widths[i] + 2) + "s", row[i]));
            }
            out().println(line.toString().stripTrailing());
        }
        out().flush();
        return ExitCode.OK;
    }
}
