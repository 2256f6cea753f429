package de.smartregion.score;

import de.smartregion.model.Effort;
import de.smartregion.model.Result;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Orders the measures (the priorities) into phases. Phase 1 holds what makes the strategy work and what the law
 * requires: the measures that make a failed thesis condition hold or fulfil a legal duty answered below its
 * minimum, with every open prerequisite they have, whatever its effort. The rest go by
 * effort: quick wins (low) in phase 1, then medium, then high. A measure never comes before an open prerequisite
 * ({@link Result.Priority#prerequisites()}; one already in place waits for nothing): a dependent moves to its
 * prerequisite's phase if that is later, and within a phase prerequisites come first;
 * otherwise measures keep the order of {@link Result#priorities()} (condition-closing measures first, then duties).
 */
final class Roadmap {

    /** The phases by number of measures of effort low, medium, high. */
    private static final int PHASES = 3;

    private Roadmap() {
    }

    /** The phases of the measures, given in priority order; empty phases are left out. */
    static List<Plan.Phase> plan(List<Result.Priority> measures) {
        Map<String, Result.Priority> byId = new HashMap<>();
        for (Result.Priority p : measures) {
            byId.put(p.question().id(), p);
        }
        Map<String, Integer> phase = new HashMap<>();
        for (String id : Measures.foundation(measures)) {
            phase.put(id, 1);
        }
        for (Result.Priority p : measures) {
            phaseOf(p, byId, phase);
        }
        List<Plan.Phase> phases = new ArrayList<>();
        for (int n = 1; n <= PHASES; n++) {
            List<Result.Priority> in = new ArrayList<>();
            for (Result.Priority p : measures) {
                if (phase.get(p.question().id()) == n) {
                    in.add(p);
                }
            }
            if (!in.isEmpty()) {
                phases.add(new Plan.Phase(n, prerequisitesFirst(in)));
            }
        }
        return phases;
    }

    private static int base(Effort effort) {
        return switch (effort) {
            case LOW -> 1;
            case MEDIUM -> 2;
            case HIGH -> 3;
        };
    }

    /** The later of the measure's own phase and its open prerequisites' phases; requires has no cycles. */
    private static int phaseOf(Result.Priority p, Map<String, Result.Priority> byId, Map<String, Integer> phase) {
        Integer known = phase.get(p.question().id());
        if (known != null) {
            return known;
        }
        int n = base(p.effort());
        for (String required : p.prerequisites()) {
            Result.Priority prerequisite = byId.get(required);
            if (prerequisite != null) {
                n = Math.max(n, phaseOf(prerequisite, byId, phase));
            }
        }
        phase.put(p.question().id(), n);
        return n;
    }

    /** Priority order, except that a measure waits for the prerequisites in its own phase. */
    private static List<Result.Priority> prerequisitesFirst(List<Result.Priority> phase) {
        List<Result.Priority> ordered = new ArrayList<>();
        // ids, not records: a record's equals compares every component, down to the question's texts
        Set<String> inPhase = new HashSet<>();
        for (Result.Priority p : phase) {
            inPhase.add(p.question().id());
        }
        Set<String> placed = new LinkedHashSet<>();
        List<Result.Priority> waiting = new ArrayList<>(phase);
        while (!waiting.isEmpty()) {
            for (int i = 0; i < waiting.size(); i++) {
                Result.Priority p = waiting.get(i);
                if (ready(p, inPhase, placed)) {
                    ordered.add(p);
                    placed.add(p.question().id());
                    waiting.remove(i);
                    break;
                }
            }
        }
        return ordered;
    }

    private static boolean ready(Result.Priority p, Set<String> inPhase, Set<String> placed) {
        for (String required : p.prerequisites()) {
            if (inPhase.contains(required) && !placed.contains(required)) {
                return false;
            }
        }
        return true;
    }
}
