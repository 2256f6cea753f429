package de.smartregion.answerfile;

import de.smartregion.model.Answer;
import de.smartregion.model.AnswerValue;
import de.smartregion.model.Municipality;
import de.smartregion.model.Question;
import de.smartregion.model.Questionnaire;
import de.smartregion.model.Respondent;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Writes an answer file (kind: assessment) in the plain style of the examples; the same answers, the same bytes. */
public final class AnswerFileWriter {

    private static final Set<String> AMBIGUOUS = Set.of("yes", "no", "true", "false", "on", "off", "y", "n",
            "null", "n/a", "~");

    private AnswerFileWriter() {
    }

    /** @param comment a first comment line, such as where the answers came from; null for none */
    public static String write(Questionnaire q, Municipality m, String period, Respondent respondent,
                               Map<String, Answer> answers, String comment) {
        StringBuilder y = new StringBuilder();
        y.append("# yaml-language-server: $schema=../schemas/assessment.schema.json\n");
        if (comment != null) {
            y.append("# ").append(comment.replace('\n', ' ')).append('\n');
        }
        y.append("kind: assessment\n");
        y.append("questionnaire: ").append(quoteAlways(q.id() + "@" + q.version())).append('\n');
        y.append("municipality:\n");
        y.append("  id: ").append(quoteAlways(m.id())).append('\n');
        y.append("  name: ").append(quoteAlways(m.name())).append('\n');
        y.append("period: ").append(quoteAlways(period)).append('\n');
        if (respondent != null && (respondent.role() != null || respondent.name() != null)) {
            y.append("respondent:\n");
            if (respondent.role() != null) {
                y.append("  role: ").append(quoteAlways(respondent.role())).append('\n');
            }
            if (respondent.name() != null) {
                y.append("  name: ").append(quoteAlways(respondent.name())).append('\n');
            }
        }
        y.append("answers:\n");
        for (Question question : q.questions()) {
            Answer a = answers.get(question.id());
            if (a == null) {
                continue;
            }
            y.append("  ").append(question.id()).append(": ");
            y.append(a instanceof Answer.NotApplicable ? "n/a" : value(((Answer.Given) a).value()));
            y.append('\n');
        }
        return y.toString();
    }

    private static String value(AnswerValue v) {
        return v.accept(VALUE);
    }

    /** An answer as the answer file writes it: numbers plain, ids quoted where YAML would misread them. */
    private static final AnswerValue.Cases<String> VALUE = new AnswerValue.Cases<>() {
        @Override
        public String level(AnswerValue.LevelValue l) {
            return AnswerFileWriter.number(l.value());
        }

        @Override
        public String choice(AnswerValue.ChoiceValue c) {
            return quote(c.option());
        }

        @Override
        public String bool(AnswerValue.BoolValue b) {
            return b.value() ? "yes" : "no";
        }

        @Override
        public String multi(AnswerValue.MultiValue m) {
            List<String> ids = new ArrayList<>();
            for (String id : m.options()) {
                ids.add(quote(id));
            }
            return "[" + String.join(", ", ids) + "]";
        }

        @Override
        public String number(AnswerValue.NumberValue n) {
            return AnswerFileWriter.number(n.value());
        }

        @Override
        public String matrix(AnswerValue.MatrixValue x) {
            List<String> rows = new ArrayList<>();
            for (Map.Entry<String, AnswerValue> e : x.rows().entrySet()) {
                rows.add(e.getKey() + ": " + value(e.getValue()));
            }
            return "{" + String.join(", ", rows) + "}";
        }
    };

    private static String number(double v) {
        return BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }

    /** An id as written: plain when YAML reads it back as the same text, quoted otherwise. */
    private static String quote(String s) {
        return s.matches("[a-z][a-z0-9-]*") && !AMBIGUOUS.contains(s) ? s : quoteAlways(s);
    }

    /**
     * A double-quoted YAML scalar that reads back as exactly {@code s}: line breaks, tabs and every character YAML
     * does not allow as it is (C0 and C1 controls, DEL, line and paragraph separators, a stray byte order mark) as
     * escapes, so that a role from a survey cell can neither break the file nor change on the way back.
     */
    private static String quoteAlways(String s) {
        StringBuilder q = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            switch (ch) {
                case '"' -> q.append("\\\"");
                case '\\' -> q.append("\\\\");
                case '\n' -> q.append("\\n");
                case '\t' -> q.append("\\t");
                case '\r' -> q.append("\\r");
                default -> {
                    if (ch < 0x20 || ch >= 0x7f && ch <= 0x9f && ch != 0x85) {
                        q.append(String.format(Locale.ROOT, "\\x%02X", (int) ch));
                    } else if (ch == 0x85 || ch == '\u2028' || ch == '\u2029' || ch == '\uFEFF') {
                        q.append(String.format(Locale.ROOT, "\\u%04X", (int) ch));
                    } else {
                        q.append(ch);
                    }
                }
            }
        }
        return q.append('"').toString();
    }
}
