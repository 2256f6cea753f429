package de.smartregion.load;

import de.smartregion.input.Location;
import de.smartregion.input.Node;
import de.smartregion.model.Option;
import de.smartregion.model.Question;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A survey cell as the node an answer file would hold, for the answer reader to check as it checks answer files:
 * the map's values first, then option labels (in any language, case and spaces aside) and level labels as ids and
 * numbers, numbers with a decimal comma, yes and no in German or English, and for a multiple choice the options
 * joined as the survey tools join them ({@code A;B;}, {@code A, B}, {@code a|b}).
 */
final class SurveyCells {

    private SurveyCells() {
    }

    /** @param separator the CSV's separator ({@link SurveyImport#SHEET} for a workbook's sheet) */
    static Node node(SurveyColumns.Column column, Location at, String value, SurveyImport.Mapping mapping,
                     char separator, de.smartregion.input.Problems problems) {
        Question question = column.question();
        Map<String, String> byText = mapping.values().getOrDefault(question.id(), Map.of());
        String cell = byText.getOrDefault(value, value);
        if (cell.isEmpty()) {
            return null; // the map says the tool's value means no answer (LimeSurvey's "N/A", say)
        }
        if (CellValues.notApplicable(cell)) {
            return text(at, AnswerReader.NOT_APPLICABLE);
        }
        return question.accept(new Question.Cases<Node>() {
            @Override
            public Node scale(Question.Scale s) {
                String level = CellValues.level(s.levels(), cell);
                return level == null ? text(at, cell) : CellValues.number(at, level, false);
            }

            @Override
            public Node choice(Question.Choice c) {
                return option(at, c.options(), cell);
            }

            @Override
            public Node bool(Question.Bool b) {
                Boolean truth = CellValues.truth(cell);
                return truth == null ? text(at, cell)
                        : new Node.ScalarNode(at, truth ? "yes" : "no", Node.Kind.BOOLEAN);
            }

            @Override
            public Node multi(Question.Multi m) {
                return options(at, m.options(), cell, byText, separator);
            }

            @Override
            public Node number(Question.Number n) {
                if (separator != ',' && CellValues.hasThousandsSeparators(cell)) {
                    // 1.234 in a file of decimal commas is a thousand and more, or a mistake: not 1.234
                    problems.add(at, "survey.number-ambiguous", cell);
                    return null;
                }
                // in a comma-separated file a quoted "6,5" is one cell, so its comma can only be a decimal comma
                Node number = CellValues.number(at, cell, true);
                return number != null ? number : text(at, cell);
            }

            @Override
            public Node matrix(Question.Matrix x) {
                return x.many() ? options(at, x.options(), cell, byText, separator) : option(at, x.options(), cell);
            }
        });
    }

    private static Node option(Location at, List<Option> options, String cell) {
        String id = Labels.option(options, cell);
        return text(at, id != null ? id : cell);
    }

    /** Several options in one cell; items the labels do not explain are left for the answer reader to name. */
    private static Node options(Location at, List<Option> options, String cell, Map<String, String> byText,
                                char separator) {
        List<Node> items = new ArrayList<>();
        List<String> ids = Labels.options(options, cell);
        if (ids != null) {
            ids.forEach(id -> items.add(text(at, id)));
            return new Node.ListNode(at, items);
        }
        String split = separator == ';' ? "\\|" : separator == '|' ? ";" : "[|;]";
        for (String item : cell.split(split)) {
            if (!item.isBlank()) {
                String mapped = byText.getOrDefault(item.strip(), item.strip());
                String id = Labels.option(options, mapped);
                items.add(text(at, id != null ? id : mapped));
            }
        }
        return new Node.ListNode(at, items);
    }

    private static Node text(Location at, String value) {
        return new Node.ScalarNode(at, value, Node.Kind.STRING);
    }
}
