package de.smartregion.load;

import de.smartregion.input.Location;
import de.smartregion.input.Node;
import de.smartregion.input.Problems;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Finds cycles among question prerequisites, which would leave the roadmap without a first step. */
final class Cycles {

    private Cycles() {
    }

    private enum Mark { ACTIVE, DONE }

    /**
     * Reports each cycle once, at the `requires` entry that closes it.
     *
     * @param graph question id to the ids it requires
     * @param refs question id to the nodes of its `requires` entries, for locations
     */
    static void report(Map<String, List<String>> graph, Map<String, List<Node.ScalarNode>> refs, Problems problems) {
        Map<String, Mark> marks = new HashMap<>();
        for (String start : graph.keySet()) {
            visit(start, graph, refs, problems, marks, new ArrayList<>());
        }
    }

    private static void visit(String id, Map<String, List<String>> graph, Map<String, List<Node.ScalarNode>> refs,
                              Problems problems, Map<String, Mark> marks, List<String> path) {
        if (marks.get(id) != null) {
            return;
        }
        marks.put(id, Mark.ACTIVE);
        path.add(id);
        for (String next : graph.getOrDefault(id, List.of())) {
            if (marks.get(next) == Mark.ACTIVE) {
                List<String> cycle = new ArrayList<>(path.subList(path.indexOf(next), path.size()));
                cycle.add(next);
                problems.add(locate(refs, id, next), "requires.cycle", String.join(" -> ", cycle));
            } else {
                visit(next, graph, refs, problems, marks, path);
            }
        }
        path.remove(path.size() - 1);
        marks.put(id, Mark.DONE);
    }

    private static Location locate(Map<String, List<Node.ScalarNode>> refs, String from, String to) {
        for (Node.ScalarNode ref : refs.get(from)) {
            if (ref.text().equals(to)) {
                return ref.at();
            }
        }
        throw new IllegalStateException("no requires entry " + from + " -> " + to);
    }
}
