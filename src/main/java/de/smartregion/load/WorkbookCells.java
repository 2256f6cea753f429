package de.smartregion.load;

import de.smartregion.input.Location;
import de.smartregion.input.Node;
import de.smartregion.input.Problems;
import de.smartregion.input.WorkbookLayout;
import de.smartregion.load.WorkbookRows.KeyedRow;
import de.smartregion.load.WorkbookRows.Placed;
import de.smartregion.model.Level;
import de.smartregion.model.Option;
import de.smartregion.model.Question;
import de.smartregion.model.Row;
import de.smartregion.model.Text;
import de.smartregion.text.Numbers;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The answer or target of one question in a filled-in workbook, as the node an answer file would hold: a level, an
 * option or yes/no from the label in its cell, a number, the ticks of the rows under it, the matrix rows. A cell that
 * cannot be read so is a problem at the cell, naming the labels of its list in the workbook's language.
 */
final class WorkbookCells {

    /** Digits a number typed into a cell may have, before and after the point together: more is no answer. */
    private static final int MAX_DIGITS = 30;

    private final WorkbookRows rows;
    private final Problems problems;
    private final String language;
    private final String fallback;

    WorkbookCells(WorkbookRows rows, Problems problems, String language, String fallback) {
        this.rows = rows;
        this.problems = problems;
        this.language = language;
        this.fallback = fallback;
    }

    /**
     * The answer ({@code answer}) or target of a question from {@code column} of its row (null when the row is
     * gone) and the rows under it; null when all are empty or a problem was found (reported).
     */
    Node value(Question question, KeyedRow row, int column, boolean answer) {
        Placed own = row == null ? null : row.cell(column);
        if (answer && own != null && CellValues.notApplicable(own.text())) {
            Placed other = firstBelow(question, column);
            if (other != null) {
                problems.add(other.at(), "workbook.na-and-answers");
                return null;
            }
            return text(own.at(), AnswerReader.NOT_APPLICABLE);
        }
        return question.accept(new Question.Cases<Node>() {
            @Override
            public Node scale(Question.Scale s) {
                if (own == null) {
                    return null;
                }
                String level = own.cell().number() != null ? typedNumber(own)
                        : CellValues.level(s.levels(), own.text());
                if (level == null) {
                    return notInList(own, levels(s.levels()));
                }
                return CellValues.number(own.at(), level, false);
            }

            @Override
            public Node choice(Question.Choice c) {
                return own == null ? null : option(c.options(), own);
            }

            @Override
            public Node bool(Question.Bool b) {
                if (own == null) {
                    return null;
                }
                Boolean truth = own.cell().truth() != null ? own.cell().truth() : CellValues.truth(own.text());
                if (truth == null) {
                    return notInList(own, List.of(label("workbook.yes"), label("workbook.no")));
                }
                return new Node.ScalarNode(own.at(), truth ? "yes" : "no", Node.Kind.BOOLEAN);
            }

            @Override
            public Node multi(Question.Multi m) {
                if (own != null) {
                    // only "does not apply" belongs in the question's own cell; the options are ticked below
                    return notInList(own, List.of(label("workbook.na")));
                }
                return ticks(question.id(), null, m.options(), column);
            }

            @Override
            public Node number(Question.Number n) {
                if (own == null) {
                    return null;
                }
                String typed = typedNumber(own);
                if (own.cell().percent() && "%".equals(n.unit()) && typed != null) {
                    // "30 %" typed into a cell is stored as 0.3 in a percent format: the answer is 30
                    typed = new BigDecimal(typed).movePointRight(2).stripTrailingZeros().toPlainString();
                }
                if (own.cell().number() == null && CellValues.hasDigitGroups(own.text())) {
                    // 1.000 or 1,000: a thousand in one language, one in the other; never guessed
                    problems.add(own.at(), "workbook.number-grouped", own.text());
                    return null;
                }
                Node node = typed == null ? null : CellValues.number(own.at(), typed, true);
                if (node == null) {
                    problems.add(own.at(), "workbook.number", own.text());
                }
                return node;
            }

            @Override
            public Node matrix(Question.Matrix x) {
                if (own != null) {
                    return notInList(own, List.of(label("workbook.na")));
                }
                List<Node.Entry> entries = new ArrayList<>();
                for (Row r : x.rows()) {
                    Node cell;
                    if (x.many()) {
                        cell = ticks(question.id(), r.id(), x.options(), column);
                    } else {
                        KeyedRow matrixRow = rows.get(new WorkbookLayout.Key(question.id(), r.id(), null));
                        Placed p = matrixRow == null ? null : matrixRow.cell(column);
                        cell = p == null ? null : option(x.options(), p);
                    }
                    if (cell != null) {
                        entries.add(new Node.Entry(new Node.ScalarNode(cell.at(), r.id(), Node.Kind.STRING), cell));
                    }
                }
                return entries.isEmpty() ? null : new Node.MapNode(entries.get(0).key().at(), entries);
            }
        });
    }

