package de.smartregion.report;

import de.smartregion.model.Band;
import de.smartregion.model.Field;
import de.smartregion.model.Level;
import de.smartregion.model.NumberScoring;
import de.smartregion.model.Option;
import de.smartregion.model.Question;
import de.smartregion.model.Questionnaire;
import de.smartregion.model.Row;
import de.smartregion.model.Text;
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
    private final NumberFormats numbers;
    private final StringBuilder out = new StringBuilder();

    private AnswerSkeleton(Questionnaire q, Messages messages) {
        this.q = q;
        this.messages = messages;
        this.numbers = new NumberFormats("en"); // YAML numbers: a dot, whatever the language
    }

    /** @param period a period the loader accepts (a year or YYYY-MM), written as given */
    public static String write(Questionnaire q, Messages messages, String period) {
        return new AnswerSkeleton(q, messages).skeleton(period);
    }

    private String skeleton(String period) {
        line("# yaml-language-server: $schema=../schemas/assessment.schema.json");
        comment(messages.get("init.header", text(q.title()), q.id() + "@" + q.version()));
        comment(messages.get("init.schema"));
        line("kind: assessment");
        line("questionnaire: " + q.id() + "@" + q.version());
        line("municipality:");
        line("  id: \"00000000\"" + inline(messages.get("init.municipality.id")));
        line("  name: \"" + messages.get("init.municipality.name").replace("\"", "'") + "\"");
        line("  # state: Bayern" + inline(messages.get("init.municipality.state")));
        line("  # type: Gemeinde" + inline(messages.get("init.municipality.type")));
        line("  # population: 12480" + inline(messages.get("init.municipality.population")));
        line("period: " + period + inline(messages.get("init.period")));
        line("respondent: {role: administration}" + inline(messages.get("init.respondent")));
        line("");
        comment(messages.get("init.answers"));
        line("answers:");
        for (Field field : q.fields()) {
            line("");
            line("  # " + "=".repeat(8) + " " + text(field.title()) + " " + "=".repeat(8));
            for (Question question : field.questions()) {
                question(question);
            }
        }
        return out.toString();
    }

    private void question(Question question) {
        line("");
        wrap("  # ", "  #   ", text(question.basics().text()));
        if (question.basics().help() != null) {
            wrap("  #   ", "  #   ", text(question.basics().help()));
        }
        for (String allowed : allowed(question)) {
            wrap("  #   ", "  #       ", allowed);
        }
        if (question.basics().naAllowed()) {
            wrap("  #   ", "  #   ", messages.get("init.na"));
        }
        line("  " + question.id() + ":");
    }

    private List<String> allowed(Question question) {
        List<String> lines = new ArrayList<>();
        if (question instanceof Question.Scale s) {
            lines.add(messages.get("init.scale"));
            for (Level level : s.levels()) {
                String d = level.description() == null ? "" : ": " + text(level.description());
                lines.add("  " + numbers.plain(level.value()) + " = " + text(level.label()) + d);
            }
        } else if (question instanceof Question.Choice c) {
            lines.add(messages.get("init.choice"));
            options(c.options(), lines, false);
        } else if (question instanceof Question.Bool) {
            lines.add(messages.get("init.boolean"));
        } else if (question instanceof Question.Multi m) {
            lines.add(messages.get("init.multi"));
            options(m.options(), lines, true);
        } else if (question instanceof Question.Number n) {
            String unit = n.unit() == null ? "" : " " + n.unit();
            if (n.scoring() instanceof NumberScoring.Linear l) {
                lines.add(messages.get("init.number.linear", numbers.plain(l.min()) + unit,
                        numbers.plain(l.max()) + unit));
            } else {
                List<String> bands = new ArrayList<>();
                for (Band b : ((NumberScoring.Banded) n.scoring()).bands()) {
                    bands.add(messages.get("init.band", numbers.plain(b.from()) + unit, numbers.plain(b.score())));
                }
                lines.add(messages.get("init.number.bands", String.join("; ", bands)));
            }
        } else if (question instanceof Question.Matrix x) {
            List<String> rows = new ArrayList<>();
            for (Row row : x.rows()) {
                rows.add(row.id() + " (" + text(row.label()) + ")");
            }
            lines.add(messages.get(x.many() ? "init.matrix.many" : "init.matrix.one", String.join(", ", rows),
                    x.rows().get(0).id(), x.options().get(0).id()));
            options(x.options(), lines, false);
        }
        return lines;
    }

    private void options(List<Option> options, List<String> lines, boolean exclusiveNote) {
        for (Option o : options) {
            String note = exclusiveNote && o.exclusive() ? " " + messages.get("init.exclusive") : "";
            lines.add("  " + o.id() + " = " + text(o.label()) + note);
        }
    }

    private String text(Text t) {
        return t.in(messages.language(), q.defaultLanguage()).replace('\n', ' ').strip();
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
