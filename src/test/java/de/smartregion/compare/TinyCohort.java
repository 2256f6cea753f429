package de.smartregion.compare;

import de.smartregion.input.InvalidInputException;
import de.smartregion.load.AssessmentLoader;
import de.smartregion.load.LoadedAssessment;
import de.smartregion.load.QuestionnaireRegistry;
import de.smartregion.load.QuestionnaireSource;
import de.smartregion.model.Assessment;
import de.smartregion.model.Questionnaire;
import de.smartregion.score.Responses;
import de.smartregion.testing.Fixtures;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/**
 * Answer files for cohort tests, on a questionnaire small enough to score by hand: version 1 has one field with the
 * scale questions s1 and s2 (levels 0..4, so a level of 3 scores 75), both counting for the thesis "t" (threshold
 * 50); version 2 adds s3. Without s2, a file scores as s1 alone.
 */
final class TinyCohort {

    static final Questionnaire V1 = Fixtures.questionnaire(questionnaire("1", ""));
    static final Questionnaire V2 = Fixtures.questionnaire(questionnaire("2",
            "      - {id: s3, type: scale, text: S3, theses: [t]}\n"));

    private TinyCohort() {
    }

    private static String questionnaire(String version, String more) {
        return "kind: questionnaire\n"
                + "id: tiny\n"
                + "version: \"" + version + "\"\n"
                + "title: {en: Tiny}\n"
                + "languages: [en]\n"
                + "stages: [{from: 0, id: starter, label: Starter}, {from: 50, id: shaper, label: Shaper}]\n"
                + "theses: [{id: t, title: {en: Thesis T}, threshold: 50}]\n"
                + "scoring: {overall: weighted-mean, missing: exclude, rounding: 1}\n"
                + "fields:\n"
                + "  - id: f\n"
                + "    title: {en: Field}\n"
                + "    questions:\n"
                + "      - {id: s1, type: scale, text: S1, theses: [t]}\n"
                + "      - {id: s2, type: scale, text: S2, theses: [t]}\n"
                + more;
    }

    /** A file {@code file} answering {@code q} for municipality {@code id} in {@code period}. */
    static Submission file(String file, Questionnaire q, String id, String period, String... answers) {
        return respondentFile(file, q, id, period, null, answers);
    }

    /** As {@link #file}, answered by a respondent in {@code role} (none when null). */
    static Submission respondentFile(String file, Questionnaire q, String id, String period, String role,
                                     String... answers) {
        StringBuilder y = new StringBuilder()
                .append("kind: assessment\n")
                .append("questionnaire: ").append(q).append('\n')
                .append("municipality: {id: \"").append(id).append("\", name: Town ").append(id).append("}\n")
                .append("period: \"").append(period).append("\"\n")
                .append(role == null ? "" : "respondent: {role: " + role + "}\n")
                .append("answers:").append(answers.length == 0 ? " {}\n" : "\n");
        for (String a : answers) {
            y.append("  ").append(a).append('\n');
        }
        try {
            LoadedAssessment loaded = AssessmentLoader.load(file, y.toString().getBytes(StandardCharsets.UTF_8),
                    QuestionnaireSource.given(List.of(V1, V2), new QuestionnaireRegistry()));
            Assessment a = loaded.assessment();
            return new Submission(Path.of(file), loaded.questionnaire(), a.municipality(), a.period(),
                    a.respondent(), Responses.of(loaded.questionnaire(), a));
        } catch (InvalidInputException e) {
            throw new AssertionError("invalid test answers: " + e.problems(), e);
        }
    }
}