    /** The first filled cell of {@code column} in the rows under a question's own row, or null. */
    Placed firstBelow(Question question, int column) {
        for (WorkbookLayout.Key key : WorkbookLayout.keys(question)) {
            KeyedRow row = key.row() == null && key.option() == null ? null : rows.get(key);
            Placed p = row == null ? null : row.cell(column);
            if (p != null) {
                return p;
            }
        }
        return null;
    }

    /** The options ticked in the rows {@code question[.row]=option} of one column; null when none is. */
    private Node ticks(String question, String row, List<Option> options, int column) {
        List<Node> ticked = new ArrayList<>();
        for (Option o : options) {
            KeyedRow keyed = rows.get(new WorkbookLayout.Key(question, row, o.id()));
            Placed p = keyed == null ? null : keyed.cell(column);
            if (p == null) {
                continue;
            }
            Boolean truth = p.cell().truth() != null ? p.cell().truth() : CellValues.tick(p.text());
            if (truth == null) {
                problems.add(p.at(), "workbook.tick", p.text(), WorkbookLayout.TICK);
            } else if (truth) {
                ticked.add(text(p.at(), o.id()));
            }
        }
        return ticked.isEmpty() ? null : new Node.ListNode(ticked.get(0).at(), ticked);
    }

    /** The option a cell names by label or id; a problem listing the labels when it names none. */
    private Node option(List<Option> options, Placed p) {
        String id = Labels.option(options, p.text());
        if (id == null) {
            List<String> labels = new ArrayList<>();
            options.forEach(o -> labels.add(label(o.label())));
            return notInList(p, labels);
        }
        return text(p.at(), id);
    }

    private Node notInList(Placed p, List<String> labels) {
        problems.add(p.at(), "workbook.not-in-list", p.text(), String.join(" | ", labels));
        return null;
    }

    private List<String> levels(List<Level> levels) {
        List<String> labels = new ArrayList<>();
        levels.forEach(l -> labels.add(Numbers.plain(l.value()) + " – " + label(l.label())));
        return labels;
    }

    /** A number cell's value as plain digits, or the text typed; null for a number too long to be an answer. */
    private static String typedNumber(Placed p) {
        BigDecimal n = p.cell().number();
        if (n == null) {
            return p.text().length() > MAX_DIGITS + 2 ? null : p.text();
        }
        // a cell of 1E999999999 would become a billion digits
        if (n.precision() - n.scale() > MAX_DIGITS || n.scale() > MAX_DIGITS) {
            return null;
        }
        return n.stripTrailingZeros().toPlainString();
    }

    private String label(Text text) {
        return text.in(language, fallback);
    }

    private String label(String key) {
        return de.smartregion.text.Messages.of(de.smartregion.text.Language.of(language) != null ? language
                : fallback).get(key);
    }

    static Node.ScalarNode text(Location at, String text) {
        return new Node.ScalarNode(at, text, Node.Kind.STRING);
    }
}
