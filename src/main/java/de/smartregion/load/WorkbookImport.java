package de.smartregion.load;

import de.smartregion.input.InvalidInputException;
import de.smartregion.input.Location;
import de.smartregion.input.Node;
import de.smartregion.input.Problems;
import de.smartregion.input.Suggest;
import de.smartregion.input.WorkbookLayout;
import de.smartregion.input.Xlsx.XlsxCell;
import de.smartregion.input.Xlsx.XlsxSheet;
import de.smartregion.load.WorkbookRows.KeyedRow;
import de.smartregion.load.WorkbookRows.Placed;
import de.smartregion.model.Question;
import de.smartregion.model.Questionnaire;
import de.smartregion.model.QuestionnaireRef;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads a workbook written by {@code smartregion workbook} and filled in: rows are found by the keys of their hidden
 * column (see {@link WorkbookLayout}), cells become the nodes an answer file would hold, located at their cells
 * ({@code file.xlsx:Sheet!D12}), and the whole is loaded exactly as an answer file is, so that every rule of answer
 * files holds and every problem names the cell to correct.
 */
public final class WorkbookImport {

    /** What the command line gives in place of the municipality sheet's entries; null where not given. */
    public record Given(String municipality, String name, String period, String role) {
    }

    private final String file;
    private final Problems problems = new Problems();
    private WorkbookRows rows;

    private WorkbookImport(String file) {
        this.file = file;
    }

    /** Whether the sheets are a workbook of smartregion's (its hidden marker sheet), not a survey tool's export. */
    public static boolean isWorkbook(List<XlsxSheet> sheets) {
        return marker(sheets) != null;
    }

    private static XlsxSheet marker(List<XlsxSheet> sheets) {
        for (XlsxSheet s : sheets) {
            if (s.name().equals(WorkbookLayout.MARKER_SHEET) && WorkbookLayout.FORMAT.equals(markerText(s, 1, 1))) {
                return s;
            }
        }
        return null;
    }

    /** The filled-in answers, checked as an answer file is; every problem located at its cell. */
    public static LoadedAssessment read(String file, List<XlsxSheet> sheets, QuestionnaireSource source, Given given)
            throws InvalidInputException {
        return new WorkbookImport(file).load(sheets, source, given);
    }

    private LoadedAssessment load(List<XlsxSheet> sheets, QuestionnaireSource source, Given given)
            throws InvalidInputException {
        XlsxSheet marker = marker(sheets);
        Location markerAt = Location.cell(file, WorkbookLayout.MARKER_SHEET, 1, 2);
        String ref = markerText(marker, 1, 2);
        String language = markerText(marker, 2, 2);
        if (ref == null || ref.isBlank()) {
            problems.add(markerAt, "workbook.no-questionnaire");
            problems.throwIfAny();
        }
        // with -q as well: the workbook must be of the questionnaire given, in its version
        Questionnaire q = source.resolve(QuestionnaireRef.parse(ref.strip()), markerAt, problems);
        problems.throwIfAny();
        rows = new WorkbookRows(file, sheets, problems);
        List<Node.Entry> top = new ArrayList<>();
        top.add(entry(markerAt, "kind", text(markerAt, "assessment")));
        top.add(entry(markerAt, "questionnaire", text(markerAt, q.id() + "@" + q.version())));
        top.add(municipality(given));
        Node period = required(WorkbookLayout.PERIOD, given.period(), "period");
        top.add(entry(period.at(), "period", period));
        List<Node.Entry> respondent = new ArrayList<>();
        // as --municipality and --period: the command line's role in place of the sheet's
        Node role = given.role() != null ? text(Location.of(file), given.role())
                : value(WorkbookLayout.RESPONDENT_ROLE);
        if (role != null) {
            respondent.add(entry(role.at(), "role", role));
        }
        optional(respondent, "name", WorkbookLayout.RESPONDENT_NAME);
        if (!respondent.isEmpty()) {
            Location at = respondent.get(0).key().at();
            top.add(entry(at, "respondent", new Node.MapNode(at, respondent)));
        }
        if (language != null && !language.isBlank()) {
            // the workbook's language is the one its notes and evidence were written in; checked and written in its
            // usual case by the loader, as an answer file's is
            Location languageAt = Location.cell(file, WorkbookLayout.MARKER_SHEET, 2, 2);
            top.add(entry(languageAt, "language", text(languageAt, language.strip())));
        }
        Location answersAt = Location.cell(file, sheets.get(0).name(), 1, 1);
        WorkbookCells cells = new WorkbookCells(rows, problems, language == null ? q.defaultLanguage()
                : language.strip(), q.defaultLanguage());
        top.add(entry(answersAt, "answers", new Node.MapNode(answersAt, answers(q, cells))));
        LoadedAssessment loaded = AssessmentLoader.load(file, new Node.MapNode(markerAt, top), source, problems);
        problems.throwIfAny();
        return loaded;
    }

