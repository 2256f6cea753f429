package de.smartregion.load;

import de.smartregion.input.Node;
import de.smartregion.input.NodeReader;
import de.smartregion.input.Problems;
import de.smartregion.model.Condition;
import de.smartregion.model.Question;
import de.smartregion.model.Recommendations;
import de.smartregion.model.Text;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a question's {@code recommendations}: steps, each a bound written as a thesis condition writes it
 * ({@code atLeast} an option, a level or yes, or a plain {@code score}; read by {@link Bounds}) and the measure's
 * text from there on. Steps ascend, and each must be able to show: above the lowest answer, whose text is the
 * {@code recommendation}, and below the best, where no measure is left.
 */
final class Steps {

    private static final List<String> STEP_KEYS = List.of("atLeast", "score", "text");

    private final NodeReader r;
    private final Problems problems;
    private final Bounds bounds;
    private final List<String> languages;

    Steps(NodeReader r, Bounds bounds, List<String> languages) {
        this.r = r;
        this.problems = r.problems();
        this.bounds = bounds;
        this.languages = languages;
    }

    /**
     * The steps written at {@code node} on question {@code q}, named {@code id} in messages; null after a problem.
     * Without {@code q} (a broken question) only their shape is checked.
     */
    Recommendations of(String id, Question q, boolean hasBase, Node node) {
        Node.ListNode list = r.list(node, "recommendations");
        if (list == null) {
            return null;
        }
        int before = problems.size();
        if (list.items().isEmpty()) {
            problems.add(list.at(), "recommendations.empty", id);
            return null;
        }
        if (!hasBase) {
            problems.add(list.at(), "recommendations.no-base", id);
        }
        List<Recommendations.Step> steps = new ArrayList<>();
        Condition.Bound previous = null;
        Node previousAt = null;
        for (Node item : list.items()) {
            Node.MapNode m = r.map(item, "recommendations");
            if (m == null) {
                continue;
            }
            int stepBefore = problems.size();
            r.onlyKeys(m, STEP_KEYS, "recommendations");
            Text text = text(m);
            Node at = bounds.one(m, "atLeast", "recommendations.no-bound", "recommendations.two-bounds", id,
                    problems.size() > stepBefore);
            if (at == null || q == null) {
                continue;
            }
            Condition.Bound bound = bounds.read(q, m, at, "atLeast");
            if (bound == null) {
                continue;
            }
            if (Bounds.everyAnswerReaches(q, bound.score())) {
                problems.add(at.at(), "recommendations.trivial", id);
            } else if (Bounds.bestAnswerReaches(q, bound.score())) {
                problems.add(at.at(), "recommendations.top", id);
            } else if (previous != null && !(bound.score() > previous.score() + Bounds.TOLERANCE)) {
                problems.add(at.at(), "recommendations.ascending", id, NodeReader.display(at),
                        NodeReader.display(previousAt));
            } else if (text != null && problems.size() == stepBefore) {
                steps.add(new Recommendations.Step(bound, text));
            }
            previous = bound;
            previousAt = at;
        }
        return problems.size() > before || q == null ? null : new Recommendations(steps);
    }

    /** The step's text, required and not blank in any language; null after a problem. */
    private Text text(Node.MapNode m) {
        Node tn = r.required(m, "text", "recommendations");
        Text text = tn == null ? null : r.text(tn, languages, "text");
        if (text == null) {
            return null;
        }
        for (String t : text.byLanguage().values()) {
            if (t.isBlank()) {
                problems.add(tn.at(), "recommendations.text.blank");
                return null;
            }
        }
        return text;
    }

}
