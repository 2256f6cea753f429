package de.smartregion.load;

import java.util.Locale;
import java.util.Set;

/**
 * The language a survey tool says a respondent answered in (LimeSurvey's {@code startlanguage}), as an answer
 * file's {@code language:} takes it. LimeSurvey's codes are tags with its own additions ({@code de-informal},
 * {@code de-easy}, {@code es-AR-informal}), which are well formed but name no language a screen reader knows: a tag
 * of a language, a script and a region is kept, any other is cut to its language. The column is a survey tool's
 * metadata, so whatever it holds never fails an import: a cell that names no language gives none.
 */
final class SurveyLanguage {

    private static final Set<String> REGIONS = Set.of(Locale.getISOCountries());
    /**
     * Han's simplified and traditional forms (ISO 15924), which LimeSurvey's Chinese codes name and Unicode's script
     * property, the list of scripts known here, does not tell apart.
     */
    private static final Set<String> HAN_FORMS = Set.of("hans", "hant");

    private SurveyLanguage() {
    }

    /** The tag for a cell's text; null for an empty cell or one that names no language. */
    static String tag(String cell) {
        String text = cell.strip();
        String tag = text.isEmpty() ? null : AssessmentLoader.languageTag(text);
        if (tag != null && standard(tag.split("-"))) {
            return tag;
        }
        int dash = text.indexOf('-');
        String primary = dash < 0 ? text : text.substring(0, dash);
        // a two- or three-letter language the loader accepts as it is; anything else is no language
        return primary.length() >= 2 && primary.length() <= 3 ? AssessmentLoader.languageTag(primary) : null;
    }

    /** Whether subtags are a language, then at most a script and a region, each one that exists. */
    private static boolean standard(String[] subtags) {
        int i = 1;
        if (i < subtags.length && subtags[i].length() == 4 && script(subtags[i])) {
            i++;
        }
        if (i < subtags.length && region(subtags[i])) {
            i++;
        }
        return i == subtags.length;
    }

    private static boolean script(String subtag) {
        if (HAN_FORMS.contains(subtag.toLowerCase(Locale.ROOT))) {
            return true;
        }
        try {
            Character.UnicodeScript.forName(subtag);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static boolean region(String subtag) {
        return REGIONS.contains(subtag.toUpperCase(Locale.ROOT)) || subtag.matches("\\d{3}");
    }
}
