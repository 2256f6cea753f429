package de.smartregion.cli;

import de.smartregion.input.InvalidInputException;
import de.smartregion.input.Location;
import de.smartregion.input.Problem;
import de.smartregion.model.Questionnaire;
import de.smartregion.model.Respondent;
import de.smartregion.model.Result;
import de.smartregion.score.Combine;
import de.smartregion.score.Responses;
import de.smartregion.score.Scorer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Loaded answer files grouped into municipalities and periods, each group scored as one assessment. */
final class Cohort {

    private Cohort() {
    }

    /** All files must answer one questionnaire; otherwise a problem names a file of each. */
    static Questionnaire commonQuestionnaire(List<Batch.Entry> entries) throws InvalidInputException {
        Questionnaire first = entries.get(0).questionnaire();
        List<Batch.Entry> seen = firstPerQuestionnaire(entries);
        if (seen.size() == 1) {
            return first;
        }
        List<Problem> problems = new ArrayList<>();
        Batch.Entry reference = entries.get(0);
        for (Batch.Entry e : seen) {
            if (e != reference) {
                problems.add(new Problem(Location.of(e.file().toString()), "cli.compare.mixed",
                        List.of(e.questionnaire().toString(), reference.file().toString(), first.toString())));
            }
        }
        throw new InvalidInputException(problems);
    }

    /** The questionnaires the entries answer, each once, in the order they first appear. */
    static List<Questionnaire> questionnaires(List<Batch.Entry> entries) {
        List<Questionnaire> distinct = new ArrayList<>();
        for (Batch.Entry e : firstPerQuestionnaire(entries)) {
            distinct.add(e.questionnaire());
        }
        return distinct;
    }

    /**
     * The first entry of each questionnaire, in file order. Questionnaires are compared by identity: each is loaded
     * once and shared by all its files, and a record's hashCode would walk every question of it for every file.
     */
    private static List<Batch.Entry> firstPerQuestionnaire(List<Batch.Entry> entries) {
        List<Batch.Entry> firsts = new ArrayList<>();
        for (Batch.Entry e : entries) {
            if (firsts.stream().noneMatch(f -> f.questionnaire() == e.questionnaire())) {
                firsts.add(e);
            }
        }
        return firsts;
    }

    /** Municipality id to period to its answer files, in file order within a group. */
    static Map<String, TreeMap<String, List<Batch.Entry>>> byMunicipality(List<Batch.Entry> entries) {
        Map<String, TreeMap<String, List<Batch.Entry>>> groups = new TreeMap<>();
        for (Batch.Entry e : entries) {
            groups.computeIfAbsent(e.municipality().id(), k -> new TreeMap<>())
                    .computeIfAbsent(e.period(), k -> new ArrayList<>()).add(e);
        }
        return groups;
    }

    /** Scores the answer files of one municipality and period as respondents of one assessment. */
    static Result score(Questionnaire q, List<Batch.Entry> group, Combine combine) {
        return score(q, group, combine, null);
    }

    /** As {@link #score(Questionnaire, List, Combine)}, counting only the questions in {@code keep} (null: all). */
    static Result score(Questionnaire q, List<Batch.Entry> group, Combine combine, java.util.Set<String> keep) {
        List<Responses> responses = new ArrayList<>();
        List<Respondent> people = new ArrayList<>();
        for (Batch.Entry e : group) {
            responses.add(keep == null ? e.responses() : e.responses().restrictTo(q, keep));
            if (e.respondent() != null) {
                people.add(e.respondent());
            }
        }
        Batch.Entry first = group.get(0);
        return Scorer.score(q, first.municipality(), first.period(), people, responses, combine);
    }
}
