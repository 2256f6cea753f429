package de.smartregion.input;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/** Collects the problems of one loading run, so that all of a file's problems are reported at once. */
public final class Problems {

    private final List<Problem> found = new ArrayList<>();

    public void add(Location at, String key, Object... args) {
        found.add(new Problem(at, key, Arrays.asList(args)));
    }

    /** Adds "unknown X 'name'" with the nearest valid name, if one is close. */
    public void addUnknown(Location at, String key, String name, Iterable<String> valid) {
        String nearest = Suggest.nearest(name, valid);
        if (nearest == null) {
            add(at, key, name);
        } else {
            add(at, key + ".suggest", name, nearest);
        }
    }

    public boolean isEmpty() {
        return found.isEmpty();
    }

    public int size() {
        return found.size();
    }

    /** Throws with every problem found, in the order they stand in the file. */
    public void throwIfAny() throws InvalidInputException {
        if (!found.isEmpty()) {
            List<Problem> sorted = new ArrayList<>(found);
            // a workbook's sheets keep the order they were read in; within one, problems go by row and column
            java.util.Map<String, Integer> sheets = new java.util.HashMap<>();
            for (Problem p : found) {
                sheets.putIfAbsent(String.valueOf(p.location().sheet()), sheets.size());
            }
            sorted.sort(Comparator.comparingInt((Problem p) -> sheets.get(String.valueOf(p.location().sheet())))
                    .thenComparingInt(p -> p.location().line())
                    .thenComparingInt(p -> p.location().column()));
            throw new InvalidInputException(sorted);
        }
    }

    public List<Problem> list() {
        return List.copyOf(found);
    }
}
