package de.smartregion.load;

import de.smartregion.input.InvalidInputException;
import de.smartregion.input.Location;
import de.smartregion.input.Node;
import de.smartregion.input.Problems;
import de.smartregion.input.WorkbookLayout;
import de.smartregion.input.Xlsx.XlsxCell;
import de.smartregion.input.Xlsx.XlsxSheet;
import de.smartregion.input.YamlReader;
import de.smartregion.model.Option;
import de.smartregion.model.Question;
import de.smartregion.model.Questionnaire;
import de.smartregion.model.QuestionnaireRef;
import de.smartregion.model.Row;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads a workbook written by {@code smartregion workbook} and filled in: rows are found by the keys of their hidden
 * column (see {@link WorkbookLayout}), cells become the nodes an answer file would hold, located at their cells
 * ({@code file.xlsx:Sheet!D12}), and the whole is loaded exactly as an answer file is, so that every rule of answer
 * files holds and every problem names the cell to correct.
 */
public final class WorkbookImport {

    /** What the command line gives in place of the municipality sheet's entries; null where not given. */
    public record Given(String municipality, String name, String period, String role) {
        public static final Given NONE = new Given(null, null, null, null);
    }


    /** A cell with the place it stands. */
    private record Placed(XlsxCell cell, Location at) {
        String text() {
            return cell.text().strip();
        }
    }

    /** A keyed row: where its key stands, and its cells by column. */
    private record KeyedRow(Location at, Map<Integer, Placed> cells) {
        Placed cell(int column) {
            Placed p = cells.get(column);
            return p == null || p.text().isEmpty() && p.cell().number() == null && p.cell().truth() == null ? null
                    : p;
        }

        Location at(int column) {
            return new Location(at.file(), at.line(), column, at.sheet());
        }
    }

    private final String file;
    private final Problems problems;
    /** The language of the workbook's labels, for the lists a message offers. */
    private String language;
    private Questionnaire questionnaire;
    private final Map<String, KeyedRow> rows = new LinkedHashMap<>();

    private WorkbookImport(String file, Problems problems) {
        this.file = file;
        this.problems = problems;
    }

    /** Whether the sheets are a workbook of smartregion's (its hidden marker sheet), not a survey tool's export. */
    public static boolean isWorkbook(List<XlsxSheet> sheets) {
        return marker(sheets) != null;
    }

    private static XlsxSheet marker(List<XlsxSheet> sheets) {
        for (XlsxSheet s : sheets) {
            if (s.name().equals(WorkbookLayout.MARKER_SHEET) && !s.rows().isEmpty()
                    && WorkbookLayout.FORMAT.equals(s.rows().get(0).get(0).text())) {
                return s;
            }
        }
        return null;
    }

    /** The filled-in answers, checked as an answer file is; every problem located at its cell. */
    public static LoadedAssessment read(String file, List<XlsxSheet> sheets, QuestionnaireSource source, Given given)
            throws InvalidInputException {
        Problems problems = new Problems();
        return new WorkbookImport(file, problems).load(sheets, source, given);
    }

