package de.smartregion.load;

import de.smartregion.input.Node;
import de.smartregion.input.NodeReader;
import de.smartregion.input.Problems;
import de.smartregion.input.Suggest;
import de.smartregion.model.AnswerValue;
import de.smartregion.model.Condition;
import de.smartregion.model.Field;
import de.smartregion.model.Level;
import de.smartregion.model.MissingPolicy;
import de.smartregion.model.Option;
import de.smartregion.model.Question;
import de.smartregion.model.Thesis;
import de.smartregion.text.Numbers;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the {@code conditions} of the theses once every question is known, and checks each bound against the
 * question it names: an option the question has, a level it has, or a plain {@code score} in [0,1].
 */
final class Conditions {

    private static final List<String> BOUND_KEYS = List.of("question", "atLeast", "score");

    private final NodeReader r;
    private final Problems problems;
    /** Every question id written, also of questions that had problems of their own. */
    private final Set<String> questionIds;
    /** The questions that loaded. */
    private final Map<String, Question> questions = new HashMap<>();

    Conditions(NodeReader r, Set<String> questionIds, List<Field> fields) {
        this.r = r;
        this.problems = r.problems();
        this.questionIds = questionIds;
        for (Field f : fields) {
            for (Question q : f.questions()) {
                questions.put(q.id(), q);
            }
        }
    }

    /** The finished theses; a thesis with a broken condition is left out, its problems reported. */
    List<Thesis> theses(List<ThesisDraft> drafts, MissingPolicy byDefault) {
        List<Thesis> theses = new ArrayList<>();
        for (ThesisDraft d : drafts) {
            List<Condition> conditions = d.conditions() == null ? List.of() : list(d.conditions(), "conditions");
            if (conditions != null) {
                theses.add(new Thesis(d.id(), d.title(), d.description(), d.threshold(),
                        d.missing() == null ? byDefault : d.missing(), conditions));
            }
        }
        return theses;
    }

    /** The conditions of a list; null when one of them is broken. */
    private List<Condition> list(Node node, String what) {
        Node.ListNode list = r.list(node, what);
        if (list == null) {
            return null;
        }
        List<Condition> conditions = new ArrayList<>();
        boolean broken = false;
        for (Node item : list.items()) {
            Condition c = condition(item);
            if (c == null) {
                broken = true;
            } else {
                conditions.add(c);
            }
        }
        return broken ? null : conditions;
    }

    private Condition condition(Node node) {
        Node.MapNode m = r.map(node, "condition");
        if (m == null) {
            return null;
        }
        Node any = m.get("anyOf");
        if (any != null) {
            r.onlyKeys(m, List.of("anyOf"), "condition");
            List<Condition> items = list(any, "anyOf");
            if (items != null && items.isEmpty()) {
                problems.add(any.at(), "condition.any-of-empty");
                return null;
            }
            return items == null || m.entries().size() > 1 ? null : new Condition.AnyOf(items);
        }
        int before = problems.size();
        r.onlyKeys(m, BOUND_KEYS, "condition");
        Node qn = m.get("question");
        Node atLeast = m.get("atLeast");
        Node score = m.get("score");
        if (qn == null) {
            if (problems.size() == before) { // a misspelt key has already said what is wrong
                problems.add(m.at(), "condition.shape");
            }
            return null;
        }
        if (atLeast == null && score == null) {
            problems.add(m.at(), "condition.no-bound", NodeReader.display(qn));
            return null;
        }
        if (atLeast != null && score != null) {
            problems.add(score.at(), "condition.two-bounds", NodeReader.display(qn));
            return null;
        }
        String id = r.string(qn, "question");
        if (id == null) {
            return null;
        }
        if (!questionIds.contains(id)) {
            problems.addUnknown(qn.at(), "condition.question.unknown", id, questionIds);
            return null;
        }
        Question q = questions.get(id);
        if (q == null) {
            return null; // the question itself is broken, and already reported
        }
        if (score != null) {
            Double s = r.number(score, "score", 0, 1);
            return s == null || problems.size() > before ? null : new Condition.Bound(id, null, s);
        }
        Condition.Bound bound = atLeast(q, atLeast);
        return problems.size() > before ? null : bound;
    }

    /** The bound of {@code atLeast}: an option of a choice, a level of a scale, yes or no; no other type has one. */
    private Condition.Bound atLeast(Question q, Node node) {
        return q.accept(new Question.Cases<Condition.Bound>() {
            @Override
            public Condition.Bound scale(Question.Scale s) {
                return level(s, node);
            }

            @Override
            public Condition.Bound choice(Question.Choice c) {
                return option(c, node);
            }

            @Override
            public Condition.Bound bool(Question.Bool b) {
                return yesOrNo(b, node);
            }

            @Override
            public Condition.Bound multi(Question.Multi m) {
                return noBound(m, node);
            }

            @Override
            public Condition.Bound number(Question.Number n) {
                return noBound(n, node);
            }

            @Override
            public Condition.Bound matrix(Question.Matrix x) {
                return noBound(x, node);
            }
        });
    }

    private Condition.Bound option(Question.Choice c, Node node) {
        String option = r.string(node, "atLeast");
        if (option == null) {
            return null;
        }
        List<String> ids = new ArrayList<>();
        for (Option o : c.options()) {
            if (o.id().equals(option)) {
                return new Condition.Bound(c.id(), new AnswerValue.ChoiceValue(option), o.score());
            }
            ids.add(o.id());
        }
        String nearest = Suggest.nearest(option, ids);
        if (nearest == null) {
            problems.add(node.at(), "condition.option.unknown", option, c.id(), String.join(", ", ids));
        } else {
            problems.add(node.at(), "condition.option.unknown.suggest", option, c.id(), nearest);
        }
        return null;
    }

    private Condition.Bound level(Question.Scale s, Node node) {
        List<String> values = new ArrayList<>();
        for (Level l : s.levels()) {
            values.add(Numbers.plain(l.value()));
        }
        Double v = node instanceof Node.ScalarNode sn && (sn.kind() == Node.Kind.INTEGER
                || sn.kind() == Node.Kind.DECIMAL) ? NodeReader.parseNumber(sn.text()) : null;
        if (v != null) {
            for (Level l : s.levels()) {
                if (l.value() == v) {
                    // the same formula the answer is scored by, so that an answer at the bound reaches it
                    return new Condition.Bound(s.id(), new AnswerValue.LevelValue(v),
                            (v - s.lowest()) / (s.highest() - s.lowest()));
                }
            }
        }
        problems.add(node.at(), "condition.level.unknown", NodeReader.display(node), s.id(),
                String.join(", ", values));
        return null;
    }

    private Condition.Bound yesOrNo(Question.Bool b, Node node) {
        Boolean yes = node instanceof Node.ScalarNode sn && sn.kind() == Node.Kind.BOOLEAN
                ? NodeReader.parseBoolean(sn.text()) : null;
        if (yes == null) {
            problems.add(node.at(), "condition.boolean", NodeReader.display(node), b.id());
            return null;
        }
        return new Condition.Bound(b.id(), new AnswerValue.BoolValue(yes), yes ? 1 : 0);
    }

    /** Answers of this type have no order an {@code atLeast} could name; a {@code score} bound works for them. */
    private Condition.Bound noBound(Question q, Node node) {
        problems.add(node.at(), "condition.at-least-type", q.id(), q.type());
        return null;
    }
}
