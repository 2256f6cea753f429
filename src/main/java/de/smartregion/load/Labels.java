package de.smartregion.load;

import de.smartregion.model.Level;
import de.smartregion.model.Option;
import de.smartregion.model.Questionnaire;
import de.smartregion.model.Text;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The answers a person writes (an option's label in any of the questionnaire's languages, a level as "3 – label")
 * matched to the ids an answer file holds: by id, then by label, ignoring case and runs of spaces.
 */
final class Labels {

    /** The dash the workbook writes between a level's number and its label; a hyphen is taken as well. */
    private static final String LEVEL_LABEL = "^\\s*(-?\\d+(?:[.,]\\d+)?)\\s*[–—-]\\s.*$";

    private Labels() {
    }

    /** The id of the option {@code text} names by id or label; null when it names none. */
    static String option(List<Option> options, String text) {
        for (Option o : options) {
            if (o.id().equals(text.strip())) {
                return o.id();
            }
        }
        String wanted = Questionnaire.normalName(text);
        for (Option o : options) {
            if (names(o.label(), wanted)) {
                return o.id();
            }
        }
        return null;
    }

    /**
     * Several options in one cell, as survey tools join their labels ({@code A;B;}, {@code A, B}): split where the
     * parts name options, so that a label holding a comma stays whole. Null when the cell cannot be read so.
     */
    static List<String> options(List<Option> options, String cell) {
        String text = cell.strip();
        if (text.isEmpty()) {
            return List.of();
        }
        String one = option(options, text);
        if (one != null) {
            return List.of(one);
        }
        if (text.indexOf(';') >= 0) {
            List<String> ids = new ArrayList<>();
            for (String part : text.split(";")) {
                if (!part.isBlank()) {
                    String id = option(options, part);
                    if (id == null) {
                        return null;
                    }
                    ids.add(id);
                }
            }
            return ids;
        }
        return commaJoined(options, text.split(","), 0);
    }

    /** The parts from {@code from} on as options, each made of one or more comma-separated pieces; null if none. */
    private static List<String> commaJoined(List<Option> options, String[] pieces, int from) {
        if (from == pieces.length) {
            return new ArrayList<>();
        }
        StringBuilder label = new StringBuilder();
        for (int to = from; to < pieces.length; to++) {
            label.append(to > from ? "," : "").append(pieces[to]);
            String id = option(options, label.toString());
            if (id != null) {
                List<String> rest = commaJoined(options, pieces, to + 1);
                if (rest != null) {
                    rest.add(0, id);
                    return rest;
                }
            }
        }
        return null;
    }

    /** The value of the level {@code text} names (its number, "3 – label", or its label); null for none. */
    static String level(List<Level> levels, String text) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile(LEVEL_LABEL).matcher(text);
        if (m.matches()) {
            return m.group(1).replace(',', '.');
        }
        String wanted = Questionnaire.normalName(text);
        for (Level level : levels) {
            if (names(level.label(), wanted)) {
                return de.smartregion.text.Numbers.plain(level.value());
            }
        }
        return null;
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

    private static final java.util.Set<String> TICKED = java.util.Set.of("x", "✓", "✔", "☑", "ja", "j", "yes", "y",
            "1", "true", "wahr");
    private static final java.util.Set<String> NOT_TICKED = java.util.Set.of("nein", "no", "n", "0", "false",
            "falsch");

    /** Whether a cell ticks an option: true, false, or null when it is no tick at all. */
    static Boolean tick(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        return TICKED.contains(t) ? Boolean.TRUE : NOT_TICKED.contains(t) ? Boolean.FALSE : null;
    }
}
