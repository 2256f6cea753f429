package de.smartregion.load;

import de.smartregion.input.Node;
import de.smartregion.input.Problem;
import de.smartregion.input.Yaml12;
import de.smartregion.model.Question;
import de.smartregion.model.Questionnaire;
import java.util.ArrayList;
import java.util.List;

/**
 * The unquoted texts of an answer file that a YAML 1.2 reader takes for numbers written otherwise: smartregion keeps
 * {@code id: 09999001} as the text "09999001" (a Gemeindeschlüssel), an editor or a script reads the number 9999001
 * and loses the zero, and a schema check in the editor then flags a file that is fine. Numbers where the tool
 * expects numbers (scale levels, number answers, population) are left alone: there both read a number.
 */
final class NumberLookalikes {

    static final String KEY = "validate.yaml12-number";

    private final List<Problem> found = new ArrayList<>();

    private NumberLookalikes() {
    }

    /** Each such text of the loaded answer file {@code root}, located, with the quoted form to write. */
    static List<Problem> in(Node root, Questionnaire questionnaire) {
        NumberLookalikes l = new NumberLookalikes();
        if (root instanceof Node.MapNode top) {
            for (Node.Entry e : top.entries()) {
                switch (e.key().text()) {
                    case "municipality" -> l.texts(e, "population");
                    case "answers" -> l.answers(e.value(), questionnaire);
                    default -> l.texts(e, null);
                }
            }
        }
        return List.copyOf(l.found);
    }

    private void answers(Node answers, Questionnaire questionnaire) {
        if (!(answers instanceof Node.MapNode m)) {
            return;
        }
        for (Node.Entry e : m.entries()) {
            int index = questionnaire.indexOf(e.key().text());
            Question q = index < 0 ? null : questionnaire.questions().get(index);
            boolean numeric = q instanceof Question.Scale || q instanceof Question.Number;
            if (!numeric) {
                texts(e, null);
            } else if (e.value() instanceof Node.MapNode longForm) {
                // value and target are numbers there; note and evidence are texts
                for (Node.Entry part : longForm.entries()) {
                    if (!part.key().text().equals("value") && !part.key().text().equals("target")) {
                        texts(part, null);
                    }
                }
            }
        }
    }

    /** The entry's value and everything below it are texts, except the entries named {@code number}. */
    private void texts(Node.Entry entry, String number) {
        check(entry.key(), "\"" + entry.key().text() + "\":");
        Node value = entry.value();
        if (value instanceof Node.ScalarNode s) {
            check(s, entry.key().text() + ": \"" + s.text() + "\"");
        } else if (value instanceof Node.MapNode m) {
            for (Node.Entry e : m.entries()) {
                if (!e.key().text().equals(number)) {
                    texts(e, null);
                }
            }
        } else if (value instanceof Node.ListNode l) {
            items(l);
        }
    }

    private void items(Node.ListNode list) {
        for (Node item : list.items()) {
            if (item instanceof Node.ScalarNode s) {
                check(s, "\"" + s.text() + "\"");
            } else if (item instanceof Node.ListNode inner) {
                items(inner);
            } else if (item instanceof Node.MapNode m) {
                for (Node.Entry e : m.entries()) {
                    texts(e, null);
                }
            }
        }
    }

    private void check(Node.ScalarNode s, String fix) {
        if (s.plain() && Yaml12.readsAsOtherNumber(s.text())) {
            found.add(new Problem(s.at(), KEY, List.of(s.text(), Yaml12.number(s.text()), fix)));
        }
    }
}
