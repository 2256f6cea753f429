package de.smartregion.report;

import de.smartregion.text.Messages;

/**
 * A municipality's type, state, peer group and stage as a report names them: answer files write them in German
 * ("Stadt", "Bayern"), and an English report says "Town", "Bavaria". A value the bundle does not know stays as
 * written.
 */
final class PlaceNames {

    private PlaceNames() {
    }

    static String type(Messages messages, String type) {
        return named(messages, "place.type.", type);
    }

    static String state(Messages messages, String state) {
        return named(messages, "place.state.", state);
    }

    /** A peer group by its key ({@code GroupBy#groupOf}): a size class, a type in the plural, or a state. */
    static String group(Messages messages, String group) {
        String key = "compare.group." + group;
        return messages.has(key) ? messages.get(key) : state(messages, group);
    }

    /** A stage by its id, in the report's language; a dash for none. */
    static String stage(Messages messages, de.smartregion.model.Questionnaire q, String id) {
        if (id == null) {
            return messages.get("report.none");
        }
        for (de.smartregion.model.Stage s : q.stages()) {
            if (s.id().equals(id)) {
                return s.label().in(messages.language(), q.defaultLanguage());
            }
        }
        return id;
    }

    private static String named(Messages messages, String prefix, String value) {
        return value == null || !messages.has(prefix + value) ? value : messages.get(prefix + value);
    }
}
