package de.smartregion.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One answer file: one respondent's answers for one municipality and period.
 *
 * @param respondent null when the file does not say who answered
 * @param answers question id to answer; unanswered questions are absent
 */
public record Assessment(String source, QuestionnaireRef questionnaire, Municipality municipality, String period,
                         Respondent respondent, Map<String, Answer> answers) {
    public Assessment {
        Objects.requireNonNull(questionnaire, "questionnaire");
        Objects.requireNonNull(municipality, "municipality");
        Objects.requireNonNull(period, "period");
        answers = Collections.unmodifiableMap(new LinkedHashMap<>(answers));
    }
}
