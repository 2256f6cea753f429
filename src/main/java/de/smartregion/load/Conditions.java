package de.smartregion.load;

import de.smartregion.input.Node;
import de.smartregion.input.NodeReader;
import de.smartregion.input.Problems;
import de.smartregion.model.Condition;
import de.smartregion.model.Field;
import de.smartregion.model.MissingPolicy;
import de.smartregion.model.Question;
import de.smartregion.model.Thesis;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the {@code conditions} of the theses once every question is known, and checks each bound against the
 * question it names ({@link Bounds}).
 */
final class Conditions {

    private static final List<String> BOUND_KEYS = List.of("question", "atLeast", "score");

    private final NodeReader r;
    private final Problems problems;
    /** Every question id written, also of questions that had problems of their own. */
    private final Set<String> questionIds;
    /** The questions that loaded. */
    private final Map<String, Question> questions = new HashMap<>();
    private final Bounds bounds;

    Conditions(NodeReader r, Set<String> questionIds, List<Field> fields) {
        this.r = r;
        this.problems = r.problems();
        this.questionIds = questionIds;
        this.bounds = new Bounds(r);
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
        if (qn == null) {
            if (problems.size() == before) { // a misspelt key has already said what is wrong
                problems.add(m.at(), "condition.shape");
            }
            return null;
        }
        Node at = bounds.one(m, "atLeast", "condition.no-bound", "condition.two-bounds", NodeReader.display(qn), false);
        if (at == null) {
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
        Condition.Bound bound = bounds.read(q, m, at, "atLeast");
        return problems.size() > before ? null : bound;
    }
}
