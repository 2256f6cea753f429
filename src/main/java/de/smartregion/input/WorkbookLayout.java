package de.smartregion.input;

import de.smartregion.model.Option;
import de.smartregion.model.Question;
import de.smartregion.model.Row;
import java.util.ArrayList;
import java.util.List;

/**
 * Where the workbook that {@code smartregion workbook} writes keeps what, shared by its writer and its import.
 *
 * <p>Every row that holds an answer carries a key in the hidden, protected first column: the question id, with
 * {@code .row} for a matrix row and {@code =option} for the tick of one option (multiple choice, or a matrix row that
 * takes several); the municipality sheet's rows carry keys with a colon, which no question id has. Labels, texts and
 * sheet names may then be edited or translated without the import losing its way. A hidden sheet names the
 * questionnaire and the workbook's language.
 */
public final class WorkbookLayout {

    /** The hidden sheet that marks a workbook as smartregion's and names its questionnaire. */
    public static final String MARKER_SHEET = "smartregion";
    /** The hidden sheet holding the drop-down lists. */
    public static final String LISTS_SHEET = "lists";
    /** Marker cells: A1 holds this, B1 the questionnaire (id@version), B2 the language. */
    public static final String FORMAT = "smartregion-workbook/1";

    /** Columns of a field's sheet, 1-based as spreadsheets count. */
    public static final int KEY = 1;
    public static final int TEXT = 2;
    public static final int HELP = 3;
    public static final int ANSWER = 4;
    public static final int TARGET = 5;
    public static final int NOTE = 6;
    public static final int EVIDENCE = 7;

    /** Columns of the municipality sheet: the key, what is asked, the value, a hint. */
    public static final int LABEL = 2;
    public static final int VALUE = 3;
    public static final int HINT = 4;

    public static final String MUNICIPALITY_ID = "municipality:id";
    public static final String MUNICIPALITY_NAME = "municipality:name";
    public static final String MUNICIPALITY_TYPE = "municipality:type";
    public static final String MUNICIPALITY_STATE = "municipality:state";
    public static final String MUNICIPALITY_POPULATION = "municipality:population";
    public static final String PERIOD = "period:";
    public static final String RESPONDENT_ROLE = "respondent:role";
    public static final String RESPONDENT_NAME = "respondent:name";

    /** What a tick cell holds when ticked, as the drop-down offers it; the import takes x, ✓, yes and ja as well. */
    public static final String TICK = "x";

    /**
     * A row's key: a question, a matrix row of it (or null), an option ticked in it (or null).
     */
    public record Key(String question, String row, String option) {

        /** The key of a row as the writer writes it. */
        public String text() {
            return question + (row == null ? "" : "." + row) + (option == null ? "" : "=" + option);
        }

        /** The key written in a cell; null when it is no question's key (such as a municipality key). */
        public static Key parse(String text) {
            if (text == null || text.isBlank() || text.indexOf(':') >= 0) {
                return null;
            }
            String s = text.strip();
            int eq = s.indexOf('=');
            String option = eq < 0 ? null : s.substring(eq + 1);
            String head = eq < 0 ? s : s.substring(0, eq);
            int dot = head.indexOf('.');
            return new Key(dot < 0 ? head : head.substring(0, dot), dot < 0 ? null : head.substring(dot + 1), option);
        }
    }

    /**
     * The keyed rows of a question, in the order the workbook has them: the question's own row, then one per option
     * of a multiple choice, one per matrix row, and for a matrix row that takes several options one per option.
     */
    public static List<Key> keys(Question question) {
        List<Key> keys = new ArrayList<>();
        keys.add(new Key(question.id(), null, null));
        if (question instanceof Question.Multi m) {
            for (Option o : m.options()) {
                keys.add(new Key(question.id(), null, o.id()));
            }
        } else if (question instanceof Question.Matrix x) {
            for (Row r : x.rows()) {
                if (x.many()) {
                    for (Option o : x.options()) {
                        keys.add(new Key(question.id(), r.id(), o.id()));
                    }
                } else {
                    keys.add(new Key(question.id(), r.id(), null));
                }
            }
        }
        return keys;
    }

    private WorkbookLayout() {
    }
}
