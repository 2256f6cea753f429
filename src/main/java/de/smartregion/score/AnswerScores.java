package de.smartregion.score;

import de.smartregion.model.AnswerValue;
import de.smartregion.model.Band;
import de.smartregion.model.NumberScoring;
import de.smartregion.model.Option;
import de.smartregion.model.Question;
import java.util.List;

/** The score in [0,1] of an answer, per question type, as DESIGN.md's table defines it. */
public final class AnswerScores {

    private AnswerScores() {
    }

    public static double score(Question q, AnswerValue value) {
        if (q instanceof Question.Scale s && value instanceof AnswerValue.LevelValue v) {
            return (v.value() - s.lowest()) / (s.highest() - s.lowest());
        }
        if (q instanceof Question.Choice c && value instanceof AnswerValue.ChoiceValue v) {
            return option(c.options(), v.option()).score();
        }
        if (q instanceof Question.Bool && value instanceof AnswerValue.BoolValue v) {
            return v.value() ? 1 : 0;
        }
        if (q instanceof Question.Multi m && value instanceof AnswerValue.MultiValue v) {
            return selection(m.options(), m.max(), v.options());
        }
        if (q instanceof Question.Number n && value instanceof AnswerValue.NumberValue v) {
            return number(n.scoring(), v.value());
        }
        if (q instanceof Question.Matrix x && value instanceof AnswerValue.MatrixValue v) {
            double sum = 0;
            for (AnswerValue row : v.rows().values()) {
                sum += x.many() ? selection(x.options(), x.max(), ((AnswerValue.MultiValue) row).options())
                        : option(x.options(), ((AnswerValue.ChoiceValue) row).option()).score();
            }
            return sum / v.rows().size();
        }
        throw new IllegalArgumentException("answer " + value + " does not fit question " + q.id());
    }

    /** The score of the best possible answer: the default target. */
    public static double best(Question q) {
        if (q instanceof Question.Scale || q instanceof Question.Bool) {
            return 1; // the top of the range
        }
        if (q instanceof Question.Choice c) {
            return bestOption(c.options());
        }
        if (q instanceof Question.Multi m) {
            return bestSelection(m.options(), m.max());
        }
        if (q instanceof Question.Number n) {
            return bestNumber(n.scoring());
        }
        if (q instanceof Question.Matrix x) {
            return x.many() ? bestSelection(x.options(), x.max()) : bestOption(x.options());
        }
        // a new question type must say what its best answer is, not get 1 by default
        throw new IllegalArgumentException("no best answer defined for question type " + q.getClass().getName());
    }

    private static double bestNumber(NumberScoring scoring) {
        if (scoring instanceof NumberScoring.Linear) {
            return 1;
        }
        if (scoring instanceof NumberScoring.Banded b) {
            double best = 0;
            for (Band band : b.bands()) {
                best = Math.max(best, band.score());
            }
            return best;
        }
        throw new IllegalArgumentException("no best answer defined for number scoring "
                + scoring.getClass().getName());
    }

    private static double number(NumberScoring scoring, double x) {
        if (scoring instanceof NumberScoring.Linear l) {
            return clamp((x - l.min()) / (l.max() - l.min()));
        }
        if (scoring instanceof NumberScoring.Banded b) {
            double score = 0;
            for (Band band : b.bands()) {
                if (band.from() <= x) {
                    score = band.score();
                }
            }
            return score;
        }
        throw new IllegalArgumentException("no score defined for number scoring " + scoring.getClass().getName());
    }

    private static double selection(List<Option> options, double max, List<String> chosen) {
        double sum = 0;
        for (String id : chosen) {
            sum += option(options, id).weight();
        }
        return clamp(sum / max);
    }

    private static double bestSelection(List<Option> options, double max) {
        double sum = 0;
        for (Option o : options) {
            sum += Math.max(0, o.weight());
        }
        return clamp(sum / max);
    }

    private static double bestOption(List<Option> options) {
        double best = 0;
        for (Option o : options) {
            best = Math.max(best, o.score());
        }
        return best;
    }

    private static Option option(List<Option> options, String id) {
        for (Option o : options) {
            if (o.id().equals(id)) {
                return o;
            }
        }
        throw new IllegalArgumentException("no option " + id);
    }

    private static double clamp(double v) {
        return Math.max(0, Math.min(1, v));
    }
}
