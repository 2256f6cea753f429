package de.smartregion.score;

import de.smartregion.model.Result;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a report of one result advises: the roadmap, every measure planned into phases, and per thesis what most
 * keeps its score from 100. Made for reports only; a comparison of thousands of results never needs it.
 *
 * @param roadmap the result's priorities in phases ({@link Roadmap}); empty phases left out
 * @param weakest per thesis id, its own answered questions by loss, largest first ({@link Weakest})
 */
public record Plan(List<Phase> roadmap, Map<String, List<Result.QuestionResult>> weakest) {

    /** A phase of the roadmap: its number (1 first) and its measures in the order they are to be taken. */
    public record Phase(int number, List<Result.Priority> measures) {
        public Phase {
            measures = List.copyOf(measures);
        }
    }

    public Plan {
        roadmap = List.copyOf(roadmap);
        Map<String, List<Result.QuestionResult>> byThesis = new LinkedHashMap<>();
        weakest.forEach((thesis, questions) -> byThesis.put(thesis, List.copyOf(questions)));
        weakest = Collections.unmodifiableMap(byThesis);
    }

    public static Plan of(Result result) {
        return new Plan(Roadmap.plan(result.priorities()),
                Weakest.of(result.questionnaire(), result.theses(), result.questions()));
    }
}
