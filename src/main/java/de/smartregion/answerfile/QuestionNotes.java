package de.smartregion.answerfile;

import de.smartregion.model.AnswerValue;
import de.smartregion.model.Band;
import de.smartregion.model.Duty;
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
 * What a person filling in an answer needs to know of a question, in one language: its text and help, the answers it
 * allows, whether n/a is one, whom it applies to, its legal minimum. The skeleton of {@code init} writes these as
 * comments, the questionnaire's answer-file schema as the texts an editor shows on hover.
 */
final class QuestionNotes {

    /**
     * @param allowed the answers allowed: a heading, then one line per level or option
     * @param more what else holds: n/a allowed, the municipality types asked, the legal duty
     */
    record Notes(String text, String help, List<String> allowed, List<String> more) {
    }

    private final Questionnaire q;
    private final Messages messages;
    private final NumberFormats numbers;
    private final String language;

    /** @param language the language of the questionnaire's texts shown, the first one where it lacks that one */
    QuestionNotes(Questionnaire q, Messages messages, String language) {
        this.q = q;
        this.messages = messages;
        this.language = language;
        this.numbers = new NumberFormats(Language.EN); // YAML numbers: a dot, whatever the language
    }

    Notes of(Question question) {
        List<String> more = new ArrayList<>();
        if (question.basics().naAllowed()) {
            // a perception may be beyond what a respondent can judge; an unknown fact stays empty instead
            Role accountable = q.accountableRole();
            boolean perception = accountable != null && !question.basics().askedOf(accountable.id());
            more.add(messages.get(perception ? "init.na.perception" : "init.na"));
        }
        if (!question.basics().appliesTo().isEmpty()) {
            more.add(messages.get("init.applies-to", String.join(", ", question.basics().appliesTo())));
        }
        Duty duty = question.basics().duty();
        if (duty != null) {
            more.add(duty(duty));
        }
        Text help = question.basics().help();
        return new Notes(text(question.basics().text()), help == null ? null : text(help), allowed(question),
                List.copyOf(more));
    }

    /** A text of the questionnaire in the language asked for, on one line. */
    String text(Text t) {
        return t.in(language, q.defaultLanguage()).replace('\n', ' ').strip();
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
    List<String> allowed(Question question) {
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

}
