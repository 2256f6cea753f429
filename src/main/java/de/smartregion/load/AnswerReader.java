package de.smartregion.load;

import de.smartregion.input.Node;
import de.smartregion.input.NodeReader;
import de.smartregion.input.Problems;
import de.smartregion.input.Suggest;
import de.smartregion.model.Answer;
import de.smartregion.model.AnswerValue;
import de.smartregion.model.Level;
import de.smartregion.model.Option;
import de.smartregion.model.Question;
import de.smartregion.model.Row;
import de.smartregion.text.Numbers;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reads one answer against its question: the short form, the long form with target and note, or n/a. */
final class AnswerReader {

    static final String NOT_APPLICABLE = "n/a";

    private final NodeReader r;
    private final Problems problems;

    AnswerReader(NodeReader r) {
        this.r = r;
        this.problems = r.problems();
    }

    /** The answer in {@code node}; null when it is missing (an empty value) or invalid (reported). */
    Answer answer(Question q, Node node) {
        if (node instanceof Node.ScalarNode s && s.isEmpty()) {
            return null;
        }
        if (node instanceof Node.MapNode m && isLongForm(q, m)) {
            return longForm(q, m);
        }
        if (isNotApplicable(node)) {
            return notApplicable(q, node, null);
        }
        AnswerValue value = value(q, node);
        return value == null ? null : new Answer.Given(value, null, null, null);
    }

    /** A map is the long form, except for a matrix, whose short form is a map of rows: then only with a value. */
    private static boolean isLongForm(Question q, Node.MapNode m) {
        return !(q instanceof Question.Matrix) || m.get("value") != null;
    }

    private static boolean isNotApplicable(Node node) {
        return node instanceof Node.ScalarNode s && s.kind() == Node.Kind.STRING
                && NOT_APPLICABLE.equalsIgnoreCase(s.text().strip());
    }

    private Answer notApplicable(Question q, Node node, String note) {
        if (!q.basics().naAllowed()) {
            problems.add(node.at(), "answer.na-not-allowed", q.id());
            return null;
        }
        return new Answer.NotApplicable(note);
    }

    private Answer longForm(Question q, Node.MapNode m) {
        r.onlyKeys(m, AnswerKeys.LONG_FORM, "answer");
        Node valueNode = r.required(m, "value", "answer");
        Node nn = m.get("note");
        String note = nn == null ? null : r.string(nn, "note");
        Node en = m.get("evidence");
        String evidence = en == null ? null : r.string(en, "evidence");
        Node tn = m.get("target");
        if (valueNode == null) {
            return null;
        }
        if (isNotApplicable(valueNode)) {
            if (tn != null) {
                problems.add(tn.at(), "answer.target-with-na", q.id());
            }
            return notApplicable(q, valueNode, note);
        }
        AnswerValue value = value(q, valueNode);
        AnswerValue target = tn == null ? null : value(q, tn);
        if (value == null || tn != null && target == null) {
            return null;
        }
        return new Answer.Given(value, target, note, evidence);
    }

    /** A value of the question's type, checked against its levels, options and rows. */
    AnswerValue value(Question q, Node node) {
        return q.accept(new Question.Cases<AnswerValue>() {
            @Override
            public AnswerValue scale(Question.Scale s) {
                return level(s, node);
            }

            @Override
            public AnswerValue choice(Question.Choice c) {
                String option = option(c.id(), c.options(), node);
                return option == null ? null : new AnswerValue.ChoiceValue(option);
            }

            @Override
            public AnswerValue bool(Question.Bool b) {
                return AnswerReader.this.bool(b, node);
            }

            @Override
            public AnswerValue multi(Question.Multi m) {
                List<String> options = selection(m.id(), m.options(), node);
                return options == null ? null : new AnswerValue.MultiValue(options);
            }

            @Override
            public AnswerValue number(Question.Number n) {
                return AnswerReader.this.number(n, node);
            }

            @Override
            public AnswerValue matrix(Question.Matrix x) {
                return AnswerReader.this.matrix(x, node);
            }
        });
    }

