package de.smartregion.report;

import de.smartregion.model.Field;
import de.smartregion.model.Questionnaire;
import de.smartregion.model.Warning;
import de.smartregion.text.Messages;
import de.smartregion.text.NumberFormats;

/**
 * A warning's message in the report's language: shares as percentages, fields by their titles. One method per kind,
 * so that a new kind of warning does not compile until it has a text.
 */
public final class WarningTexts {

    private WarningTexts() {
    }

    public static String text(Warning w, Messages messages, Questionnaire q) {
        NumberFormats numbers = new NumberFormats(messages.language());
        String percent = messages.get("format.percent");
        String key = "warning." + w.code();
        return w.accept(new Warning.Cases<>() {
            @Override
            public String lowCoverage(Warning.LowCoverage low) {
                return messages.get(key, numbers.percent(low.coverage(), percent),
                        numbers.percent(low.threshold(), percent));
            }

            @Override
            public String fieldLowCoverage(Warning.FieldLowCoverage low) {
                return messages.get(key, title(low.field()), numbers.percent(low.coverage(), percent));
            }

            @Override
            public String fieldUnanswered(Warning.FieldUnanswered unanswered) {
                return messages.get(key, title(unanswered.field()));
            }

            @Override
            public String missingAsZero(Warning.MissingAsZero zero) {
                // ungrouped, as the count has always been written
                return messages.get(key, Integer.toString(zero.questions()));
            }

            @Override
            public String accountableNotHeard(Warning.AccountableNotHeard w) {
                return messages.get(key, w.role().label().in(messages.language(), q.defaultLanguage()));
            }

            @Override
            public String withoutRole(Warning.WithoutRole w) {
                return messages.get(w.respondents() == 1 ? key + ".one" : key, numbers.grouped(w.respondents()));
            }

            private String title(Field f) {
                return f.title().in(messages.language(), q.defaultLanguage());
            }
        });
    }
}
