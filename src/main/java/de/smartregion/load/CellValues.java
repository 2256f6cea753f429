package de.smartregion.load;

import de.smartregion.input.Location;
import de.smartregion.input.Node;
import de.smartregion.model.Level;
import de.smartregion.model.Questionnaire;
import de.smartregion.text.Language;
import de.smartregion.text.Messages;
import de.smartregion.text.Numbers;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a person types into a spreadsheet cell, read the same way by the workbook import and the survey import:
 * numbers with a decimal point or comma, yes and no, ticks, "does not apply", and levels. The words the workbook
 * offers in its drop-downs come from the message bundles of every language, so that a reworded or added language
 * is read back as it is written.
 */
final class CellValues {

    private static final Pattern INTEGER = Pattern.compile("-?\\d+");
    private static final Pattern DECIMAL = Pattern.compile("-?\\d*\\.\\d+");
    /** A level as the workbook's drop-down writes it, "3 – label"; a hyphen or dash between number and label. */
    private static final Pattern LEVEL_LABEL = Pattern.compile("(-?\\d+(?:[.,]\\d+)?)\\s*[–—-]\\s+(.+)");
    /** German spreadsheets' thousands separators in a number shown as formatted: 1.234 or 1.234.567. */
    private static final Pattern THOUSANDS = Pattern.compile("-?\\d{1,3}(\\.\\d{3})+");
    private static final Pattern DIGIT_GROUPS = Pattern.compile("-?\\d{1,3}([.,]\\d{3})+");

    private static final Set<String> YES = words("workbook.yes", "yes", "ja", "true", "wahr", "y", "j");
    private static final Set<String> NO = words("workbook.no", "no", "nein", "false", "falsch", "n");
    private static final Set<String> NOT_APPLICABLE = words("workbook.na", AnswerReader.NOT_APPLICABLE);
    private static final Set<String> TICKED = union(YES, "x", "✓", "✔", "☑", "1");
    private static final Set<String> NOT_TICKED = union(NO, "0");

    private CellValues() {
    }

    /**
     * A number as typed; with {@code commaIsDecimal}, {@code 6,5} is 6.5 (in a comma-separated file a comma would
     * be a separator, except in a quoted cell of a number column). Null for no number.
     */
    static Node number(Location at, String text, boolean commaIsDecimal) {
        String n = commaIsDecimal ? text.strip().replace(',', '.') : text.strip();
        if (INTEGER.matcher(n).matches()) {
            return new Node.ScalarNode(at, n, Node.Kind.INTEGER);
        }
        if (DECIMAL.matcher(n).matches()) {
            return new Node.ScalarNode(at, n, Node.Kind.DECIMAL);
        }
        return null;
    }

    /** Whether a number was typed with thousands separators (1.234), which reads as a decimal point otherwise. */
    static boolean hasThousandsSeparators(String text) {
        return THOUSANDS.matcher(text.strip()).matches();
    }

    /** Whether a number was typed in groups of three digits, with points or commas between (1.000, 1,000). */
    static boolean hasDigitGroups(String text) {
        return DIGIT_GROUPS.matcher(text.strip()).matches();
    }

    /** Yes, no, or null when the text is neither, in German or English or as the workbook offers them. */
    static Boolean truth(String text) {
        String t = normal(text);
        return YES.contains(t) ? Boolean.TRUE : NO.contains(t) ? Boolean.FALSE : null;
    }

    /** Whether a cell ticks an option: true, false, or null when it is no tick at all. */
    static Boolean tick(String text) {
        String t = normal(text);
        return TICKED.contains(t) ? Boolean.TRUE : NOT_TICKED.contains(t) ? Boolean.FALSE : null;
    }

    /** "does not apply" as the workbook offers it in any language, or n/a as an answer file writes it. */
    static boolean notApplicable(String text) {
        return NOT_APPLICABLE.contains(normal(text));
    }

    /**
     * The value of the level a text names: its label in any language, its number, or "number – label" where the
     * label is that level's; null for none. A label that starts like a number ("2 - 5 Stellen") is its level's.
     */
    static String level(List<Level> levels, String text) {
        String wanted = Questionnaire.normalName(text);
        for (Level level : levels) {
            if (Labels.names(level.label(), wanted)) {
                return Numbers.plain(level.value());
            }
        }
        Node number = number(null, text, true);
        if (number != null) {
            return ((Node.ScalarNode) number).text();
        }
        Matcher m = LEVEL_LABEL.matcher(text.strip());
        if (m.matches()) {
            double value = Double.parseDouble(m.group(1).replace(',', '.'));
            String rest = Questionnaire.normalName(m.group(2));
            for (Level level : levels) {
                if (level.value() == value && Labels.names(level.label(), rest)) {
                    return Numbers.plain(level.value());
                }
            }
        }
        return null;
    }

    private static String normal(String text) {
        return Questionnaire.normalName(text);
    }

    /** The words, and what the bundles say under {@code key} in every language, as compared. */
    private static Set<String> words(String key, String... words) {
        Set<String> all = new HashSet<>();
        for (String w : words) {
            all.add(w.toLowerCase(Locale.ROOT));
        }
        for (Language language : Language.values()) {
            all.add(normal(Messages.of(language).get(key)));
        }
        return Set.copyOf(all);
    }

    private static Set<String> union(Set<String> base, String... more) {
        Set<String> all = new HashSet<>(base);
        all.addAll(List.of(more));
        return Set.copyOf(all);
    }
}
