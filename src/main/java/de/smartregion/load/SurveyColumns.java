package de.smartregion.load;

import de.smartregion.input.Location;
import de.smartregion.input.Problems;
import de.smartregion.input.SurveyCsv.Cell;
import de.smartregion.model.Option;
import de.smartregion.model.Question;
import de.smartregion.model.Questionnaire;
import de.smartregion.model.Row;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What each column of a survey export holds, from its header: a question (by id, or by its text in any of the
 * questionnaire's languages, compared without case, spaces and punctuation), a matrix row ({@code id.row}, or
 * {@code question [row]} as Google Forms and LimeSurvey write grids), one option of a multiple choice
 * ({@code question [option]}, LimeSurvey's {@code CODE[SQ001]} with the map naming the code), the role, or a survey
 * tool's metadata, which is read past but for LimeSurvey's date of submission and start language. A header the map
 * renames is resolved as its new name.
 */
final class SurveyColumns {

    /** What a column is for. */
    enum Kind { ANSWER, OPTION, ROLE, IGNORED, SUBMITTED, LANGUAGE }

    /**
     * @param row the matrix row the column answers, or null
     * @param option the option a per-option column ticks, or null
     */
    record Column(Kind kind, Question question, String row, String option) {
        static final Column ROLE = new Column(Kind.ROLE, null, null, null);
        static final Column IGNORED = new Column(Kind.IGNORED, null, null, null);
        /** LimeSurvey's date of submission: empty for a response left unfinished. */
        static final Column SUBMITTED = new Column(Kind.SUBMITTED, null, null, null);
        /** LimeSurvey's language a response was given in: the language of its answer file's words. */
        static final Column LANGUAGE = new Column(Kind.LANGUAGE, null, null, null);

        /** Where it lands in the answers, to find two columns with the same target. */
        String target() {
            return question.id() + (row == null ? "" : "." + row) + (option == null ? "" : "[" + option + "]");
        }
    }

    /** {@code head [part]}, with or without a space before the bracket. */
    private static final Pattern BRACKET = Pattern.compile("^(.+?)\\s*\\[([^\\[\\]]+)]$");
    /** The role column's header in the languages of the bundled questionnaires. */
    private static final Set<String> ROLE_HEADERS = Set.of("role", "rolle");
    /** LimeSurvey's and the forms' column for the free text of "other", in German and English. */
    private static final Set<String> OTHER = Set.of("other", "sonstiges", "sonstige", "andere", "comment",
            "kommentar");

    private final Questionnaire q;
    private final SurveyImport.Mapping mapping;
    private final Map<String, Question> byText = new HashMap<>();

    private SurveyColumns(Questionnaire q, SurveyImport.Mapping mapping) {
        this.q = q;
        this.mapping = mapping;
        for (Question question : q.questions()) {
            for (String text : question.basics().text().byLanguage().values()) {
                byText.putIfAbsent(Labels.normalHeader(text), question);
            }
        }
    }

    /** The columns of {@code header}; problems at the header cells (or at the map's entry that renamed one). */
    static Column[] resolve(String file, List<Cell> header, Questionnaire q, SurveyImport.Mapping mapping,
                            Problems problems) {
        return new SurveyColumns(q, mapping).columns(file, header, problems);
    }

    private Column[] columns(String file, List<Cell> header, Problems problems) {
        Column[] columns = new Column[header.size()];
        Map<String, Integer> seen = new LinkedHashMap<>();
        for (int c = 0; c < header.size(); c++) {
            Cell cell = header.get(c);
            String heading = cell.text().strip();
            Location at = cell.at(file);
            if (problems.size() >= SurveyImport.MAX_PROBLEMS) {
                problems.add(at, "survey.too-many-problems", problems.size());
                break;
            }
            if (mapping.ignore().contains(heading)) {
                columns[c] = Column.IGNORED;
                continue;
            }
            String mapped = mapping.columns().get(heading);
            String name = mapped != null ? mapped : heading;
            Column column = column(name);
            if (column == null && mapped == null && SurveyMetadata.isMetadata(name)) {
                column = SurveyMetadata.isSubmitted(name) ? Column.SUBMITTED
                        : SurveyMetadata.isLanguage(name) ? Column.LANGUAGE : Column.IGNORED;
            }
            if (column == null) {
                // a wrong id in the map is the map's mistake: shown where the map says it
                Location where = mapped != null ? mapping.at("columns", heading) : at;
                problems.addUnknown(where, "survey.column", name, valid());
                continue;
            }
            if (column.kind() == Kind.ANSWER || column.kind() == Kind.OPTION) {
                if (seen.putIfAbsent(column.target(), c) != null) {
                    problems.add(at, "survey.column-twice", name);
                    continue;
                }
            } else if (column.kind() == Kind.ROLE && seen.putIfAbsent(SurveyImport.ROLE, c) != null) {
                problems.add(at, "survey.column-twice", name);
                continue;
            }
            columns[c] = column;
        }
        return columns;
    }

    /** The column a header names; null when it names nothing of the questionnaire's. */
    private Column column(String name) {
        if (ROLE_HEADERS.contains(Labels.normalHeader(name))) {
            return Column.ROLE;
        }
        Question own = question(name);
        if (own != null && !(own instanceof Question.Matrix)) {
            return new Column(Kind.ANSWER, own, null, null);
        }
        int dot = name.indexOf('.');
        if (dot > 0) {
            Question matrix = question(name.substring(0, dot));
            String row = matrix instanceof Question.Matrix x ? row(x, name.substring(dot + 1)) : null;
            if (row != null) {
                return new Column(Kind.ANSWER, matrix, row, null);
            }
        }
        Matcher b = BRACKET.matcher(name);
        if (b.matches()) {
            String headName = mapping.columns().getOrDefault(b.group(1).strip(), b.group(1).strip());
            Question head = question(headName);
            String part = b.group(2).strip();
            if (head instanceof Question.Matrix x) {
                String row = row(x, part);
                return row == null ? null : new Column(Kind.ANSWER, x, row, null);
            }
            if (head instanceof Question.Multi m) {
                String option = option(m, part);
                if (option != null) {
                    return new Column(Kind.OPTION, m, null, option);
                }
            }
            if (head != null && OTHER.contains(Labels.normalHeader(part))) {
                // the free text of an "other" choice: nothing the questionnaire asks for
                return Column.IGNORED;
            }
            // a grid of statements ("How much do you agree? [statement]"), each statement a question of its own
            Question statement = question(part);
            if (statement != null && !(statement instanceof Question.Matrix)) {
                return new Column(Kind.ANSWER, statement, null, null);
            }
        }
        return null;
    }

    /** A question named by its id or by its text in one of its languages. */
    private Question question(String name) {
        int index = q.indexOf(name.strip());
        return index >= 0 ? q.questions().get(index) : byText.get(Labels.normalHeader(name));
    }

    private static String row(Question.Matrix x, String name) {
        String wanted = de.smartregion.model.Questionnaire.normalName(name);
        for (Row r : x.rows()) {
            if (r.id().equals(name.strip()) || Labels.names(r.label(), wanted)) {
                return r.id();
            }
        }
        return null;
    }

    /** The option a per-option column is for: by the map's values for the question, by id or by label. */
    private String option(Question.Multi m, String part) {
        Map<String, String> values = mapping.values().get(m.id());
        String mapped = values == null ? null : values.get(part);
        List<Option> options = m.options();
        return Labels.option(options, mapped != null ? mapped : part);
    }

    /** Every header the questionnaire accepts as an id, for suggestions. */
    private List<String> valid() {
        List<String> valid = new ArrayList<>();
        valid.add(SurveyImport.ROLE);
        for (Question question : q.questions()) {
            if (question instanceof Question.Matrix x) {
                for (Row row : x.rows()) {
                    valid.add(question.id() + "." + row.id());
                }
            } else {
                valid.add(question.id());
            }
        }
        return valid;
    }
}
