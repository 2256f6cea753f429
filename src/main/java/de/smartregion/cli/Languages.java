package de.smartregion.cli;

import de.smartregion.text.Language;
import java.util.Map;

/** Which language messages on the terminal use: --lang where given, else the user's locale variables. */
final class Languages {

    private Languages() {
    }

    static String forMessages(String option, Map<String, String> env) {
        if (option != null && Language.of(option) != null) {
            return option;
        }
        for (String name : new String[] {"LC_ALL", "LC_MESSAGES", "LANG"}) {
            String value = env.get(name);
            if (value != null && !value.isBlank()) {
                return Language.ofLocaleName(value).code();
            }
        }
        return Language.FALLBACK.code();
    }
}