    private LoadedAssessment load(List<XlsxSheet> sheets, QuestionnaireSource source, Given given)
            throws InvalidInputException {
        XlsxSheet marker = marker(sheets);
        Location markerAt = Location.cell(file, WorkbookLayout.MARKER_SHEET, 1, 2);
        String ref = markerText(marker, 1, 2);
        language = markerText(marker, 2, 2);
        Questionnaire q = source.explicit() != null ? source.explicit()
                : source.resolve(QuestionnaireRef.parse(ref == null ? "" : ref), markerAt, problems);
        problems.throwIfAny();
        index(sheets);
        problems.throwIfAny();
        List<Node.Entry> top = new ArrayList<>();
        top.add(entry(markerAt, "kind", text(markerAt, "assessment")));
        top.add(entry(markerAt, "questionnaire", text(markerAt, q.id() + "@" + q.version())));
        Location municipalityAt = valueAt(WorkbookLayout.MUNICIPALITY_ID);
        List<Node.Entry> municipality = new ArrayList<>();
        Node id = required(WorkbookLayout.MUNICIPALITY_ID, given.municipality(), "municipality");
        if (id != null) {
            municipality.add(entry(id.at(), "id", id));
        }
        Node name = given.name() != null ? text(Location.of(file), given.name())
                : value(WorkbookLayout.MUNICIPALITY_NAME);
        // as for a survey: without a name, the municipality is named by its id
        name = name != null ? name : id;
        if (name != null) {
            municipality.add(entry(name.at(), "name", name));
        }
        optional(municipality, "type", WorkbookLayout.MUNICIPALITY_TYPE);
        optional(municipality, "state", WorkbookLayout.MUNICIPALITY_STATE);
        Placed population = cell(WorkbookLayout.MUNICIPALITY_POPULATION);
        if (population != null) {
            municipality.add(entry(population.at(), "population", numeric(population)));
        }
        top.add(entry(municipalityAt, "municipality", new Node.MapNode(municipalityAt, municipality)));
        Node period = required(WorkbookLayout.PERIOD, given.period(), "period");
        if (period != null) {
            top.add(entry(period.at(), "period", period));
        }
        List<Node.Entry> respondent = new ArrayList<>();
        Node role = value(WorkbookLayout.RESPONDENT_ROLE);
        role = role != null ? role : given.role() == null ? null : text(Location.of(file), given.role());
        if (role != null) {
            respondent.add(entry(role.at(), "role", role));
        }
        optional(respondent, "name", WorkbookLayout.RESPONDENT_NAME);
        if (!respondent.isEmpty()) {
            Location at = respondent.get(0).key().at();
            top.add(entry(at, "respondent", new Node.MapNode(at, respondent)));
        }
        Location answersAt = Location.cell(file, sheets.get(0).name(), 1, 1);
        top.add(entry(answersAt, "answers", new Node.MapNode(answersAt, answers(q))));
        LoadedAssessment loaded = AssessmentLoader.load(file, new Node.MapNode(markerAt, top), source, problems);
        problems.throwIfAny();
        return loaded;
    }

