package de.smartregion.score;

import de.smartregion.model.Answer;
import de.smartregion.model.Assessment;
import de.smartregion.model.Question;
import de.smartregion.model.Questionnaire;
import java.util.List;

/**
 * One respondent's answers reduced to scores, by question position: all that scoring needs, small enough to hold
 * for a hundred thousand answer files while their respondents are grouped.
 */
public final class Responses {

    /** Marks an n/a answer; real scores lie in [0,1]. */
    private static final double NOT_APPLICABLE = -1;

    private final double[] scores;
    /** Null when the respondent set no target, the common case. */
    private final double[] targets;
    /** The respondent's role id; null when the file names none. */
    private final String role;

    private Responses(double[] scores, double[] targets, String role) {
        this.scores = scores;
        this.targets = targets;
        this.role = role;
    }

    public static Responses of(Questionnaire q, Assessment a) {
        List<Question> questions = q.questions();
        double[] scores = new double[questions.size()];
        double[] targets = null;
        for (int i = 0; i < scores.length; i++) {
            Question question = questions.get(i);
            Answer answer = a.answers().get(question.id());
            if (!question.basics().appliesTo(a.municipality())) {
                // not asked of this type of municipality: n/a whatever was answered, so coverage stays whole
                scores[i] = NOT_APPLICABLE;
            } else if (answer instanceof Answer.Given g) {
                scores[i] = AnswerScores.score(question, g.value());
                if (g.target() != null) {
                    if (targets == null) {
                        targets = new double[scores.length];
                        java.util.Arrays.fill(targets, Double.NaN);
                    }
                    targets[i] = AnswerScores.score(question, g.target());
                }
            } else {
                scores[i] = answer instanceof Answer.NotApplicable ? NOT_APPLICABLE : Double.NaN;
            }
        }
        return new Responses(scores, targets, a.respondent() == null ? null : a.respondent().role());
    }

    /**
     * These responses with every question outside {@code keep} unanswered: how periods answered with different
     * questionnaire versions are compared on the questions they share.
     */
    public Responses restrictTo(Questionnaire q, java.util.Set<String> keep) {
        double[] kept = scores.clone();
        for (int i = 0; i < kept.length; i++) {
            if (!keep.contains(q.questions().get(i).id())) {
                kept[i] = Double.NaN;
            }
        }
        return new Responses(kept, targets, role);
    }

    /** The respondent's role id, or null when the answer file names none. */
    public String role() {
        return role;
    }

    boolean answered(int i) {
        return scores[i] >= 0;
    }

    boolean notApplicable(int i) {
        return scores[i] == NOT_APPLICABLE;
    }

    double score(int i) {
        return scores[i];
    }

    /** The respondent's own target score, or NaN for the default (the best answer). */
    double target(int i) {
        return targets == null ? Double.NaN : targets[i];
    }
}
