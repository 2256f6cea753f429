package de.smartregion.answerfile;

import de.smartregion.model.Field;
import de.smartregion.model.Question;
import de.smartregion.model.Questionnaire;
import de.smartregion.model.Role;
import de.smartregion.model.Text;
import de.smartregion.text.Messages;
import java.util.ArrayList;
import java.util.List;

/**
 * An answer file for an analyst to fill in an editor: the municipality block, then every question as comments
 * (text, help, allowed answers, level descriptors) above an empty answer. It loads back as a valid file with every
 * answer missing.
 */
public final class AnswerSkeleton {

    private static final int WIDTH = 110;

    private final Questionnaire q;
    private final Messages messages;
    private final QuestionNotes notes;
    private final StringBuilder out = new StringBuilder();

    private AnswerSkeleton(Questionnaire q, Messages messages) {
        this.q = q;
        this.messages = messages;
        this.notes = new QuestionNotes(q, messages, messages.language());
    }

    /**
     * @param period a period the loader accepts (a year or YYYY-MM), written as given
     * @param role the respondent's role: the skeleton holds the questions asked of it; null for every question
     * @param schema the JSON Schema editors check the file with, as its first lines name it; null for none
     * @param schemaCommand how to write the questionnaire's schema, for the comment that says so
     */
    public static String write(Questionnaire q, Messages messages, String period, Role role, String schema,
                               String schemaCommand) {
        return new AnswerSkeleton(q, messages).skeleton(period, role, schema, schemaCommand);
    }

    private String skeleton(String period, Role role, String schema, String schemaCommand) {
        out.append(AnswerFileWriter.schemaLines(schema));
        comment(messages.get("init.header", text(q.title()), q.id() + "@" + q.version()));
        comment(messages.get(schema == null ? "init.schema.none" : "init.schema"));
        line("#   " + schemaCommand); // unwrapped, so that it can be copied as one command
        line("kind: assessment");
        line("questionnaire: " + AnswerFileWriter.scalar(q.id() + "@" + q.version()));
        line("municipality:");
        line("  id: " + AnswerFileWriter.scalar("00000000") + inline(messages.get("init.municipality.id")));
        line("  name: " + AnswerFileWriter.scalar(messages.get("init.municipality.name")));
        line("  # state: Bayern" + inline(messages.get("init.municipality.state")));
        line("  # type: Gemeinde" + inline(messages.get("init.municipality.type")));
        line("  # population: 12480" + inline(messages.get("init.municipality.population")));
        line("period: " + AnswerFileWriter.scalar(period) + inline(messages.get("init.period")));
        List<String> roles = q.roleIds();
        String roleId = AnswerFileWriter.scalar(role == null ? "administration" : role.id());
        line("respondent: {role: " + roleId + "}" + inline(roles.isEmpty()
                ? messages.get("init.respondent.any") : messages.get("init.respondent", String.join(", ", roles))));
        line("language: " + AnswerFileWriter.scalar(messages.language()) + inline(messages.get("init.language")));
        line("");
        comment(messages.get("init.answers"));
        line("answers:");
        for (Field field : q.fields()) {
            List<Question> asked = new ArrayList<>();
            for (Question question : field.questions()) {
                if (role == null || question.basics().askedOf(role.id())) {
                    asked.add(question);
                }
            }
            if (asked.isEmpty()) {
                continue;
            }
            line("");
            line("  # " + "=".repeat(8) + " " + text(field.title()) + " " + "=".repeat(8));
            for (Question question : asked) {
                question(question);
            }
        }
        return out.toString();
    }

    private void question(Question question) {
        line("");
        QuestionNotes.Notes n = notes.of(question);
        wrap("  # ", "  #   ", n.text());
        if (n.help() != null) {
            wrap("  #   ", "  #   ", n.help());
        }
        for (String allowed : n.allowed()) {
            wrap("  #   ", "  #       ", allowed);
        }
        for (String more : n.more()) {
            wrap("  #   ", "  #   ", more);
        }
        line("  " + question.id() + ":");
    }

    private String text(Text t) {
        return notes.text(t);
    }

    private static String inline(String comment) {
        return "   # " + comment;
    }

    private void comment(String text) {
        wrap("# ", "# ", text);
    }

    /** Word-wraps {@code text} into comment lines; the first line gets {@code first}, the rest {@code rest}. */
    private void wrap(String first, String rest, String text) {
        String prefix = first;
        StringBuilder current = new StringBuilder();
        for (String word : text.split("\\s+")) {
            if (current.length() > 0 && prefix.length() + current.length() + 1 + word.length() > WIDTH) {
                line(prefix + current);
                current.setLength(0);
                prefix = rest;
            }
            if (current.length() > 0) {
                current.append(' ');
            }
            current.append(word);
        }
        line(prefix + current);
    }

    private void line(String s) {
        out.append(s.stripTrailing()).append('\n');
    }
}
