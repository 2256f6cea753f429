package de.smartregion.score;

import de.smartregion.model.Condition;
import de.smartregion.model.Question;
import de.smartregion.model.Questionnaire;
import de.smartregion.model.Result;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.IntToDoubleFunction;

/**
 * Which prerequisites of a measure are still open. {@code requires} says that a measure builds on another being in
 * place, not that the other must be perfected first: an adopted strategy is enough to start an action plan, though
 * updating the strategy is a measure of its own. The questionnaire names no level per {@code requires}; the only
 * levels it sets for a question are the thesis conditions on it, what the strategy needs from it, and its duty. So a
 * prerequisite is <em>in place</em> when it is answered (not n/a, not missing) and either reaches its target, or
 * scores above its lowest answer (0: absent, none) and every thesis condition naming it holds (a bound on it, or
 * the anyOf it is part of), and its legal duty, if one binds the municipality, is fulfilled: a measure must not build
 * on what the law requires and is missing. A prerequisite in place is neither pulled forward nor holds its
 * dependent back; it stays a measure only by its own priority.
 */
final class Prerequisites {

    private final Questionnaire q;
    private final Standing standing;
    private final IntToDoubleFunction target;
    private final List<Result.ThesisResult> theses;
    private final Set<String> openDuties;

    /**
     * @param target the target score 0..1 of question i (its position in questionnaire order)
     * @param openDuties the ids of the questions whose duty binds the municipality and is not fulfilled
     */
    Prerequisites(Questionnaire q, Standing standing, IntToDoubleFunction target, List<Result.ThesisResult> theses,
                  Set<String> openDuties) {
        this.q = q;
        this.standing = standing;
        this.target = target;
        this.theses = theses;
        this.openDuties = Set.copyOf(openDuties);
    }

    /** The ids of the questions {@code question} requires that are not in place, in the order written. */
    List<String> open(Question question) {
        List<String> open = new ArrayList<>();
        for (String required : question.basics().requires()) {
            if (!inPlace(q.indexOf(required))) {
                open.add(required);
            }
        }
        return open;
    }

    boolean inPlace(int i) {
        if (!standing.answered(i) || openDuties.contains(q.questions().get(i).id())) {
            return false;
        }
        double score = standing.score(i);
        if (score >= target.applyAsDouble(i) - ConditionCheck.TOLERANCE) {
            return true;
        }
        return score > ConditionCheck.TOLERANCE && conditionsHold(q.questions().get(i).id());
    }

    private boolean conditionsHold(String id) {
        for (Result.ThesisResult t : theses) {
            List<Condition> conditions = t.thesis().conditions();
            for (int k = 0; k < conditions.size(); k++) {
                if (conditions.get(k).questions().contains(id) && !t.conditions().get(k).holds()) {
                    return false;
                }
            }
        }
        return true;
    }
}
