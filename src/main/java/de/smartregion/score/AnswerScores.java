package de.smartregion.score;

import de.smartregion.model.AnswerValue;
import de.smartregion.model.Band;
import de.smartregion.model.NumberScoring;
import de.smartregion.model.Option;
import de.smartregion.model.Question;
import java.util.List;

/** The score in [0,1] of an answer, per question type, as docs/methodology.md ("Schritt 1") defines it. */
public final class AnswerScores {

    private AnswerScores() {
    }

    public static double score(Question q, AnswerValue value) {
        return q.accept(new Question.Cases<Double>() {
            @Override
            public Double scale(Question.Scale s) {
                if (value instanceof AnswerValue.LevelValue v) {
                    return (v.value() - s.lowest()) / (s.highest() - s.lowest());
                }
                throw misfit(q, value);
            }

            @Override
            public Double choice(Question.Choice c) {
                if (value instanceof AnswerValue.ChoiceValue v) {
                    return option(c.options(), v.option()).score();
                }
                throw misfit(q, value);
            }

            @Override
            public Double bool(Question.Bool b) {
                if (value instanceof AnswerValue.BoolValue v) {
                    return v.value() ? 1.0 : 0.0;
                }
                throw misfit(q, value);
            }

            @Override
            public Double multi(Question.Multi m) {
                if (value instanceof AnswerValue.MultiValue v) {
                    return selection(m.options(), m.max(), v.options());
                }
                throw misfit(q, value);
            }

            @Override
            public Double number(Question.Number n) {
                if (value instanceof AnswerValue.NumberValue v) {
                    return AnswerScores.number(n.scoring(), v.value());
                }
                throw misfit(q, value);
            }

            @Override
            public Double matrix(Question.Matrix x) {
                if (value instanceof AnswerValue.MatrixValue v) {
                    double sum = 0;
                    for (AnswerValue row : v.rows().values()) {
                        sum += x.many() ? selection(x.options(), x.max(), ((AnswerValue.MultiValue) row).options())
                                : option(x.options(), ((AnswerValue.ChoiceValue) row).option()).score();
                    }
                    return sum / v.rows().size();
                }
                throw misfit(q, value);
            }
        });
    }

    private static IllegalArgumentException misfit(Question q, AnswerValue value) {
        return new IllegalArgumentException("answer " + value + " does not fit question " + q.id());
    }

    /** The score of the best possible answer: the default target. */
    public static double best(Question q) {
        return q.accept(BEST);
    }

    private static final Question.Cases<Double> BEST = new Question.Cases<>() {
        @Override
        public Double scale(Question.Scale s) {
            return 1.0; // the top of the range
        }

        @Override
        public Double choice(Question.Choice c) {
            return bestOption(c.options());
        }

        @Override
        public Double bool(Question.Bool b) {
            return 1.0;
        }

        @Override
        public Double multi(Question.Multi m) {
            return bestSelection(m.options(), m.max());
        }

        @Override
        public Double number(Question.Number n) {
            return bestNumber(n.scoring());
        }

        @Override
        public Double matrix(Question.Matrix x) {
            return x.many() ? bestSelection(x.options(), x.max()) : bestOption(x.options());
        }
    };

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
