package de.smartregion.load;

import de.smartregion.model.Option;
import de.smartregion.model.Questionnaire;
import de.smartregion.model.Text;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Option labels as people and survey tools write them (in any of the questionnaire's languages), matched to the ids
 * an answer file holds: by id, then by label, ignoring case and runs of spaces.
 */
final class Labels {

    /** A cell of more pieces than this many per option cannot name the question's options; it is left as text. */
    private static final int PIECES_PER_OPTION = 4;

    private Labels() {
    }

    /** The id of the option {@code text} names by id or label; null when it names none. */
    static String option(List<Option> options, String text) {
        return byName(options).get(key(text));
    }

    /**
     * Several options in one cell, as survey tools join their labels ({@code A;B;}, {@code A, B}): split where the
     * parts name options, so that a label holding the separator stays whole. Null when the cell cannot be read so.
     */
    static List<String> options(List<Option> options, String cell) {
        String text = cell.strip();
        if (text.isEmpty()) {
            return List.of();
        }
        Map<String, String> names = byName(options);
        String one = names.get(key(text));
        if (one != null) {
            return List.of(one);
        }
        for (String separator : List.of(";", ",")) {
            if (text.contains(separator)) {
                List<String> ids = joined(names, options, text.split(Pattern.quote(separator), -1), separator);
                if (ids != null) {
                    return ids;
                }
            }
        }
        return null;
    }

    /**
     * The pieces read as options, each option one piece or several joined by the separator (its label holds it);
     * blank pieces, as a trailing separator leaves, are skipped. Found by a table over the piece boundaries, the
     * longest label first, so that the time grows with the cell's length, not faster.
     */
    private static List<String> joined(Map<String, String> names, List<Option> options, String[] pieces,
                                       String separator) {
        int n = pieces.length;
        if (n > PIECES_PER_OPTION * options.size() + 1) {
            return null;
        }
        int span = 1;
        for (String name : names.keySet()) {
            span = Math.max(span, name.split(Pattern.quote(separator), -1).length);
        }
        boolean[] readable = new boolean[n + 1];
        int[] next = new int[n + 1];
        String[] id = new String[n + 1];
        readable[n] = true;
        for (int i = n - 1; i >= 0; i--) {
            if (pieces[i].isBlank()) {
                readable[i] = readable[i + 1];
                next[i] = i + 1;
                continue;
            }
            StringBuilder label = new StringBuilder();
            String[] found = new String[Math.min(span, n - i) + 1];
            for (int k = 1; k <= Math.min(span, n - i); k++) {
                label.append(k > 1 ? separator : "").append(pieces[i + k - 1]);
                found[k] = names.get(key(label.toString()));
            }
            for (int k = found.length - 1; k >= 1 && !readable[i]; k--) {
                if (found[k] != null && readable[i + k]) {
                    readable[i] = true;
                    next[i] = i + k;
                    id[i] = found[k];
                }
            }
        }
        if (!readable[0]) {
            return null;
        }
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < n; i = next[i]) {
            if (id[i] != null) {
                ids.add(id[i]);
            }
        }
        return ids;
    }

    /** Every option's id and labels in every language, as compared, with the option they name. */
    private static Map<String, String> byName(List<Option> options) {
        Map<String, String> names = new HashMap<>();
        for (Option o : options) {
            for (String label : o.label().byLanguage().values()) {
                names.putIfAbsent(key(label), o.id());
            }
        }
        // an id is matched exactly, and before any label
        for (Option o : options) {
            names.put(o.id(), o.id());
        }
        return names;
    }

    private static String key(String text) {
        return Questionnaire.normalName(text);
    }

    /** Whether a text names {@code wanted} (already normalised) in one of its languages. */
    static boolean names(Text text, String wanted) {
        for (String s : text.byLanguage().values()) {
            if (Questionnaire.normalName(s).equals(wanted)) {
                return true;
            }
        }
        return false;
    }

    /** A header or question text as compared: lower case, letters and digits only, single spaces. */
    static String normalHeader(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }
}
