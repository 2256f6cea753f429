package de.smartregion.score;

import de.smartregion.model.Questionnaire;
import de.smartregion.model.Result;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The order of the measures (docs/methodology.md, "Schritt 5"): first those that make a failed thesis condition hold,
 * those closing conditions of more theses before those of fewer, then those that fulfil a legal duty answered below
 * its minimum, each preceded by the measures it requires that are not yet in place ({@link Prerequisites}), then the
 * rest; within each group by priority, then impact, then questionnaire order. A strategy whose foundation is missing gains nothing from quick wins in the services; one
 * whose foundation is in place should not be told to rebuild it first; and a duty is owed whatever it gains.
 */
final class Measures {

    private Measures() {
    }

    static List<Result.Priority> order(List<Result.Priority> measures, Questionnaire q) {
        List<Result.Priority> sorted = new ArrayList<>(measures);
        sorted.sort(Comparator.comparingDouble(Result.Priority::priority).reversed()
                .thenComparing(Comparator.comparingDouble(Result.Priority::impact).reversed())
                .thenComparingInt(p -> q.indexOf(p.question().id())));
        Map<String, Result.Priority> byId = new HashMap<>();
        for (Result.Priority p : sorted) {
            byId.put(p.question().id(), p);
        }
        List<Result.Priority> ordered = new ArrayList<>();
        Set<String> placed = new HashSet<>();
        // a condition that several theses share (an adopted strategy) first: without it none of them can be met
        List<Result.Priority> foundation = new ArrayList<>(sorted);
        foundation.sort(Comparator.comparingInt((Result.Priority p) -> -p.closes().size()));
        for (Result.Priority p : foundation) {
            if (!p.closes().isEmpty()) {
                place(p, byId, placed, ordered);
            }
        }
        for (Result.Priority p : sorted) {
            if (p.duty()) {
                place(p, byId, placed, ordered);
            }
        }
        for (Result.Priority p : sorted) {
            if (placed.add(p.question().id())) {
                ordered.add(p);
            }
        }
        return ordered;
    }

    /** Places the measure after its open prerequisites, which come first in the order they are required. */
    private static void place(Result.Priority p, Map<String, Result.Priority> byId, Set<String> placed,
                              List<Result.Priority> ordered) {
        if (!placed.add(p.question().id())) {
            return;
        }
        for (String required : p.prerequisites()) {
            Result.Priority prerequisite = byId.get(required);
            if (prerequisite != null) {
                place(prerequisite, byId, placed, ordered);
            }
        }
        ordered.add(p);
    }

    /**
     * The ids of the measures that close a condition or fulfil a duty, and of every open prerequisite they have,
     * directly or not.
     */
    static Set<String> foundation(List<Result.Priority> measures) {
        Map<String, Result.Priority> byId = new HashMap<>();
        for (Result.Priority p : measures) {
            byId.put(p.question().id(), p);
        }
        Set<String> found = new HashSet<>();
        List<Result.Priority> ordered = new ArrayList<>();
        for (Result.Priority p : measures) {
            if (!p.closes().isEmpty() || p.duty()) {
                place(p, byId, found, ordered);
            }
        }
        return found;
    }
}