    private AnswerValue level(Question.Scale s, Node node) {
        Double v = r.number(node, "answers." + s.id());
        if (v == null) {
            return null;
        }
        for (Level level : s.levels()) {
            if (level.value() == v) {
                return new AnswerValue.LevelValue(v);
            }
        }
        List<String> values = new ArrayList<>();
        for (Level level : s.levels()) {
            values.add(Numbers.plain(level.value()));
        }
        problems.add(node.at(), "answer.level", Numbers.plain(v), s.id(), String.join(", ", values));
        return null;
    }

    private AnswerValue bool(Question q, Node node) {
        if (node instanceof Node.ScalarNode s && !s.isNull()) {
            Boolean b = NodeReader.parseBoolean(s.text());
            if (b != null) {
                return new AnswerValue.BoolValue(b);
            }
        }
        problems.add(node.at(), "answer.boolean", NodeReader.display(node), q.id());
        return null;
    }

    private AnswerValue number(Question.Number n, Node node) {
        Double v = r.number(node, "answers." + n.id());
        if (v == null) {
            return null;
        }
        if ("%".equals(n.unit()) && (v < 0 || v > 100)) {
            problems.add(node.at(), "number.range", "answers." + n.id(), Numbers.plain(v), 0, 100);
            return null;
        }
        return new AnswerValue.NumberValue(v);
    }

    private String option(String questionId, List<Option> options, Node node) {
        if (!(node instanceof Node.ScalarNode s) || s.isNull()) {
            problems.add(node.at(), "answer.option-expected", NodeReader.display(node), questionId, ids(options));
            return null;
        }
        for (Option o : options) {
            if (o.id().equals(s.text())) {
                return o.id();
            }
        }
        String nearest = Suggest.nearest(s.text(), idList(options));
        if (nearest == null) {
            problems.add(node.at(), "answer.option.unknown", s.text(), questionId, ids(options));
        } else {
            problems.add(node.at(), "answer.option.unknown.suggest", s.text(), questionId, nearest);
        }
        return null;
    }

    private List<String> selection(String questionId, List<Option> options, Node node) {
        if (!(node instanceof Node.ListNode list)) {
            problems.add(node.at(), "answer.list-expected", NodeReader.display(node), questionId, ids(options));
            return null;
        }
        Set<String> chosen = new LinkedHashSet<>();
        int before = problems.size();
        Node exclusive = null;
        for (Node item : list.items()) {
            String id = option(questionId, options, item);
            if (id == null) {
                continue;
            }
            if (!chosen.add(id)) {
                problems.add(item.at(), "answer.option.duplicate", id, questionId);
            }
            for (Option o : options) {
                if (o.id().equals(id) && o.exclusive()) {
                    exclusive = item;
                }
            }
        }
        if (exclusive != null && chosen.size() > 1) {
            problems.add(exclusive.at(), "answer.exclusive", ((Node.ScalarNode) exclusive).text(), questionId);
        }
        return problems.size() > before ? null : List.copyOf(chosen);
    }

    private AnswerValue matrix(Question.Matrix x, Node node) {
        Node.MapNode m = r.map(node, "answers." + x.id());
        if (m == null) {
            return null;
        }
        Map<String, AnswerValue> rows = new LinkedHashMap<>();
        List<String> rowIds = new ArrayList<>();
        for (Row row : x.rows()) {
            rowIds.add(row.id());
        }
        int before = problems.size();
        for (Node.Entry e : m.entries()) {
            String rowId = e.key().text();
            if (!rowIds.contains(rowId)) {
                problems.addUnknown(e.key().at(), "answer.row.unknown", rowId, rowIds);
                continue;
            }
            if (e.value() instanceof Node.ScalarNode s && s.isNull()) {
                continue; // an unanswered row
            }
            if (x.many()) {
                List<String> chosen = selection(x.id(), x.options(), e.value());
                if (chosen != null) {
                    rows.put(rowId, new AnswerValue.MultiValue(chosen));
                }
            } else {
                String chosen = option(x.id(), x.options(), e.value());
                if (chosen != null) {
                    rows.put(rowId, new AnswerValue.ChoiceValue(chosen));
                }
            }
        }
        if (problems.size() > before || rows.isEmpty()) {
            return null;
        }
        return new AnswerValue.MatrixValue(rows);
    }

    private static String ids(List<Option> options) {
        return String.join(", ", idList(options));
    }

    private static List<String> idList(List<Option> options) {
        List<String> ids = new ArrayList<>();
        for (Option o : options) {
            ids.add(o.id());
        }
        return ids;
    }
}
