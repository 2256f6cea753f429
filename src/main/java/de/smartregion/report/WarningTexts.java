package de.smartregion.report;

import de.smartregion.model.Field;
import de.smartregion.model.Questionnaire;
import de.smartregion.model.Warning;
import de.smartregion.text.Messages;
import de.smartregion.text.NumberFormats;

/** A warning's message in the report's language, with field ids turned into field titles. */
public final class WarningTexts {

    private WarningTexts() {
    }

    public static String text(Warning w, Messages messages, Questionnaire q) {
        NumberFormats numbers = new NumberFormats(messages.language());
        Object[] args = w.args().toArray();
        for (int i = 0; i < args.length; i++) {
            if (args[i] instanceof Double d) {
                args[i] = numbers.percent(d, messages.get("format.percent"));
            } else if (args[i] instanceof String s) {
                args[i] = fieldTitle(s, q, messages.language());
            }
        }
        return messages.get("warning." + w.code(), args);
    }

    private static String fieldTitle(String id, Questionnaire q, String language) {
        for (Field f : q.fields()) {
            if (f.id().equals(id)) {
                return f.title().in(language, q.defaultLanguage());
            }
        }
        return id;
    }
}