    private Node.Entry municipality(Given given) {
        Location municipalityAt = valueAt(WorkbookLayout.MUNICIPALITY_ID);
        List<Node.Entry> municipality = new ArrayList<>();
        Node id = required(WorkbookLayout.MUNICIPALITY_ID, given.municipality(), "municipality");
        municipality.add(entry(id.at(), "id", id));
        Node name = given.name() != null ? text(Location.of(file), given.name())
                : value(WorkbookLayout.MUNICIPALITY_NAME);
        // as for a survey: without a name, the municipality is named by its id
        name = name != null ? name : id;
        municipality.add(entry(name.at(), "name", name));
        optional(municipality, "type", WorkbookLayout.MUNICIPALITY_TYPE);
        optional(municipality, "state", WorkbookLayout.MUNICIPALITY_STATE);
        Placed population = cell(WorkbookLayout.MUNICIPALITY_POPULATION);
        if (population != null) {
            String typed = population.cell().number() != null ? population.text() : population.text();
            Node n = CellValues.number(population.at(), typed, false);
            municipality.add(entry(population.at(), "population", n != null ? n : text(population.at(), typed)));
        }
        return entry(municipalityAt, "municipality", new Node.MapNode(municipalityAt, municipality));
    }

    /** The value cell of a municipality-sheet row, or null when empty or missing. */
    private Placed cell(String key) {
        KeyedRow row = rows.get(key);
        return row == null ? null : row.cell(WorkbookLayout.VALUE);
    }

    private Location valueAt(String key) {
        KeyedRow row = rows.get(key);
        return row == null ? Location.of(file) : row.at(WorkbookLayout.VALUE);
    }

    private Node value(String key) {
        Placed p = cell(key);
        return p == null ? null : text(p.at(), p.text());
    }

    /**
     * The command line's value, else the sheet's; neither is a problem at the cell to fill in, and so is a key or
     * period typed as a number, whose leading zero the spreadsheet may have dropped.
     */
    private Node required(String key, String given, String option) {
        if (given != null) {
            return text(Location.of(file), given);
        }
        Placed p = cell(key);
        if (p == null) {
            problems.add(valueAt(key), "workbook.required." + option);
        } else if (p.cell().number() != null && "municipality".equals(option)) {
            problems.add(p.at(), "workbook.key-as-number", p.text());
        }
        // a stand-in after a problem lets the answers be checked too, so that all problems show at once
        return p != null ? text(p.at(), p.text()) : text(valueAt(key), "municipality".equals(option) ? "-" : "2000");
    }

    private void optional(List<Node.Entry> into, String name, String key) {
        Node value = value(key);
        if (value != null) {
            into.add(entry(value.at(), name, value));
        }
    }

    /** The answers of every question with something filled in, in questionnaire order. */
    private List<Node.Entry> answers(Questionnaire q, WorkbookCells cells) {
        checkKeys(q);
        List<Node.Entry> answers = new ArrayList<>();
        for (Question question : q.questions()) {
            KeyedRow row = rows.get(question.id());
            int before = problems.size();
            Node value = cells.value(question, row, WorkbookLayout.ANSWER, true);
            Node target = cells.value(question, row, WorkbookLayout.TARGET, false);
            Placed note = row == null ? null : row.cell(WorkbookLayout.NOTE);
            Placed evidence = row == null ? null : row.cell(WorkbookLayout.EVIDENCE);
            if (problems.size() > before) {
                continue; // reported at its cell; a second message about the same answer would only confuse
            }
            if (value == null && target == null && note == null && evidence == null) {
                continue;
            }
            Location at = row != null ? row.at(WorkbookLayout.ANSWER) : value != null ? value.at() : target.at();
            Location keyAt = row != null ? row.at() : at;
            if (target == null && note == null && evidence == null) {
                answers.add(entry(keyAt, question.id(), value));
                continue;
            }
            if (value == null) {
                problems.add(at, "workbook.value-missing");
                continue;
            }
            List<Node.Entry> longForm = new ArrayList<>();
            longForm.add(entry(at, "value", value));
            if (target != null) {
                longForm.add(entry(target.at(), "target", target));
            }
            if (note != null) {
                longForm.add(entry(note.at(), "note", text(note.at(), note.cell().text().strip())));
            }
            if (evidence != null) {
                longForm.add(entry(evidence.at(), "evidence", text(evidence.at(), evidence.cell().text().strip())));
            }
            answers.add(entry(keyAt, question.id(), new Node.MapNode(at, longForm)));
        }
        return answers;
    }

    /**
     * Every question key in the workbook is one the questionnaire's workbook has: a key from another questionnaire
     * or version (a renamed option, say) would otherwise be read past, and its answer lost without a word.
     */
    private void checkKeys(Questionnaire q) {
        Set<String> valid = new HashSet<>();
        for (Question question : q.questions()) {
            WorkbookLayout.keys(question).forEach(k -> valid.add(k.text()));
        }
        for (String key : rows.keys()) {
            WorkbookLayout.Key k = WorkbookLayout.Key.parse(key);
            if (k != null && !valid.contains(key)) {
                String nearest = Suggest.nearest(key, valid);
                Location at = rows.get(key).at();
                if (nearest == null) {
                    problems.add(at, "workbook.key-unknown", key);
                } else {
                    problems.add(at, "workbook.key-unknown.suggest", key, nearest);
                }
            }
        }
    }

    private static Node.ScalarNode text(Location at, String text) {
        return WorkbookCells.text(at, text);
    }

    private static Node.Entry entry(Location at, String key, Node value) {
        return new Node.Entry(new Node.ScalarNode(at, key, Node.Kind.STRING), value);
    }

    private static String markerText(XlsxSheet sheet, int row, int column) {
        for (List<XlsxCell> cells : sheet.rows()) {
            for (XlsxCell c : cells) {
                if (c.row() == row && c.column() == column) {
                    return c.text();
                }
            }
        }
        return null;
    }
}
