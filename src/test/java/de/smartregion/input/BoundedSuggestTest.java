package de.smartregion.input;

import static org.assertj.core.api.Assertions.assertThat;

import de.smartregion.input.Suggest;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Suggestions cost bounded time (issue 11) and still name what the full edit distance names: the bounded search is
 * checked against a plain, unbounded one on random near-misses.
 */
class BoundedSuggestTest {

    /** The suggestion as the full matrix computes it, without any shortcut. */
    private static String reference(String name, List<String> candidates) {
        String lower = name.toLowerCase(Locale.ROOT);
        int allowed = Math.max(2, lower.length() / 3);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : candidates) {
            int d = fullDistance(lower, candidate.toLowerCase(Locale.ROOT));
            if (d < bestDistance) {
                bestDistance = d;
                best = candidate;
            }
        }
        return bestDistance <= allowed && bestDistance > 0 || (bestDistance == 0 && best != null && !best.equals(name))
                ? best : null;
    }

    private static int fullDistance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                int v = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    v = Math.min(v, d[i - 2][j - 2] + 1);
                }
                d[i][j] = v;
            }
        }
        return d[a.length()][b.length()];
    }

    private static String word(Random random, int length) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < length; i++) {
            s.append("abcdeAB-".charAt(random.nextInt(8)));
        }
        return s.toString();
    }

    /** A few edits of {@code s}: substitutions, insertions, deletions and swaps of neighbours. */
    private static String mutate(Random random, String s) {
        StringBuilder b = new StringBuilder(s);
        for (int k = random.nextInt(5); k > 0; k--) {
            int at = b.length() == 0 ? 0 : random.nextInt(b.length());
            switch (random.nextInt(4)) {
                case 0 -> b.insert(at, "abcx".charAt(random.nextInt(4)));
                case 1 -> {
                    if (b.length() > 0) {
                        b.deleteCharAt(at);
                    }
                }
                case 2 -> {
                    if (b.length() > 0) {
                        b.setCharAt(at, 'z');
                    }
                }
                default -> {
                    if (at + 1 < b.length()) {
                        char c = b.charAt(at);
                        b.setCharAt(at, b.charAt(at + 1));
                        b.setCharAt(at + 1, c);
                    }
                }
            }
        }
        return b.toString();
    }

    @Test
    void theBoundedSearchSuggestsWhatTheFullDistanceSuggests() {
        Random random = new Random(11);
        for (int round = 0; round < 3_000; round++) {
            List<String> candidates = new ArrayList<>();
            for (int c = random.nextInt(8); c >= 0; c--) {
                candidates.add(word(random, random.nextInt(12)));
            }
            String name = random.nextBoolean() ? mutate(random, candidates.get(random.nextInt(candidates.size())))
                    : word(random, random.nextInt(14));
            assertThat(Suggest.nearest(name, candidates)).as("%s among %s", name, candidates)
                    .isEqualTo(reference(name, candidates));
        }
    }

    @Test
    void theBoundedDistanceIsExactWithinItsBound() {
        Random random = new Random(7);
        for (int round = 0; round < 3_000; round++) {
            String a = word(random, random.nextInt(10));
            String b = random.nextBoolean() ? mutate(random, a) : word(random, random.nextInt(10));
            int full = fullDistance(a, b);
            int bound = random.nextInt(6);
            int bounded = Suggest.distance(a, b, bound);
            if (full <= bound) {
                assertThat(bounded).as("%s %s", a, b).isEqualTo(full);
            } else {
                assertThat(bounded).as("%s %s", a, b).isGreaterThan(bound);
            }
        }
    }

    @Test
    void aHugeNameIsNoTypoAndCostsNothing() {
        String huge = "open-data".repeat(400_000);
        assertThat(Suggest.nearest(huge, List.of("open-data", huge + "x"))).isNull();
        // just under the limit, a name far longer than every candidate is skipped by its length alone
        String long256 = "q".repeat(Suggest.LONGEST);
        assertThat(Suggest.nearest(long256, List.of("open-data", "tools"))).isNull();
        assertThat(Suggest.nearest("q".repeat(Suggest.LONGEST - 1) + "x", List.of(long256))).isEqualTo(long256);
    }
}
