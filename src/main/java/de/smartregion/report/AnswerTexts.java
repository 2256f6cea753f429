package de.smartregion.report;

import de.smartregion.model.Answer;
import de.smartregion.model.AnswerValue;
import de.smartregion.model.Level;
import de.smartregion.model.Option;
import de.smartregion.model.Question;
import de.smartregion.model.Questionnaire;
import de.smartregion.model.Row;
import de.smartregion.model.Text;
import de.smartregion.text.Messages;
import de.smartregion.text.NumberFormats;
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

    /** Whether {@code number} stands in {@code label} as a word of its own, not as part of another number. */
    static boolean namesNumber(String label, String number) {
        int from = 0;
        while (true) {
            int at = label.indexOf(number, from);
            if (at < 0) {
                return false;
            }
            int end = at + number.length();
            boolean before = at == 0 || !Character.isLetterOrDigit(label.charAt(at - 1));
            boolean after = end == label.length() || !Character.isLetterOrDigit(label.charAt(end));
            if (before && after) {
                return true;
            }
            from = at + 1;
        }
    }

    String value(Question q, AnswerValue v) {
        return q.accept(new Question.Cases<String>() {
            @Override
            public String scale(Question.Scale s) {
                if (v instanceof AnswerValue.LevelValue l) {
                    for (Level level : s.levels()) {
                        if (level.value() == l.value()) {
                            String label = text(level.label());
                            // a label that names its number itself ("Stufe 2 – Formular-Assistent") is not
                            // numbered twice
                            return namesNumber(label, numbers.plain(l.value())) ? label
                                    : numbers.plain(l.value()) + " – " + label;
                        }
                    }
                    return numbers.plain(l.value());
                }
                throw misfit(q, v);
            }

            @Override
            public String choice(Question.Choice c) {
                if (v instanceof AnswerValue.ChoiceValue x) {
                    return label(c.options(), x.option());
                }
                throw misfit(q, v);
            }

            @Override
            public String bool(Question.Bool b) {
                if (v instanceof AnswerValue.BoolValue x) {
                    return messages.get(x.value() ? "report.answer.yes" : "report.answer.no");
                }
                throw misfit(q, v);
            }

            @Override
            public String multi(Question.Multi m) {
                if (v instanceof AnswerValue.MultiValue x) {
                    return labels(m.options(), x.options());
                }
                throw misfit(q, v);
            }

            @Override
            public String number(Question.Number n) {
                if (v instanceof AnswerValue.NumberValue x) {
                    String unit = n.unit() == null ? "" : n.unit();
                    String value = numbers.plain(x.value());
                    return unit.isEmpty() ? value
                            : "%".equals(unit) ? messages.get("format.percent").replace("{0}", value)
                            : value + " " + unit;
                }
                throw misfit(q, v);
            }

            @Override
            public String matrix(Question.Matrix x) {
                if (v instanceof AnswerValue.MatrixValue m) {
                    List<String> parts = new ArrayList<>();
                    for (Row row : x.rows()) {
                        AnswerValue cell = m.rows().get(row.id());
                        if (cell != null) {
                            parts.add(text(row.label()) + ": " + cell(x, cell));
                        }
                    }
                    return String.join("; ", parts);
                }
                throw misfit(q, v);
            }
        });
    }

    /** A matrix row's answer: one option (select one) or several (select many). */
    private String cell(Question.Matrix x, AnswerValue cell) {
        if (!x.many() && cell instanceof AnswerValue.ChoiceValue c) {
            return label(x.options(), c.option());
        }
        if (x.many() && cell instanceof AnswerValue.MultiValue m) {
            return labels(x.options(), m.options());
        }
        throw misfit(x, cell);
    }

    private static IllegalArgumentException misfit(Question q, AnswerValue v) {
        return new IllegalArgumentException("answer " + v + " does not fit " + q.id());
    }

    private String labels(List<Option> options, List<String> ids) {
        if (ids.isEmpty()) {
            return messages.get("report.answer.nothing");
        }
        List<String> labels = new ArrayList<>();
        for (String id : ids) {
            labels.add(label(options, id));
        }
        // not a comma: an option label is a phrase of its own, often capitalised, and may hold commas itself
        return String.join(" · ", labels);
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