    /** Every keyed row of the visible sheets; a key found twice (a copied row) is a problem at the copy. */
    private void index(List<XlsxSheet> sheets) {
        for (XlsxSheet sheet : sheets) {
            if (sheet.name().equals(WorkbookLayout.MARKER_SHEET) || sheet.name().equals(WorkbookLayout.LISTS_SHEET)) {
                continue;
            }
            for (List<XlsxCell> row : sheet.rows()) {
                XlsxCell first = row.get(0);
                if (first.column() != WorkbookLayout.KEY || first.isBlank() || first.row() == 1) {
                    continue;
                }
                Map<Integer, Placed> cells = new HashMap<>();
                for (XlsxCell c : row) {
                    Location at = Location.cell(file, sheet.name(), c.row(), c.column());
                    YamlReader.refuseControlCharacter(at, c.text(), problems);
                    cells.put(c.column(), new Placed(c, at));
                }
                String key = first.text().strip();
                KeyedRow keyed = new KeyedRow(Location.cell(file, sheet.name(), first.row(), first.column()), cells);
                KeyedRow before = rows.putIfAbsent(key, keyed);
                if (before != null) {
                    problems.add(keyed.at(), "workbook.key-twice", key, before.at().toString());
                }
            }
        }
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

    /** The command line's value, else the sheet's; neither is a problem at the cell to fill in. */
    private Node required(String key, String given, String option) {
        if (given != null) {
            return text(Location.of(file), given);
        }
        Node value = value(key);
        if (value == null) {
            problems.add(valueAt(key), "workbook.required." + option);
            // reported; a stand-in lets the answers be checked too, so that all problems show at once
            return text(valueAt(key), "municipality".equals(option) ? "-" : "2000");
        }
        return value;
    }

    private void optional(List<Node.Entry> into, String name, String key) {
        Node value = value(key);
        if (value != null) {
            into.add(entry(value.at(), name, value));
        }
    }

    /** The answers of every question with something filled in, in questionnaire order. */
    private List<Node.Entry> answers(Questionnaire q) {
        questionnaire = q;
        List<Node.Entry> answers = new ArrayList<>();
        for (String key : rows.keySet()) {
            WorkbookLayout.Key k = WorkbookLayout.Key.parse(key);
            if (k != null && q.indexOf(k.question()) < 0) {
                problems.addUnknown(rows.get(key).at(), "workbook.key-unknown", k.question(),
                        q.questions().stream().map(Question::id).toList());
            }
        }
        for (Question question : q.questions()) {
            KeyedRow row = rows.get(question.id());
            if (row == null) {
                continue;
            }
            Node value = value(question, row, WorkbookLayout.ANSWER, true);
            Node target = value(question, row, WorkbookLayout.TARGET, false);
            Placed note = row.cell(WorkbookLayout.NOTE);
            Placed evidence = row.cell(WorkbookLayout.EVIDENCE);
            if (value == null && target == null && note == null && evidence == null) {
                continue;
            }
            Location at = row.at(WorkbookLayout.ANSWER);
            if (target == null && note == null && evidence == null) {
                answers.add(entry(row.at(), question.id(), value));
                continue;
            }
            if (value == null) {
                problems.add(at, "workbook.value-missing");
                continue;
            }
            List<Node.Entry> long_ = new ArrayList<>();
            long_.add(entry(at, "value", value));
            if (target != null) {
                long_.add(entry(target.at(), "target", target));
            }
            if (note != null) {
                long_.add(entry(note.at(), "note", text(note.at(), note.cell().text().strip())));
            }
            if (evidence != null) {
                long_.add(entry(evidence.at(), "evidence", text(evidence.at(), evidence.cell().text().strip())));
            }
            answers.add(entry(row.at(), question.id(), new Node.MapNode(at, long_)));
        }
        return answers;
    }

    /** The answer (or target) of a question as a node, from its row and the rows under it; null when empty. */
    private Node value(Question question, KeyedRow row, int column, boolean answer) {
        Placed own = row.cell(column);
        if (answer && own != null && isNotApplicable(own.text())) {
            return text(own.at(), AnswerReader.NOT_APPLICABLE);
        }
        Questionnaire q = questionnaire;
        return question.accept(new Question.Cases<Node>() {
            @Override
            public Node scale(Question.Scale s) {
                if (own == null) {
                    return null;
                }
                String level = own.cell().number() != null ? own.text() : Labels.level(s.levels(), own.text());
                if (level == null) {
                    List<String> levels = new ArrayList<>();
                    s.levels().forEach(l -> levels.add(de.smartregion.text.Numbers.plain(l.value()) + " – "
                            + label(q, l.label())));
                    problems.add(own.at(), "workbook.not-in-list", own.text(), String.join(" | ", levels));
                    return null;
                }
                return numeric(own.at(), level);
            }

            @Override
            public Node choice(Question.Choice c) {
                return own == null ? null : option(q, c.options(), own);
            }

            @Override
            public Node bool(Question.Bool b) {
                if (own == null) {
                    return null;
                }
                Boolean truth = own.cell().truth() != null ? own.cell().truth() : truth(own.text());
                return truth == null ? text(own.at(), own.text())
                        : new Node.ScalarNode(own.at(), truth ? "yes" : "no", Node.Kind.BOOLEAN);
            }

            @Override
            public Node multi(Question.Multi m) {
                if (own != null) {
                    // only "does not apply" belongs in the question's own cell; the options are ticked below
                    return text(own.at(), own.text());
                }
                return ticks(question.id(), m.options(), column, row.at(column));
            }

            @Override
            public Node number(Question.Number n) {
                if (own == null) {
                    return null;
                }
                Node typed = numeric(own);
                if (typed instanceof Node.ScalarNode sn && sn.kind() == Node.Kind.STRING) {
                    problems.add(own.at(), "workbook.number", own.text());
                    return null;
                }
                return typed;
            }

            @Override
            public Node matrix(Question.Matrix x) {
                if (own != null) {
                    return text(own.at(), own.text());
                }
                List<Node.Entry> entries = new ArrayList<>();
                for (Row r : x.rows()) {
                    String key = question.id() + "." + r.id();
                    Node cell;
                    if (x.many()) {
                        cell = ticks(key, x.options(), column, row.at(column));
                    } else {
                        KeyedRow matrixRow = rows.get(key);
                        Placed p = matrixRow == null ? null : matrixRow.cell(column);
                        cell = p == null ? null : option(q, x.options(), p);
                    }
                    if (cell != null) {
                        entries.add(entry(cell.at(), r.id(), cell));
                    }
                }
                return entries.isEmpty() ? null : new Node.MapNode(entries.get(0).key().at(), entries);
            }
        });
    }

    /** The options ticked in the rows {@code key=option} of one column, as a list; null when none is ticked. */
    private Node ticks(String key, List<Option> options, int column, Location questionAt) {
        List<Node> ticked = new ArrayList<>();
        for (Option o : options) {
            KeyedRow row = rows.get(key + "=" + o.id());
            Placed p = row == null ? null : row.cell(column);
            if (p == null) {
                continue;
            }
            Boolean truth = p.cell().truth() != null ? p.cell().truth() : Labels.tick(p.text());
            if (truth == null) {
                problems.add(p.at(), "workbook.tick", p.text(), WorkbookLayout.TICK);
            } else if (truth) {
                ticked.add(text(p.at(), o.id()));
            }
        }
        return ticked.isEmpty() ? null : new Node.ListNode(ticked.get(0).at(), ticked);
    }

    /** The option a cell names by label or id; a problem listing the labels when it names none. */
    private Node option(Questionnaire q, List<Option> options, Placed p) {
        String id = Labels.option(options, p.text());
        if (id == null) {
            List<String> labels = new ArrayList<>();
            options.forEach(o -> labels.add(label(q, o.label())));
            problems.add(p.at(), "workbook.not-in-list", p.text(), String.join(" | ", labels));
            return null;
        }
        return text(p.at(), id);
    }

    private String label(Questionnaire q, de.smartregion.model.Text text) {
        return text.in(language, q.defaultLanguage());
    }

    private static Boolean truth(String text) {
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "ja", "yes", "true", "wahr" -> Boolean.TRUE;
            case "nein", "no", "false", "falsch" -> Boolean.FALSE;
            default -> null;
        };
    }

    /** "does not apply" as the workbook offers it in either language, or n/a as an answer file writes it. */
    private static boolean isNotApplicable(String text) {
        String t = Questionnaire.normalName(text);
        return t.equals(AnswerReader.NOT_APPLICABLE) || t.equals("trifft nicht zu") || t.equals("does not apply");
    }

    private static Node numeric(Placed p) {
        return p.cell().number() != null ? numeric(p.at(), p.cell().number().stripTrailingZeros().toPlainString())
                : numeric(p.at(), p.text());
    }

    /** A number as typed: with a decimal point or comma; anything else stays text, for the loader to refuse. */
    private static Node numeric(Location at, String text) {
        String n = text.strip().replace(',', '.');
        if (n.matches("-?\\d+")) {
            return new Node.ScalarNode(at, n, Node.Kind.INTEGER);
        }
        if (n.matches("-?\\d*\\.\\d+")) {
            return new Node.ScalarNode(at, n, Node.Kind.DECIMAL);
        }
        return text(at, text);
    }

    private static Node.ScalarNode text(Location at, String text) {
        return new Node.ScalarNode(at, text, Node.Kind.STRING);
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
