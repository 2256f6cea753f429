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
 * @param language the language tag the file's own words (notes, evidence) are written in; null when the file does
 *     not say, which means the questionnaire's default language
 */
public record Assessment(String source, QuestionnaireRef questionnaire, Municipality municipality, String period,
                         Respondent respondent, Map<String, Answer> answers, String language) {
    public Assessment {
        Objects.requireNonNull(questionnaire, "questionnaire");
        Objects.requireNonNull(municipality, "municipality");
        Objects.requireNonNull(period, "period");
        answers = Collections.unmodifiableMap(new LinkedHashMap<>(answers));
    }
}
