package de.smartregion.answerfile;

import de.smartregion.input.WorkbookLayout;
import de.smartregion.model.Field;
import de.smartregion.model.Level;
import de.smartregion.model.Municipality;
import de.smartregion.model.Option;
import de.smartregion.model.Question;
import de.smartregion.model.Questionnaire;
import de.smartregion.model.Role;
import de.smartregion.model.Row;
import de.smartregion.model.Text;
import de.smartregion.text.Language;
import de.smartregion.text.Messages;
import de.smartregion.text.NumberFormats;
import de.smartregion.text.Numbers;
import de.smartregion.xlsx.XlsxArchive;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dhatim.fastexcel.DataValidationErrorStyle;
import org.dhatim.fastexcel.PaperSize;
import org.dhatim.fastexcel.ProtectionOption;
import org.dhatim.fastexcel.SheetProtectionOption;
import org.dhatim.fastexcel.VisibilityState;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * The workbook a respondent fills in instead of YAML (Excel, LibreOffice): a sheet for the municipality and the
 * respondent, a sheet per field with one row per question (text, help, answer, target, note, evidence), drop-down
 * lists of the option labels in the workbook's language, one tick row per option of a multiple choice, one row per
 * matrix row. Ids stand in a hidden column of protected sheets (see {@link WorkbookLayout}); only the cells to fill
 * in are unlocked, so labels can be read and printed without a single id showing.
 */
public final class WorkbookWriter {

    /** Sheet names: at most 31 characters, none of these. */
    private static final String FORBIDDEN_IN_SHEET_NAMES = "[\\[\\]:*?/\\\\]";
    private static final String TO_FILL = "FFF2CC";
    private static final String HEADER = "DDE5F0";
    private static final String QUESTION = "F2F2F2";
    private static final String BORDER = "BFBFBF";

    private final Questionnaire q;
    private final Messages messages;
    private final String language;
    private final NumberFormats numbers;
    /** Column widths in characters, the hidden key column first. */
    private static final double[] FIELD_WIDTHS = {12, 50, 46, 30, 22, 30, 30};
    private static final double[] MUNICIPALITY_WIDTHS = {12, 34, 36, 60};
    /** Points per line of 11-point text; spreadsheets fit no row height to wrapped text they did not write. */
    private static final double LINE = 15;

    private final Map<List<String>, String> lists = new LinkedHashMap<>();
    /** The lines the rows of the sheet being written need, by row. */
    private final Map<Integer, Integer> lines = new java.util.HashMap<>();
    private Worksheet listSheet;

    private WorkbookWriter(Questionnaire q, Messages messages) {
        this.q = q;
        this.messages = messages;
        this.language = messages.language();
        this.numbers = new NumberFormats(Language.of(language));
    }

