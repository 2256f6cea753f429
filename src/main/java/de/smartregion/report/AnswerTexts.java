package de.smartregion.report;

import de.smartregion.model.Answer;
import de.smartregion.model.AnswerValue;
import de.smartregion.model.Level;
import de.smartregion.model.Option;
import de.smartregion.model.Question;
import de.smartregion.model.Questionnaire;
import de.smartregion.model.Row;
import de.smartregion.model.Text;
import java.util.ArrayList;
import java.util.List;

/** An answer as a reader understands it: option and level labels instead of ids, numbers with their unit. */
final class AnswerTexts {

    private final Messages messages;
    private final NumberFormats numbers;
    private final Questionnaire questionnaire;

    AnswerTexts(Messages messages, NumberFormats numbers, Questionnaire questionnaire) {
        this.messages = messages;
        this.numbers = numbers;
        this.questionnaire = questionnaire;
    }

    String text(Question q, Answer answer) {
        if (answer == null) {
            return messages.get("report.answer.missing");
        }
        if (answer instanceof Answer.NotApplicable) {
            return messages.get("report.answer.na");
        }
        return value(q, ((Answer.Given) answer).value());
    }

    String value(Question q, AnswerValue v) {
        if (q instanceof Question.Scale s && v instanceof AnswerValue.LevelValue l) {
            for (Level level : s.levels()) {
                if (level.value() == l.value()) {
                    return numbers.plain(l.value()) + " – " + text(level.label());
                }
            }
            return numbers.plain(l.value());
        }
        if (v instanceof AnswerValue.ChoiceValue c) {
            return label(options(q), c.option());
        }
        if (v instanceof AnswerValue.BoolValue b) {
            return messages.get(b.value() ? "report.answer.yes" : "report.answer.no");
        }
        if (v instanceof AnswerValue.MultiValue m) {
            return labels(options(q), m.options());
        }
        if (q instanceof Question.Number n && v instanceof AnswerValue.NumberValue x) {
            String unit = n.unit() == null ? "" : n.unit();
            String value = numbers.plain(x.value());
            return unit.isEmpty() ? value : "%".equals(unit) ? messages.get("format.percent").replace("{0}", value)
                    : value + " " + unit;
        }
        if (q instanceof Question.Matrix x && v instanceof AnswerValue.MatrixValue m) {
            List<String> parts = new ArrayList<>();
            for (Row row : x.rows()) {
                AnswerValue cell = m.rows().get(row.id());
                if (cell != null) {
                    parts.add(text(row.label()) + ": " + value(q, cell));
                }
            }
            return String.join("; ", parts);
        }
        throw new IllegalArgumentException("answer " + v + " does not fit " + q.id());
    }

    private static List<Option> options(Question q) {
        if (q instanceof Question.Choice c) {
            return c.options();
        }
        if (q instanceof Question.Multi m) {
            return m.options();
        }
        return ((Question.Matrix) q).options();
    }

    private String labels(List<Option> options, List<String> ids) {
        if (ids.isEmpty()) {
            return messages.get("report.answer.nothing");
        }
        List<String> labels = new ArrayList<>();
        for (String id : ids) {
            labels.add(label(options, id));
        }
        return String.join(", ", labels);
    }

    private String label(List<Option> options, String id) {
        for (Option o : options) {
            if (o.id().equals(id)) {
                return text(o.label());
            }
        }
        return id;
    }

    private String text(Text t) {
        return t.in(messages.language(), questionnaire.defaultLanguage());
    }


}
