package de.smartregion.props;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import de.smartregion.model.Questionnaire;
import de.smartregion.model.Result;
import de.smartregion.score.Combine;
import de.smartregion.score.Scorer;
import de.smartregion.testing.Fixtures;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The invariants of the scoring in docs/methodology.md, for random answers to src/test/resources/score/all-types.yaml
 * (with n/a allowed on s1): scores stay in range, raising an answer never lowers its field under weighted-mean, and n/a takes
 * a question out of the mean as if it were not there.
 */
class ScoringPropertiesTest {

    private static final Questionnaire Q = Fixtures.questionnaire(Fixtures.read(
            "src/test/resources/score/all-types.yaml").replace("effort: low}", "effort: low, na: true}"));

    /** Random answer lines: each question answered, n/a (s1 only) or left out. */
    @Provide
    Arbitrary<List<String>> answers() {
        Arbitrary<String> s1 = Arbitraries.of("s1: 0", "s1: 1", "s1: 2", "s1: 3", "s1: 4", "s1: n/a", "");
        Arbitrary<String> c1 = Arbitraries.of("c1: none", "c1: some", "c1: all", "");
        Arbitrary<String> b1 = Arbitraries.of("b1: yes", "b1: no", "");
        Arbitrary<String> m1 = Arbitraries.of("m1: [portal]", "m1: [portal, app]", "m1: [fax]", "m1: [none]",
                "m1: [app, fax]", "m1: []", "");
        Arbitrary<String> n1 = Arbitraries.integers().between(0, 100).map(v -> "n1: " + v);
        Arbitrary<String> n2 = Arbitraries.doubles().between(0, 5000).ofScale(1).map(v -> "n2: " + v);
        Arbitrary<String> x2 = Arbitraries.of("x2: {a: \"yes\"}", "x2: {a: \"no\", b: \"yes\", c: \"yes\"}", "");
        Arbitrary<String> s2 = Arbitraries.of("s2: 0", "s2: 1", "s2: 3", "s2: 5", "");
        return Combinators.combine(s1, c1, b1, m1, n1, n2, x2, s2).as((a, b, c, d, e, f, g, h) -> {
            List<String> lines = new ArrayList<>();
            for (String line : List.of(a, b, c, d, e, f, g, h)) {
                if (!line.isEmpty()) {
                    lines.add(line);
                }
            }
            return lines;
        });
    }

    private static Result score(List<String> answers) {
        return Scorer.score(Q, List.of(Fixtures.assessment(Q, Fixtures.answers(Q, null,
                answers.toArray(new String[0])))), Combine.MEDIAN);
    }

    @Property(tries = 300)
    void everyScoreIsWithinItsRange(@ForAll("answers") List<String> answers) {
        Result r = score(answers);
        if (r.overall().score() != null) {
            assertThat(r.overall().score()).isBetween(0.0, 100.0);
        }
        for (Result.FieldResult f : r.fields()) {
            if (f.score() != null) {
                assertThat(f.score()).isBetween(0.0, 100.0);
            }
            f.theses().values().forEach(t -> assertThat(t).isBetween(0.0, 100.0));
        }
        for (Result.ThesisResult t : r.theses()) {
            if (t.score() != null) {
                assertThat(t.score()).isBetween(0.0, 100.0);
            }
        }
        for (Result.QuestionResult q : r.questions()) {
            if (q.score() != null) {
                assertThat(q.score()).isBetween(0.0, 1.0);
            }
        }
        if (r.overall().coverage() != null) {
            assertThat(r.overall().coverage()).isBetween(0.0, 1.0);
        }
    }

    @Property(tries = 300)
    void raisingAnAnswerNeverLowersItsField(@ForAll("answers") List<String> answers,
                                             @ForAll("raises") String[] raise) {
        // f1 and f3 aggregate by weighted mean; raise s1 (f1) or s2 (f3) from a lower level to a higher one
        List<String> low = replace(answers, raise[0], raise[0] + ": " + raise[1]);
        List<String> high = replace(answers, raise[0], raise[0] + ": " + raise[2]);
        String field = raise[0].equals("s1") ? "f1" : "f3";
        Double before = field(score(low), field);
        Double after = field(score(high), field);
        assertThat(after).isGreaterThanOrEqualTo(before - 1e-9);
    }

    @Provide
    Arbitrary<String[]> raises() {
        return Arbitraries.of(new String[] {"s1", "0", "1"}, new String[] {"s1", "1", "4"},
                new String[] {"s1", "2", "3"}, new String[] {"s2", "0", "1"}, new String[] {"s2", "1", "5"},
                new String[] {"s2", "3", "5"});
    }

    @Property(tries = 200)
    void notApplicableRenormalisesAsIfTheQuestionWereAbsent(@ForAll("answers") List<String> answers) {
        // f1 = (2 s1 + c1 + b1) / (2 + 1 + 1) over answered questions: s1 n/a gives the mean of c1 and b1 alone
        Result na = score(replace(answers, "s1", "s1: n/a"));
        Result absent = score(replace(answers, "s1", null));
        assertThat(field(na, "f1") == null).isEqualTo(field(absent, "f1") == null);
        if (field(na, "f1") != null) {
            assertThat(field(na, "f1")).isCloseTo(field(absent, "f1"), within(1e-9));
        }
        // but n/a leaves the applicable count, while a missing answer lowers the coverage
        assertThat(fieldResult(na, "f1").applicable()).isEqualTo(fieldResult(absent, "f1").applicable() - 1);
    }

    private static List<String> replace(List<String> answers, String id, String line) {
        List<String> out = new ArrayList<>();
        for (String a : answers) {
            if (!a.startsWith(id + ":")) {
                out.add(a);
            }
        }
        if (line != null) {
            out.add(line);
        }
        return out;
    }

    private static Double field(Result r, String id) {
        return fieldResult(r, id).score();
    }

    private static Result.FieldResult fieldResult(Result r, String id) {
        return r.fields().stream().filter(f -> f.field().id().equals(id)).findFirst().orElseThrow();
    }
}
