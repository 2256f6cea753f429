package de.smartregion.load;

import de.smartregion.input.Location;
import de.smartregion.input.Node;
import de.smartregion.model.Option;
import de.smartregion.model.Question;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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

    /** @param separator the CSV's separator ({@code \t} for a workbook's sheet) */
    static Node node(SurveyColumns.Column column, Location at, String value, SurveyImport.Mapping mapping,
                     char separator) {
        Question question = column.question();
        Map<String, String> byText = mapping.values().getOrDefault(question.id(), Map.of());
        String cell = byText.getOrDefault(value, value);
        if (AnswerReader.NOT_APPLICABLE.equalsIgnoreCase(cell)) {
            return text(at, AnswerReader.NOT_APPLICABLE);
        }
        return question.accept(new Question.Cases<Node>() {
            @Override
            public Node scale(Question.Scale s) {
                Node number = numeric(at, cell, separator);
                if (number != null) {
                    return number;
                }
                String level = Labels.level(s.levels(), cell);
                return level == null ? text(at, cell) : numeric(at, level, '\t');
            }

            @Override
            public Node choice(Question.Choice c) {
                return option(at, c.options(), cell);
            }

            @Override
            public Node bool(Question.Bool b) {
                return truth(at, cell);
            }

            @Override
            public Node multi(Question.Multi m) {
                return options(at, m.options(), cell, byText, separator);
            }

            @Override
            public Node number(Question.Number n) {
                Node number = numeric(at, cell, separator);
                // in a comma-separated file a quoted "6,5" is one cell, so its comma can only be a decimal comma
                Node decimal = number != null ? number : numeric(at, cell, '\t');
                return decimal != null ? decimal : text(at, cell);
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

    /** A number, with a decimal comma where the comma does not separate cells; null for no number. */
    private static Node numeric(Location at, String value, char separator) {
        String n = separator != ',' ? value.replace(',', '.') : value;
        if (n.matches("-?\\d+")) {
            return new Node.ScalarNode(at, n, Node.Kind.INTEGER);
        }
        if (n.matches("-?\\d*\\.\\d+")) {
            return new Node.ScalarNode(at, n, Node.Kind.DECIMAL);
        }
        return null;
    }

    private static Node truth(Location at, String value) {
        switch (value.toLowerCase(Locale.ROOT)) {
            case "yes": case "ja": case "true": case "wahr": case "y": case "j":
                return new Node.ScalarNode(at, "yes", Node.Kind.BOOLEAN);
            case "no": case "nein": case "false": case "falsch": case "n":
                return new Node.ScalarNode(at, "no", Node.Kind.BOOLEAN);
            default:
                return text(at, value);
        }
    }

    private static Node text(Location at, String value) {
        return new Node.ScalarNode(at, value, Node.Kind.STRING);
    }
}
