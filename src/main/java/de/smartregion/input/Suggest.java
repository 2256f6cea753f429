package de.smartregion.input;

import java.util.Locale;

/** Finds the valid name a misspelt one was most likely meant to be. */
public final class Suggest {

    /**
     * Names longer than this get no suggestion: nobody mistypes an id of this length, and a value of megabytes
     * must not cost an edit distance against every valid name.
     */
    static final int LONGEST = 256;

    private Suggest() {
    }

    /**
     * The candidate closest to {@code name} by edit distance, if it is close enough to be a plausible typo
     * (at most a third of the name's length, and at least 2 edits allowed); null otherwise. Candidates whose
     * length alone puts them out of reach are skipped, and a distance is followed only as far as the best so far,
     * so that the cost stays bounded for long names and many candidates.
     */
    public static String nearest(String name, Iterable<String> candidates) {
        if (name.length() > LONGEST) {
            return null;
        }
        String lower = name.toLowerCase(Locale.ROOT);
        int allowed = Math.max(2, lower.length() / 3);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : candidates) {
            // a candidate that differs only in case (distance 0) is still a suggestion, so the bound stays >= 0
            int bound = Math.min(allowed, bestDistance - 1);
            if (bound < 0 || Math.abs(candidate.length() - lower.length()) > bound) {
                continue;
            }
            int d = distance(lower, candidate.toLowerCase(Locale.ROOT), bound);
            if (d < bestDistance) {
                bestDistance = d;
                best = candidate;
            }
        }
        return bestDistance <= allowed && bestDistance > 0 || (bestDistance == 0 && best != null && !best.equals(name))
                ? best : null;
    }

    /** Optimal string alignment distance: Levenshtein plus transposition of neighbours. */
    static int distance(String a, String b) {
        return distance(a, b, Integer.MAX_VALUE);
    }

    /**
     * The optimal string alignment distance if it is at most {@code bound}, else {@code bound + 1} (or more): the
     * rows are given up as soon as every cell of one exceeds the bound, as no later row can then come back under it.
     */
    static int distance(String a, String b, int bound) {
        int n = b.length();
        int[] before = new int[n + 1];
        int[] previous = new int[n + 1];
        int[] current = new int[n + 1];
        for (int j = 0; j <= n; j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            int rowMin = current[0];
            for (int j = 1; j <= n; j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                int v = Math.min(Math.min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    v = Math.min(v, before[j - 2] + 1);
                }
                current[j] = v;
                rowMin = Math.min(rowMin, v);
            }
            if (rowMin > bound) {
                return rowMin;
            }
            int[] spare = before;
            before = previous;
            previous = current;
            current = spare;
        }
        return previous[n];
    }
}
