package de.smartregion.load;

import de.smartregion.input.Node;
import de.smartregion.input.NodeReader;
import de.smartregion.input.Problems;
import de.smartregion.input.Suggest;
import de.smartregion.model.AnswerValue;
import de.smartregion.model.Condition;
import de.smartregion.model.Level;
import de.smartregion.model.Option;
import de.smartregion.model.Question;
import de.smartregion.text.Numbers;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a bound on one question's answers, as thesis conditions ({@code atLeast}) and duties ({@code minimum})
 * write it: an option the question has, a level it has, yes or no; no other type has an order such a bound could
 * name, so those take a plain {@code score}. Problems are reported with the key the bound was written under.
 */
final class Bounds {

    private final NodeReader r;
    private final Problems problems;

    Bounds(NodeReader r) {
        this.r = r;
        this.problems = r.problems();
    }

    /**
     * The node of a map's one bound, written under {@code named} (an option, a level or yes) or as {@code score};
     * null, with the problem {@code neither} or {@code both} about {@code subject}, when it has none or both.
     *
     * @param quiet whether a misspelt key has already said what is wrong when there is none
     */
    Node one(Node.MapNode m, String named, String neither, String both, Object subject, boolean quiet) {
        Node written = m.get(named);
        Node score = m.get("score");
        if (written == null && score == null) {
            if (!quiet) {
                problems.add(m.at(), neither, subject);
            }
            return null;
        }
        if (written != null && score != null) {
            problems.add(score.at(), both, subject);
            return null;
        }
        return written != null ? written : score;
    }

    /** The bound {@link #one} found in {@code m}, read on question {@code q}; null after a problem. */
    Condition.Bound read(Question q, Node.MapNode m, Node bound, String named) {
        return bound == m.get("score") ? score(q, bound, "score") : of(q, bound, named);
    }

    /** The bound written at {@code node} under {@code key} on question {@code q}; null after a problem. */
    Condition.Bound of(Question q, Node node, String key) {
        return q.accept(new Question.Cases<Condition.Bound>() {
            @Override
            public Condition.Bound scale(Question.Scale s) {
                return level(s, node);
            }

            @Override
            public Condition.Bound choice(Question.Choice c) {
                return option(c, node, key);
            }

            @Override
            public Condition.Bound bool(Question.Bool b) {
                return yesOrNo(b, node, key);
            }

            @Override
            public Condition.Bound multi(Question.Multi m) {
                return noBound(m, node, key);
            }

            @Override
            public Condition.Bound number(Question.Number n) {
                return noBound(n, node, key);
            }

            @Override
            public Condition.Bound matrix(Question.Matrix x) {
                return noBound(x, node, key);
            }
        });
    }

    /**
     * Scores that differ from a bound by rounding noise only (a level's score, an option's) count as equal, as
     * when conditions are judged.
     */
    static final double TOLERANCE = 1e-9;

    /** Whether every answer to {@code q} reaches {@code score}: at or below its worst answer. */
    static boolean everyAnswerReaches(Question q, double score) {
        return score <= range(q)[0] + TOLERANCE;
    }

    /** Whether no answer to {@code q} reaches {@code score}: above its best answer. */
    static boolean noAnswerReaches(Question q, double score) {
        return score > range(q)[1] + TOLERANCE;
    }

    /**
     * Whether only the best answer to {@code q} reaches {@code score}, or none: an answer there leaves no gap, so
     * nothing bound there is ever a measure.
     */
    static boolean bestAnswerReaches(Question q, double score) {
        return score >= range(q)[1] - TOLERANCE;
    }

    /** The worst and best score an answer can get: its options' for a choice or a one-per-row matrix, else 0 and 1. */
    private static double[] range(Question q) {
        return q.accept(new Question.Cases<double[]>() {
            @Override
            public double[] scale(Question.Scale s) {
                return new double[] {0, 1};
            }

            @Override
            public double[] choice(Question.Choice c) {
                return options(c.options());
            }

            @Override
            public double[] bool(Question.Bool b) {
                return new double[] {0, 1};
            }

            @Override
            public double[] multi(Question.Multi m) {
                return new double[] {0, 1};
            }

            @Override
            public double[] number(Question.Number n) {
                return new double[] {0, 1};
            }

            @Override
            public double[] matrix(Question.Matrix x) {
                return x.many() ? new double[] {0, 1} : options(x.options());
            }
        });
    }

    // loops, not streams: every start-up reads the bundled questionnaire's duties (StartupIT)
    private static double[] options(List<Option> options) {
        double worst = 1;
        double best = 0;
        for (Option o : options) {
            worst = Math.min(worst, o.score());
            best = Math.max(best, o.score());
        }
        return new double[] {worst, best};
    }

    /** A bound written as a plain score in [0,1] under {@code key}; null after a problem. */
    Condition.Bound score(Question q, Node node, String key) {
        Double s = r.number(node, key, 0, 1);
        return s == null ? null : new Condition.Bound(q.id(), null, s);
    }

    private Condition.Bound option(Question.Choice c, Node node, String key) {
        String option = r.string(node, key);
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

    private Condition.Bound yesOrNo(Question.Bool b, Node node, String key) {
        Boolean yes = node instanceof Node.ScalarNode sn && sn.kind() == Node.Kind.BOOLEAN
                ? NodeReader.parseBoolean(sn.text()) : null;
        if (yes == null) {
            problems.add(node.at(), "bound.boolean", NodeReader.display(node), b.id(), key);
            return null;
        }
        return new Condition.Bound(b.id(), new AnswerValue.BoolValue(yes), yes ? 1 : 0);
    }

    /** Answers of this type have no order the bound could name; a {@code score} bound works for them. */
    private Condition.Bound noBound(Question q, Node node, String key) {
        problems.add(node.at(), "bound.type", q.id(), q.type(), key);
        return null;
    }
}
