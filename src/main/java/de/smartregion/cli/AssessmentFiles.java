package de.smartregion.cli;

import de.smartregion.load.LoadedAssessment;
import de.smartregion.model.Questionnaire;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The files of one assessment: the respondents of one municipality in one period, answering one questionnaire.
 *
 * @param files the files, each beside the assessment loaded from it
 * @param loaded the loaded files, never empty
 */
record AssessmentFiles(List<Path> files, List<LoadedAssessment> loaded) {

    AssessmentFiles {
        files = List.copyOf(files);
        loaded = List.copyOf(loaded);
        if (loaded.isEmpty() || files.size() != loaded.size()) {
            throw new IllegalArgumentException("an assessment needs one file per respondent");
        }
    }

    /** The questionnaire every respondent answers. */
    Questionnaire questionnaire() {
        return loaded.get(0).questionnaire();
    }

    /**
     * The loaded files by assessment, in the order each assessment is first met (a directory's files come sorted,
     * so the order is the same on every machine).
     */
    static List<AssessmentFiles> group(List<Path> files, List<LoadedAssessment> loaded) {
        record Key(Questionnaire questionnaire, String municipality, String period) {
        }
        // loops, not streams or lambdas: every assess runs this, and each of those costs classes at start-up
        Map<Key, List<Integer>> byKey = new LinkedHashMap<>();
        for (int i = 0; i < loaded.size(); i++) {
            LoadedAssessment l = loaded.get(i);
            Key key = new Key(l.questionnaire(), l.assessment().municipality().id(), l.assessment().period());
            List<Integer> members = byKey.get(key);
            if (members == null) {
                members = new ArrayList<>();
                byKey.put(key, members);
            }
            members.add(i);
        }
        List<AssessmentFiles> groups = new ArrayList<>();
        for (List<Integer> members : byKey.values()) {
            List<Path> f = new ArrayList<>();
            List<LoadedAssessment> l = new ArrayList<>();
            for (int i : members) {
                f.add(files.get(i));
                l.add(loaded.get(i));
            }
            groups.add(new AssessmentFiles(f, l));
        }
        return groups;
    }
}