    /**
     * @param period the period filled in ahead, as the loader accepts it
     * @param role the respondent's role: the workbook holds the questions asked of it; null for every question
     */
    public static byte[] write(Questionnaire q, Messages messages, String period, Role role) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            new WorkbookWriter(q, messages).workbook(period, role, out);
        } catch (IOException e) {
            throw new UncheckedIOException("writing a workbook to memory", e);
        }
        return XlsxArchive.corrected(out.toByteArray());
    }

    private void workbook(String period, Role role, OutputStream out) throws IOException {
        Workbook wb = new Workbook(out, "smartregion", "1.0");
        wb.properties().setTitle(messages.get("workbook.title", text(q.title()), q.id() + "@" + q.version()));
        // the hidden sheets' names are taken: a field titled "lists" gets "lists (2)"
        Set<String> names = new HashSet<>(List.of(WorkbookLayout.LISTS_SHEET, WorkbookLayout.MARKER_SHEET));
        Worksheet municipality = wb.newWorksheet(sheetName(messages.get("workbook.sheet.municipality"), names));
        List<Field> fields = new ArrayList<>();
        for (Field field : q.fields()) {
            if (field.questions().stream().anyMatch(x -> role == null || x.basics().askedOf(role.id()))) {
                fields.add(field);
            }
        }
        List<Worksheet> fieldSheets = new ArrayList<>();
        for (Field field : fields) {
            fieldSheets.add(wb.newWorksheet(sheetName(text(field.title()), names)));
        }
        // sheets stand in the order they are created: the hidden ones last, created before the lists fill them
        listSheet = wb.newWorksheet(WorkbookLayout.LISTS_SHEET);
        Worksheet marker = wb.newWorksheet(WorkbookLayout.MARKER_SHEET);
        municipalitySheet(municipality, period, role);
        for (int i = 0; i < fields.size(); i++) {
            fieldSheet(fieldSheets.get(i), fields.get(i), role);
        }
        marker.value(0, 0, WorkbookLayout.FORMAT);
        marker.value(0, 1, q.id() + "@" + q.version());
        marker.value(1, 1, language);
        for (Worksheet hidden : List.of(listSheet, marker)) {
            hidden.setVisibilityState(VisibilityState.HIDDEN);
            hidden.protect("");
        }
        wb.finish();
    }

    private void municipalitySheet(Worksheet ws, String period, Role role) {
        header(ws, List.of("", messages.get("workbook.column.item"), messages.get("workbook.column.value"),
                messages.get("workbook.column.hint")), MUNICIPALITY_WIDTHS);
        int r = 1;
        r = entry(ws, r, WorkbookLayout.MUNICIPALITY_ID, "workbook.municipality.id", "init.municipality.id", null);
        asText(ws, r - 1, WorkbookLayout.VALUE - 1);
        r = entry(ws, r, WorkbookLayout.MUNICIPALITY_NAME, "workbook.municipality.name",
                "workbook.municipality.name.hint", null);
        r = entry(ws, r, WorkbookLayout.MUNICIPALITY_TYPE, "workbook.municipality.type", "init.municipality.type",
                null);
        list(ws, r - 1, WorkbookLayout.VALUE - 1, Municipality.TYPES);
        r = entry(ws, r, WorkbookLayout.MUNICIPALITY_STATE, "workbook.municipality.state", "init.municipality.state",
                null);
        r = entry(ws, r, WorkbookLayout.MUNICIPALITY_POPULATION, "workbook.municipality.population",
                "init.municipality.population", null);
        numberCheck(ws, r - 1, WorkbookLayout.VALUE - 1, 0, null, false);
        r = entry(ws, r, WorkbookLayout.PERIOD, "workbook.period", "init.period", period);
        asText(ws, r - 1, WorkbookLayout.VALUE - 1);
        r = entry(ws, r, WorkbookLayout.RESPONDENT_ROLE, "workbook.respondent.role", "workbook.respondent.role.hint",
                role == null ? null : text(role.label()));
        if (!q.roles().isEmpty()) {
            List<String> labels = new ArrayList<>();
            q.roles().forEach(x -> labels.add(text(x.label())));
            list(ws, r - 1, WorkbookLayout.VALUE - 1, labels);
        }
        r = entry(ws, r, WorkbookLayout.RESPONDENT_NAME, "workbook.respondent.name", "workbook.respondent.name.hint",
                null);
        r++;
        // beside a heading in the hint column, not merged across: fastexcel writes merged ranges in no fixed order
        put(ws, r, WorkbookLayout.LABEL - 1, messages.get("workbook.intro"), MUNICIPALITY_WIDTHS[1]);
        ws.style(r, WorkbookLayout.LABEL - 1).bold().verticalAlignment("top").set();
        for (String key : List.of("workbook.intro.1", "workbook.intro.2", "workbook.intro.3", "workbook.intro.4")) {
            put(ws, r, WorkbookLayout.HINT - 1, messages.get(key), MUNICIPALITY_WIDTHS[3]);
            ws.style(r, WorkbookLayout.HINT - 1).wrapText(true).verticalAlignment("top").set();
            r++;
        }
        finishSheet(ws, MUNICIPALITY_WIDTHS, false);
    }

    /** A row of the municipality sheet; returns the next row. */
    private int entry(Worksheet ws, int r, String key, String label, String hint, String value) {
        ws.value(r, WorkbookLayout.KEY - 1, key);
        put(ws, r, WorkbookLayout.LABEL - 1, messages.get(label), MUNICIPALITY_WIDTHS[1]);
        ws.style(r, WorkbookLayout.LABEL - 1).bold().wrapText(true).verticalAlignment("top").set();
        if (value != null) {
            ws.value(r, WorkbookLayout.VALUE - 1, value);
        }
        toFill(ws, r, WorkbookLayout.VALUE - 1);
        put(ws, r, WorkbookLayout.HINT - 1, messages.get(hint), MUNICIPALITY_WIDTHS[3]);
        ws.style(r, WorkbookLayout.HINT - 1).wrapText(true).verticalAlignment("top").set();
        return r + 1;
    }

    private void fieldSheet(Worksheet ws, Field field, Role role) {
        header(ws, List.of("", messages.get("workbook.column.text"), messages.get("workbook.column.help"),
                messages.get("workbook.column.answer"), messages.get("workbook.column.target"),
                messages.get("workbook.column.note"), messages.get("workbook.column.evidence")), FIELD_WIDTHS);
        int r = 1;
        for (Question question : field.questions()) {
            if (role == null || question.basics().askedOf(role.id())) {
                r = question(ws, r, question);
            }
        }
        finishSheet(ws, FIELD_WIDTHS, true);
    }

    /** A question's rows, from row {@code r}; returns the row after them. */
    private int question(Worksheet ws, int r, Question question) {
        ws.value(r, WorkbookLayout.KEY - 1, question.id());
        put(ws, r, WorkbookLayout.TEXT - 1, text(question.basics().text()), FIELD_WIDTHS[1]);
        put(ws, r, WorkbookLayout.HELP - 1, help(question), FIELD_WIDTHS[2]);
        for (int c = WorkbookLayout.TEXT - 1; c <= WorkbookLayout.EVIDENCE - 1; c++) {
            ws.style(r, c).fillColor(QUESTION).wrapText(true).verticalAlignment("top").set();
        }
        ws.style(r, WorkbookLayout.TEXT - 1).fillColor(QUESTION).bold().wrapText(true).verticalAlignment("top").set();
        toFill(ws, r, WorkbookLayout.NOTE - 1);
        toFill(ws, r, WorkbookLayout.EVIDENCE - 1);
        boolean na = question.basics().naAllowed();
        return question.accept(new Question.Cases<Integer>() {
            @Override
            public Integer scale(Question.Scale s) {
                List<String> levels = new ArrayList<>();
                for (Level level : s.levels()) {
                    levels.add(levelLabel(level));
                }
                answerAndTarget(ws, r, levels, na);
                return r + 1;
            }

            @Override
            public Integer choice(Question.Choice c) {
                answerAndTarget(ws, r, labels(c.options()), na);
                return r + 1;
            }

            @Override
            public Integer bool(Question.Bool b) {
                answerAndTarget(ws, r, List.of(messages.get("workbook.yes"), messages.get("workbook.no")), na);
                return r + 1;
            }

            @Override
            public Integer multi(Question.Multi m) {
                notApplicableCell(ws, r, na);
                int next = r + 1;
                for (Option option : m.options()) {
                    next = tickRow(ws, next, new WorkbookLayout.Key(question.id(), null, option.id()).text(),
                            text(option.label()), 2);
                }
                return next;
            }

            @Override
            public Integer number(Question.Number n) {
                toFill(ws, r, WorkbookLayout.ANSWER - 1);
                toFill(ws, r, WorkbookLayout.TARGET - 1);
                boolean percent = "%".equals(n.unit());
                numberCheck(ws, r, WorkbookLayout.ANSWER - 1, percent ? 0 : null, percent ? 100.0 : null, na);
                numberCheck(ws, r, WorkbookLayout.TARGET - 1, percent ? 0 : null, percent ? 100.0 : null, false);
                return r + 1;
            }

            @Override
            public Integer matrix(Question.Matrix x) {
                notApplicableCell(ws, r, na);
                int next = r + 1;
                for (Row row : x.rows()) {
                    String key = new WorkbookLayout.Key(question.id(), row.id(), null).text();
                    if (x.many()) {
                        put(ws, next, WorkbookLayout.TEXT - 1, text(row.label()), FIELD_WIDTHS[1] - 2);
                        ws.style(next, WorkbookLayout.TEXT - 1).indent(2).italic().wrapText(true).set();
                        next++;
                        for (Option option : x.options()) {
                            next = tickRow(ws, next, new WorkbookLayout.Key(question.id(), row.id(), option.id())
                                    .text(), text(option.label()), 4);
                        }
                    } else {
                        ws.value(next, WorkbookLayout.KEY - 1, key);
                        put(ws, next, WorkbookLayout.TEXT - 1, text(row.label()), FIELD_WIDTHS[1] - 2);
                        ws.style(next, WorkbookLayout.TEXT - 1).indent(2).wrapText(true).set();
                        answerAndTarget(ws, next, labels(x.options()), false);
                        next++;
                    }
                }
                return next;
            }
        });
    }

    /**
     * The own answer cell of a question answered in the rows under it (ticks, matrix rows): to fill in only where
     * the question may not apply, with that as its one choice.
     */
    private void notApplicableCell(Worksheet ws, int r, boolean na) {
        if (na) {
            toFill(ws, r, WorkbookLayout.ANSWER - 1);
            list(ws, r, WorkbookLayout.ANSWER - 1, List.of(messages.get("workbook.na")));
        }
    }

    /** A row to tick one option in, under its question (or matrix row): answer and target as ticks. */
    private int tickRow(Worksheet ws, int r, String key, String label, int indent) {
        ws.value(r, WorkbookLayout.KEY - 1, key);
        put(ws, r, WorkbookLayout.TEXT - 1, label, FIELD_WIDTHS[1] - indent);
        ws.style(r, WorkbookLayout.TEXT - 1).indent(indent).wrapText(true).set();
        for (int c : new int[] {WorkbookLayout.ANSWER - 1, WorkbookLayout.TARGET - 1}) {
            toFill(ws, r, c);
            list(ws, r, c, List.of(WorkbookLayout.TICK));
            ws.style(r, c).fillColor(TO_FILL).borderStyle("thin").borderColor(BORDER).horizontalAlignment("center")
                    .protectionOption(ProtectionOption.LOCKED, false).set();
        }
        return r + 1;
    }

    private void answerAndTarget(Worksheet ws, int r, List<String> items, boolean na) {
        toFill(ws, r, WorkbookLayout.ANSWER - 1);
        toFill(ws, r, WorkbookLayout.TARGET - 1);
        List<String> answers = new ArrayList<>(items);
        if (na) {
            answers.add(messages.get("workbook.na"));
        }
        list(ws, r, WorkbookLayout.ANSWER - 1, answers);
        // a target is an answer aimed for: never "does not apply"
        list(ws, r, WorkbookLayout.TARGET - 1, items);
    }

    /** "3 – label"; just the label where it names its number already ("Stufe 3 – online"). */
    private String levelLabel(Level level) {
        String number = numbers.plain(level.value());
        String label = text(level.label());
        return label.matches(".*(^|\\D)" + java.util.regex.Pattern.quote(number) + "(\\D|$).*") ? label
                : number + " – " + label;
    }

    private List<String> labels(List<Option> options) {
        List<String> labels = new ArrayList<>();
        options.forEach(o -> labels.add(text(o.label())));
        return labels;
    }

    /** What the help column says: the question's help, how to answer, whether n/a is allowed. */
    private String help(Question question) {
        List<String> parts = new ArrayList<>();
        if (question.basics().help() != null) {
            parts.add(text(question.basics().help()));
        }
        parts.add(question.accept(new Question.Cases<String>() {
            @Override
            public String scale(Question.Scale s) {
                StringBuilder levels = new StringBuilder(messages.get("workbook.help.scale"));
                for (Level level : s.levels()) {
                    levels.append('\n').append(levelLabel(level));
                    if (level.description() != null) {
                        levels.append(": ").append(text(level.description()));
                    }
                }
                return levels.toString();
            }

            @Override
            public String choice(Question.Choice c) {
                return messages.get("workbook.help.choice");
            }

            @Override
            public String bool(Question.Bool b) {
                return messages.get("workbook.help.bool");
            }

            @Override
            public String multi(Question.Multi m) {
                return messages.get("workbook.help.multi");
            }

            @Override
            public String number(Question.Number n) {
                return "%".equals(n.unit()) ? messages.get("workbook.help.percent")
                        : n.unit() == null ? messages.get("workbook.help.number")
                        : messages.get("workbook.help.number.unit", n.unit());
            }

            @Override
            public String matrix(Question.Matrix x) {
                return messages.get(x.many() ? "workbook.help.matrix.many" : "workbook.help.matrix.one");
            }
        }));
        if (question.basics().naAllowed()) {
            parts.add(messages.get("workbook.help.na"));
        }
        return String.join("\n", parts);
    }

    private void header(Worksheet ws, List<String> titles, double[] widths) {
        for (int c = 0; c < titles.size(); c++) {
            put(ws, 0, c, titles.get(c), widths[c]);
            ws.style(0, c).bold().fillColor(HEADER).wrapText(true).verticalAlignment("top").set();
        }
    }

    private static void toFill(Worksheet ws, int r, int c) {
        ws.style(r, c).fillColor(TO_FILL).borderStyle("thin").borderColor(BORDER).wrapText(true)
                .verticalAlignment("top").protectionOption(ProtectionOption.LOCKED, false).set();
    }

    /** A cell to fill in whose entry stays text as typed: a key such as 09162000 keeps its leading zero. */
    private static void asText(Worksheet ws, int r, int c) {
        ws.style(r, c).format("@").fillColor(TO_FILL).borderStyle("thin").borderColor(BORDER)
                .protectionOption(ProtectionOption.LOCKED, false).set();
    }

    /** A drop-down of {@code items} in one cell; the items stand in a column of the hidden list sheet. */
    private void list(Worksheet ws, int r, int c, List<String> items) {
        String range = lists.computeIfAbsent(List.copyOf(items), k -> {
            int column = lists.size();
            for (int i = 0; i < k.size(); i++) {
                listSheet.value(i, column, k.get(i));
            }
            return listSheet.range(0, column, k.size() - 1, column).toAbsoluteString();
        });
        ws.range(r, c, r, c).validateWithListByFormula("'" + WorkbookLayout.LISTS_SHEET + "'!" + range)
                .allowBlank(true).showDropdown(true).showErrorMessage(true).errorStyle(DataValidationErrorStyle.STOP)
                .errorTitle(messages.get("workbook.error.title")).error(messages.get("workbook.error.list"));
    }

    /**
     * A number check on one cell: any number, or one from {@code min} to {@code max}; and where the question may
     * be answered so, the workbook's "does not apply".
     */
    private void numberCheck(Worksheet ws, int r, int c, Integer min, Double max, boolean na) {
        String cell = de.smartregion.input.Location.columnName(c + 1) + (r + 1);
        // no "<": fastexcel writes the formula into the XML unescaped, and LibreOffice then drops the sheet's
        // settings; numbers in a formula are written with a point whatever the language
        String number = min == null ? "ISNUMBER(" + cell + ")"
                : max == null ? "AND(ISNUMBER(" + cell + ")," + cell + ">=" + min + ")"
                : "AND(ISNUMBER(" + cell + ")," + cell + ">=" + min + "," + Numbers.plain(max) + ">=" + cell + ")";
        String formula = na ? "OR(" + number + "," + cell + "=\"" + messages.get("workbook.na") + "\")" : number;
        ws.range(r, c, r, c).validateWithFormula(formula).allowBlank(true).showErrorMessage(true)
                .errorStyle(DataValidationErrorStyle.STOP).errorTitle(messages.get("workbook.error.title"))
                .error(messages.get(max != null ? "workbook.error.percent" : "workbook.error.number"));
    }

    private void finishSheet(Worksheet ws, double[] widths, boolean landscape) {
        for (int c = 1; c < widths.length; c++) {
            ws.width(c, widths[c]);
        }
        for (Map.Entry<Integer, Integer> e : lines.entrySet()) {
            ws.rowHeight(e.getKey(), Math.min(409, e.getValue() * LINE));
        }
        lines.clear();
        ws.hideColumn(WorkbookLayout.KEY - 1);
        ws.freezePane(0, 1);
        ws.paperSize(PaperSize.A4_PAPER);
        ws.pageOrientation(landscape ? "landscape" : "portrait");
        ws.fitToWidth((short) 1);
        ws.fitToHeight((short) 0);
        ws.repeatRows(0);
        // protected against slips that would edit ids and texts or shift rows, not against the user: the password is
        // empty; fastexcel protects what is listed, so cells can still be selected, formatted and resized
        ws.protect("", SheetProtectionOption.SHEET, SheetProtectionOption.OBJECTS, SheetProtectionOption.SCENARIOS,
                SheetProtectionOption.DELETE_COLUMNS, SheetProtectionOption.DELETE_ROWS,
                SheetProtectionOption.INSERT_COLUMNS, SheetProtectionOption.INSERT_ROWS, SheetProtectionOption.SORT,
                SheetProtectionOption.AUTO_FILTER, SheetProtectionOption.PIVOT_TABLES);
    }

    /** A sheet name Excel accepts: without []:*?/\\, at most 31 characters (a longer one cut with …), unique. */
    private static String sheetName(String title, Set<String> taken) {
        // an apostrophe would end the quoted name in the print titles fastexcel writes: the typographic one instead
        String base = title.replaceAll(FORBIDDEN_IN_SHEET_NAMES, " ").replace('\'', '’').replaceAll("\\s+", " ")
                .strip();
        if (base.isEmpty()) {
            base = "-";
        }
        String name = cut(base, 31);
        for (int i = 2; taken.contains(name.toLowerCase(java.util.Locale.ROOT)); i++) {
            String suffix = " (" + i + ")";
            name = cut(base, 31 - suffix.length()) + suffix;
        }
        taken.add(name.toLowerCase(java.util.Locale.ROOT));
        return name;
    }

    private static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1).strip() + "…";
    }

    /** Writes a text into a cell and notes the lines it needs when wrapped in a column {@code width} wide. */
    private void put(Worksheet ws, int r, int c, String text, double width) {
        ws.value(r, c, text);
        // about 1.1 characters of proportional text per unit of width (the width of a digit)
        int perLine = Math.max(1, (int) (width * 1.1) - 1);
        int needed = 0;
        for (String paragraph : text.split("\n", -1)) {
            needed += Math.max(1, (paragraph.length() + perLine - 1) / perLine);
        }
        lines.merge(r, needed, Math::max);
    }

    private String text(Text t) {
        return t.in(language, q.defaultLanguage()).strip();
    }
}
