package de.smartregion.load;

import de.smartregion.input.InvalidInputException;
import de.smartregion.input.Location;
import de.smartregion.input.Node;
import de.smartregion.input.NodeReader;
import de.smartregion.input.Problems;
import de.smartregion.input.SurveyCsv.Cell;
import de.smartregion.input.SurveyCsv;
import de.smartregion.input.Xlsx;
import de.smartregion.input.YamlReader;
import de.smartregion.model.Answer;
import de.smartregion.model.Question;
import de.smartregion.model.Questionnaire;
import de.smartregion.load.SurveyColumns.Column;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads a survey export (CSV, or a workbook's first visible sheet: one row per respondent) into answers, checking
 * every cell against its question exactly as an answer file is checked, and reporting problems at the cell.
 *
 * <p>What each column holds is told by {@link SurveyColumns} (question ids or texts, matrix rows, per-option
 * columns, the role, the respondent's language, the tools' metadata), what each cell holds by {@link SurveyCells}
 * (labels, numbers, joined options), a language cell by {@link SurveyLanguage}. The CSV is read by
 * {@link SurveyCsv}: its separator and encoding told from the file. Columns without a header at the end of the
 * header line are ignored while they stay empty.
 */
public final class SurveyImport {

    /** The "separator" of a workbook's sheet: none; its cells are cells. */
    static final char SHEET = '\0';

    /** The column that names a respondent's role. */
    public static final String ROLE = "role";

    /**
     * At most this many respondents per import: all their answer files are checked before the first is written, and
     * held until then. Without a bound, the two million one-cell rows that fit in an input file would not fit in the
     * launcher's heap; ten thousand respondents answering half the bundled questionnaire import in a 128 MB heap. A
     * larger survey is imported in parts.
     */
    public static final int MAX_RESPONDENTS = 10_000;

    /** Reading stops after this many problems: enough to see what is wrong, and bounded whatever the file. */
    static final int MAX_PROBLEMS = 100;

    /**
     * The respondents of a survey, and how many rows had no answer at all (the first of them on which line).
     *
     * @param incomplete how many responses left unfinished (LimeSurvey: no date submitted) were skipped
     */
    public record Survey(List<Reply> replies, int withoutAnswers, int firstWithoutAnswers, int incomplete) {
        public Survey {
            replies = List.copyOf(replies);
        }
    }

    /**
     * One respondent's reply: their role (may be null), the CSV line it stands on, its answers by question id.
     *
     * @param language the language tag the reply was given in (LimeSurvey's start language); null when not known
     */
    public record Reply(String role, int line, Map<String, Answer> answers, String language) {
    }

    /**
     * A mapping from survey headers to question ids, from answer texts to answer values, per question, and the
     * headers of columns to read past (a tool's metadata the import does not know).
     */
    public record Mapping(Map<String, String> columns, Map<String, Map<String, String>> values, Set<String> ignore,
                          Map<String, Location> locations) {
        public static final Mapping NONE = new Mapping(Map.of(), Map.of(), Set.of(), Map.of());

        public Mapping {
            ignore = Set.copyOf(ignore);
            locations = Map.copyOf(locations);
        }

        public Mapping(Map<String, String> columns, Map<String, Map<String, String>> values, Set<String> ignore) {
            this(columns, values, ignore, Map.of());
        }

        /** Where the map file says {@code key} in {@code section} (columns, values); the file when not known. */
        Location at(String section, String key) {
            Location at = locations.get(section + "\u0000" + key);
            return at != null ? at : locations.getOrDefault("", Location.of("--map"));
        }
    }

    private SurveyImport() {
    }

    /**
     * Reads a mapping file: {@code columns: {header: question-id}}, {@code values: {question-id: {text: id}}} and
     * {@code ignore: [header, ...]}.
     */
    public static Mapping mapping(String file, byte[] bytes) throws InvalidInputException {
        Problems problems = new Problems();
        Node root = YamlReader.read(file, bytes, problems);
        problems.throwIfAny();
        NodeReader r = new NodeReader(problems);
        Node.MapNode top = r.map(root, "mapping");
        Map<String, String> columns = new LinkedHashMap<>();
        Map<String, Map<String, String>> values = new LinkedHashMap<>();
        Set<String> ignore = new java.util.LinkedHashSet<>();
        Map<String, Location> locations = new java.util.HashMap<>();
        locations.put("", Location.of(file));
        if (top != null) {
            r.onlyKeys(top, List.of("kind", "columns", "values", "ignore"), "mapping");
            Node kind = top.get("kind");
            if (kind != null && !"mapping".equals(r.string(kind, "kind"))) {
                problems.add(kind.at(), "kind.wrong", NodeReader.display(kind), "mapping");
            }
            Node in = top.get("ignore");
            Node.ListNode il = in == null ? null : r.list(in, "ignore");
            if (il != null) {
                for (Node item : il.items()) {
                    String header = r.string(item, "ignore");
                    if (header != null) {
                        ignore.add(header.strip());
                    }
                }
            }
            Node cn = top.get("columns");
            Node.MapNode cm = cn == null ? null : r.map(cn, "columns");
            if (cm != null) {
                for (Node.Entry e : cm.entries()) {
                    String target = r.string(e.value(), "columns." + e.key().text());
                    if (target != null) {
                        columns.put(e.key().text(), target);
                        locations.put("columns\u0000" + e.key().text(), e.value().at());
                    }
                }
            }
            Node vn = top.get("values");
            Node.MapNode vm = vn == null ? null : r.map(vn, "values");
            if (vm != null) {
                for (Node.Entry e : vm.entries()) {
                    Node.MapNode texts = r.map(e.value(), "values." + e.key().text());
                    Map<String, String> byText = new LinkedHashMap<>();
                    if (texts != null) {
                        for (Node.Entry t : texts.entries()) {
                            String value = r.string(t.value(), "values." + e.key().text());
                            if (value != null) {
                                byText.put(t.key().text(), value);
                                locations.put("values\u0000" + e.key().text() + "\u0000" + t.key().text(),
                                        t.value().at());
                            }
                        }
                    }
                    values.put(e.key().text(), byText);
                    locations.put("values\u0000" + e.key().text(), e.key().at());
                }
            }
        }
        problems.throwIfAny();
        return new Mapping(columns, values, ignore, locations);
    }

    /**
     * The respondents of a survey export, each answer checked against the questionnaire. Rows without any answer
     * (blank, or only a role) are no respondents: they are counted, not returned.
     */
    public static Survey read(String file, byte[] bytes, Questionnaire q, Mapping mapping)
            throws InvalidInputException {
        return read(file, bytes, q, mapping, false);
    }

    /** As {@link #read(String, byte[], Questionnaire, Mapping)}, keeping unfinished responses when asked to. */
    public static Survey read(String file, byte[] bytes, Questionnaire q, Mapping mapping, boolean includeIncomplete)
            throws InvalidInputException {
        return read(file, bytes, null, q, mapping, includeIncomplete);
    }

    /** @param encoding the CSV's encoding as the user gives it; null to tell it from the bytes */
    public static Survey read(String file, byte[] bytes, java.nio.charset.Charset encoding, Questionnaire q,
                              Mapping mapping, boolean includeIncomplete) throws InvalidInputException {
        Problems problems = new Problems();
        SurveyCsv csv = SurveyCsv.open(file, bytes, encoding, problems);
        problems.throwIfAny();
        return read(file, csv::next, csv.separator(), q, mapping, includeIncomplete, problems);
    }

    /**
     * A survey exported as a workbook (Microsoft Forms, LimeSurvey, a spreadsheet): its first visible sheet, read
     * as a CSV file is. Several options in one cell are separated by {@code ;} or {@code |}.
     */
    public static Survey read(String file, List<Xlsx.XlsxSheet> sheets, Questionnaire q, Mapping mapping,
                              boolean includeIncomplete) throws InvalidInputException {
        Problems problems = new Problems();
        Xlsx.XlsxSheet sheet = sheets.stream().filter(Xlsx.XlsxSheet::visible).findFirst().orElse(null);
        if (sheet == null) {
            problems.add(Location.of(file), "yaml.empty");
            problems.throwIfAny();
        }
        java.util.Iterator<List<Xlsx.XlsxCell>> rows = sheet.rows().iterator();
        Rows next = p -> {
            if (!rows.hasNext()) {
                return null;
            }
            // a sheet's row holds its filled cells only; the import reads every column up to the last
            List<Xlsx.XlsxCell> filled = rows.next();
            List<Cell> cells = new ArrayList<>();
            for (Xlsx.XlsxCell c : filled) {
                while (cells.size() < c.column() - 1) {
                    cells.add(new Cell("", c.row(), cells.size() + 1, sheet.name()));
                }
                cells.add(new Cell(c.text(), c.row(), c.column(), sheet.name()));
            }
            return cells;
        };
        return read(file, next, SHEET, q, mapping, includeIncomplete, problems);
    }

    /** The rows of a survey, one at a time: null after the last. */
    private interface Rows {
        List<Cell> next(Problems problems);
    }

    private static Survey read(String file, Rows csv, char separator, Questionnaire q, Mapping mapping,
                               boolean includeIncomplete, Problems problems) throws InvalidInputException {
        checkValues(q, mapping, problems);
        problems.throwIfAny();
        List<Cell> header = csv.next(problems);
        problems.throwIfAny();
        if (header == null) {
            problems.add(new Location(file, 1, 1), "yaml.empty");
            problems.throwIfAny();
        }
        int width = header.size();
        while (width > 1 && header.get(width - 1).isBlank()) {
            width--; // Excel's empty columns after the last one: ignored, as long as they stay empty
        }
        Column[] columns = SurveyColumns.resolve(file, header.subList(0, width), q, mapping, problems);
        problems.throwIfAny();
        NodeReader reader = new NodeReader(problems);
        AnswerReader answers = new AnswerReader(reader);
        List<Reply> respondents = new ArrayList<>();
        int withoutAnswers = 0;
        int firstWithoutAnswers = 0;
        int incomplete = 0;
        for (List<Cell> row = csv.next(problems); row != null; row = csv.next(problems)) {
            Location rowAt = new Location(file, row.get(0).line(), 1, row.get(0).sheet());
            if (problems.size() >= MAX_PROBLEMS) {
                problems.add(rowAt, "survey.too-many-problems", problems.size());
                break;
            }
            if (row.stream().allMatch(Cell::isBlank)) {
                continue;
            }
            while (separator == SHEET && row.size() < width) {
                // a sheet leaves the empty cells at a row's end out
                row.add(new Cell("", row.get(0).line(), row.size() + 1, row.get(0).sheet()));
            }
            if (row.size() < width) {
                problems.add(rowAt, "survey.width", row.size(), width);
                continue;
            }
            Cell beyond = row.subList(width, row.size()).stream().filter(c -> !c.isBlank()).findFirst()
                    .orElse(null);
            if (beyond != null) {
                problems.add(beyond.at(file), "survey.no-header", width);
                continue;
            }
            String role = null;
            String language = null;
            boolean unfinished = false;
            Map<String, Node> nodes = new LinkedHashMap<>();
            Map<String, List<Node.Entry>> matrixRows = new LinkedHashMap<>();
            Map<String, List<Node>> ticked = new LinkedHashMap<>();
            for (int c = 0; c < width; c++) {
                Cell cell = row.get(c);
                Column column = columns[c];
                Location at = cell.at(file);
                String value = cell.text().strip();
                if (column.kind() == SurveyColumns.Kind.LANGUAGE) {
                    // before the check for control characters: whatever this column holds never fails an import
                    // (two such columns are no error either: the first that names a language counts)
                    language = language != null ? language : SurveyLanguage.tag(value);
                    continue;
                }
                int before = problems.size();
                YamlReader.refuseControlCharacter(at, value, problems);
                if (problems.size() > before) {
                    continue;
                }
                switch (column.kind()) {
                    case IGNORED -> {
                        continue;
                    }
                    case SUBMITTED -> {
                        unfinished |= value.isEmpty();
                        continue;
                    }
                    case ROLE -> {
                        // a survey gives the role as its label ("Bürgerschaft") as often as its id, or as a code the
                        // map names; files carry the id
                        String named = mapping.values().getOrDefault(ROLE, Map.of()).getOrDefault(value, value);
                        role = named.isEmpty() ? null
                                : q.roles().isEmpty() ? named : AssessmentLoader.roleId(reader, at, named, q);
                        continue;
                    }
                    case OPTION -> {
                        String mapped = mapping.values().getOrDefault(column.question().id(), Map.of())
                                .getOrDefault(value, value);
                        Boolean tick = mapped.isEmpty() ? Boolean.FALSE : CellValues.tick(mapped);
                        if (tick == null && column.option().equals(
                                Labels.option(((Question.Multi) column.question()).options(), value))) {
                            tick = Boolean.TRUE; // the option's own label or id, as some tools write a tick
                        }
                        if (tick == null) {
                            problems.add(at, "survey.tick", value);
                        } else if (tick) {
                            ticked.computeIfAbsent(column.question().id(), k -> new ArrayList<>())
                                    .add(new Node.ScalarNode(at, column.option(), Node.Kind.STRING));
                        }
                        continue;
                    }
                    case ANSWER -> {
                        // below
                    }
                    default -> throw new IllegalStateException("a column of an unknown kind: " + column.kind());
                }
                if (value.isEmpty()) {
                    continue;
                }
                Node node = SurveyCells.node(column, at, value, mapping, separator, problems);
                if (node == null) {
                    continue;
                }
                if (column.row() == null) {
                    nodes.put(column.question().id(), node);
                } else {
                    matrixRows.computeIfAbsent(column.question().id(), k -> new ArrayList<>())
                            .add(new Node.Entry(new Node.ScalarNode(at, column.row(), Node.Kind.STRING), node));
                }
            }
            for (Map.Entry<String, List<Node>> t : ticked.entrySet()) {
                // per-option columns and a column of the question's own (n/a, say) would be two answers
                if (nodes.containsKey(t.getKey())) {
                    problems.add(t.getValue().get(0).at(), "survey.column-twice", t.getKey());
                } else {
                    nodes.put(t.getKey(), new Node.ListNode(t.getValue().get(0).at(), t.getValue()));
                }
            }
            if (unfinished && !includeIncomplete) {
                // a response left unfinished in LimeSurvey: its answers are what someone gave up on
                incomplete++;
                continue;
            }
            if (nodes.isEmpty() && matrixRows.isEmpty()) {
                withoutAnswers++;
                firstWithoutAnswers = firstWithoutAnswers == 0 ? rowAt.line() : firstWithoutAnswers;
                continue;
            }
            if (respondents.size() == MAX_RESPONDENTS) {
                problems.add(rowAt, "survey.too-many-respondents", MAX_RESPONDENTS);
                break;
            }
            for (Map.Entry<String, List<Node.Entry>> m : matrixRows.entrySet()) {
                nodes.put(m.getKey(), new Node.MapNode(m.getValue().get(0).key().at(), m.getValue()));
            }
            Map<String, Answer> given = new LinkedHashMap<>();
            for (Question question : q.questions()) {
                Node node = nodes.get(question.id());
                if (node != null) {
                    Answer a = answers.answer(question, node);
                    if (a != null) {
                        given.put(question.id(), a);
                    }
                }
            }
            respondents.add(new Reply(role, rowAt.line(), given, language));
        }
        if (problems.isEmpty() && respondents.isEmpty()) {
            problems.add(new Location(file, header.get(0).line(), 1, header.get(0).sheet()),
                    "survey.no-respondents");
        }
        problems.throwIfAny();
        return new Survey(respondents, withoutAnswers, firstWithoutAnswers, incomplete);
    }

    /**
     * The map's values name questions and the options, levels or roles they map to; a wrong id there is located in
     * the map, where it is to be corrected, not at every cell it would meet.
     */
    private static void checkValues(Questionnaire q, Mapping mapping, Problems problems) {
        List<String> ids = new ArrayList<>();
        ids.add(ROLE);
        q.questions().forEach(x -> ids.add(x.id()));
        for (Map.Entry<String, Map<String, String>> e : mapping.values().entrySet()) {
            String id = e.getKey();
            if (ROLE.equals(id)) {
                for (Map.Entry<String, String> t : e.getValue().entrySet()) {
                    if (!q.roles().isEmpty() && !t.getValue().isEmpty() && q.roleNamed(t.getValue()) == null) {
                        problems.add(mapping.at("values", id + "\u0000" + t.getKey()), "survey.map-value",
                                t.getValue(), String.join(", ", q.roleIds()));
                    }
                }
                continue;
            }
            int index = q.indexOf(id);
            if (index < 0) {
                problems.addUnknown(mapping.at("values", id), "survey.map-question", id, ids);
                continue;
            }
            List<String> allowed = allowed(q.questions().get(index));
            for (Map.Entry<String, String> t : e.getValue().entrySet()) {
                // "" is no answer at all, as a tool's "not shown" or "not selected" is
                if (allowed != null && !allowed.contains(t.getValue()) && !t.getValue().isEmpty()
                        && !AnswerReader.NOT_APPLICABLE.equals(t.getValue())) {
                    Location at = mapping.at("values", id + "\u0000" + t.getKey());
                    String nearest = de.smartregion.input.Suggest.nearest(t.getValue(), allowed);
                    if (nearest == null) {
                        problems.add(at, "survey.map-value", t.getValue(), String.join(", ", allowed));
                    } else {
                        problems.add(at, "survey.map-value.suggest", t.getValue(), nearest);
                    }
                }
            }
        }
    }

    /** The ids or levels a map may map a question's texts to; null where any text may be (yes/no, numbers). */
    private static List<String> allowed(Question question) {
        return question.accept(new Question.Cases<List<String>>() {
            @Override
            public List<String> scale(Question.Scale s) {
                return s.levels().stream().map(l -> de.smartregion.text.Numbers.plain(l.value())).toList();
            }

            @Override
            public List<String> choice(Question.Choice c) {
                return c.options().stream().map(de.smartregion.model.Option::id).toList();
            }

            @Override
            public List<String> bool(Question.Bool b) {
                return null;
            }

            @Override
            public List<String> multi(Question.Multi m) {
                return m.options().stream().map(de.smartregion.model.Option::id).toList();
            }

            @Override
            public List<String> number(Question.Number n) {
                return null;
            }

            @Override
            public List<String> matrix(Question.Matrix x) {
                return x.options().stream().map(de.smartregion.model.Option::id).toList();
            }
        });
    }
}
