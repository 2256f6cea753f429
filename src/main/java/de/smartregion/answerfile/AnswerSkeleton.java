package de.smartregion.answerfile;

import de.smartregion.model.AnswerValue;
import de.smartregion.model.Band;
import de.smartregion.model.Duty;
import de.smartregion.model.Field;
import de.smartregion.model.Level;
import de.smartregion.model.NumberScoring;
import de.smartregion.model.Option;
import de.smartregion.model.Question;
import de.smartregion.model.Questionnaire;
import de.smartregion.model.Role;
import de.smartregion.model.Row;
import de.smartregion.model.Text;
import de.smartregion.text.Language;
import de.smartregion.text.Messages;
import de.smartregion.text.NumberFormats;
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
        this.numbers = new NumberFormats(Language.EN); // YAML numbers: a dot, whatever the language
    }

    /**
     * @param period a period the loader accepts (a year or YYYY-MM), written as given
     * @param role the respondent's role: the skeleton holds the questions asked of it; null for every question
     */
    public static String write(Questionnaire q, Messages messages, String period, Role role) {
        return new AnswerSkeleton(q, messages).skeleton(period, role);
    }

    private String skeleton(String period, Role role) {
        line("# yaml-language-server: $schema=../schemas/assessment.schema.json");
        comment(messages.get("init.header", text(q.title()), q.id() + "@" + q.version()));
        comment(messages.get("init.schema"));
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
        wrap("  # ", "  #   ", text(question.basics().text()));
        if (question.basics().help() != null) {
            wrap("  #   ", "  #   ", text(question.basics().help()));
        }
        for (String allowed : allowed(question)) {
            wrap("  #   ", "  #       ", allowed);
        }
        if (question.basics().naAllowed()) {
            // a perception may be beyond what a respondent can judge; an unknown fact stays empty instead
            Role accountable = q.accountableRole();
            boolean perception = accountable != null && !question.basics().askedOf(accountable.id());
            wrap("  #   ", "  #   ", messages.get(perception ? "init.na.perception" : "init.na"));
        }
        if (!question.basics().appliesTo().isEmpty()) {
            wrap("  #   ", "  #   ", messages.get("init.applies-to", String.join(", ", question.basics().appliesTo())));
        }
        Duty duty = question.basics().duty();
        if (duty != null) {
            wrap("  #   ", "  #   ", duty(duty));
        }
        line("  " + question.id() + ":");
    }

    /** The legal minimum as the answer that reaches it is written, so that it reads beside the allowed answers. */
    private String duty(Duty duty) {
        AnswerValue minimum = duty.minimum().atLeast();
        String basis = text(duty.basis());
        if (minimum == null) {
            return messages.get("init.duty.score", numbers.plain(100 * duty.minimum().score()), basis);
        }
        String written = minimum instanceof AnswerValue.ChoiceValue c ? c.option()
                : minimum instanceof AnswerValue.LevelValue l ? numbers.plain(l.value())
                : minimum instanceof AnswerValue.BoolValue b ? (b.value() ? "yes" : "no")
                : null;
        if (written == null) {
            throw new IllegalArgumentException("a duty's minimum is an option, a level or yes: " + minimum);
        }
        return messages.get("init.duty", written, basis);
    }

    /** The comment lines that say which answers the question allows. */
    private List<String> allowed(Question question) {
        return question.accept(new Question.Cases<List<String>>() {
            @Override
            public List<String> scale(Question.Scale s) {
                List<String> lines = new ArrayList<>();
                lines.add(messages.get("init.scale"));
                for (Level level : s.levels()) {
                    String d = level.description() == null ? "" : ": " + text(level.description());
                    lines.add("  " + numbers.plain(level.value()) + " = " + text(level.label()) + d);
                }
                return lines;
            }

            @Override
            public List<String> choice(Question.Choice c) {
                return options(messages.get("init.choice"), c.options(), false);
            }

            @Override
            public List<String> bool(Question.Bool b) {
                return List.of(messages.get("init.boolean"));
            }

            @Override
            public List<String> multi(Question.Multi m) {
                return options(messages.get("init.multi"), m.options(), true);
            }

            @Override
            public List<String> number(Question.Number n) {
                return List.of(numberRange(n));
            }

            @Override
            public List<String> matrix(Question.Matrix x) {
                List<String> rows = new ArrayList<>();
                for (Row row : x.rows()) {
                    rows.add(row.id() + " (" + text(row.label()) + ")");
                }
                return options(messages.get(x.many() ? "init.matrix.many" : "init.matrix.one",
                        String.join(", ", rows), x.rows().get(0).id(), x.options().get(0).id()), x.options(), false);
            }
        });
    }

    private String numberRange(Question.Number n) {
        String unit = n.unit() == null ? "" : " " + n.unit();
        if (n.scoring() instanceof NumberScoring.Linear l) {
            return messages.get("init.number.linear", numbers.plain(l.min()) + unit, numbers.plain(l.max()) + unit);
        }
        if (n.scoring() instanceof NumberScoring.Banded banded) {
            List<String> bands = new ArrayList<>();
            for (Band b : banded.bands()) {
                bands.add(messages.get("init.band", numbers.plain(b.from()) + unit, numbers.plain(b.score())));
            }
            return messages.get("init.number.bands", String.join("; ", bands));
        }
        throw new IllegalStateException("unknown number scoring " + n.scoring().getClass().getName());
    }

    /** {@code heading}, then one line per option. */
    private List<String> options(String heading, List<Option> options, boolean exclusiveNote) {
        List<String> lines = new ArrayList<>();
        lines.add(heading);
        for (Option o : options) {
            String note = exclusiveNote && o.exclusive() ? " " + messages.get("init.exclusive") : "";
            lines.add("  " + o.id() + " = " + text(o.label()) + note);
        }
        return lines;
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
